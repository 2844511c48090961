public import JixiaoCore

/// A snapshot's lines: the model at one sequence as protocol lines that rebuild it exactly.
///
/// The lines are `EXPORT`'s, framed by `RESTORE` lines for what a change cannot say (see
/// `Protocol/PROTOCOL.md`, "Snapshots"):
///
///     RESTORE SEQ <s>                          first: the sequence the snapshot is at
///     …EXPORT lines, with RESTORE NEXTID <id> <unit> <year> <owner> before a numbered
///      item whose id follows a gap, and after the last one when the counter is ahead
///     RESTORE REV <n> <FAMILY> <address words>  each object's revision (`RULESET name` too)
///     RESTORE END                              last: the snapshot is whole
///
/// `RESTORE` lines are read only here; a client that sends one is refused.
public enum ModelSnapshot {
    /// The first word of every snapshot-only line.
    public static let restoreWord = "RESTORE"

    /// The lines of a snapshot of `state`.
    public static func lines(_ state: ModelState) -> [String] {
        var lines = ["RESTORE SEQ \(state.sequence)"]
        for step in ModelExport.steps(state) {
            switch step {
            case .change(let change): lines.append(change.commandLine)
            case .nextID(let key, let id): lines.append("RESTORE NEXTID \(id) \(key.unit) \(key.year) \(key.owner)")
            }
        }
        for ruleSet in state.bureauRuleSets {
            lines.append("RESTORE REV \(ruleSet.revision) RULESET \(WordQuoting.quote(ruleSet.name.text))")
        }
        for key in objectKeys(state) {
            let (family, words, _) = Change.address(key)
            let address = ([family] + words).map(WordQuoting.quote).joined(separator: " ")
            lines.append("RESTORE REV \(state.revision(of: key)) \(address)")
        }
        lines.append("RESTORE END")
        return lines
    }

    /// Why a snapshot's lines did not rebuild a model.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        /// The line's number, from 1.
        public var line: Int
        /// What is wrong.
        public var reason: String

        public var description: String { "snapshot line \(line): \(reason)" }
    }

    /// Rebuilds the model from a snapshot's lines.
    /// - Returns: the model, with `sequence`, every revision and every item counter as they were.
    /// - Throws: ``LoadError`` for a line that does not parse or apply, or a snapshot that
    ///   does not start with `RESTORE SEQ` or end with `RESTORE END`.
    public static func restore(_ lines: [String]) throws(LoadError) -> ModelState {
        guard let first = lines.first, first.hasPrefix("RESTORE SEQ "), let sequence = Int64(first.dropFirst(12)) else {
            throw LoadError(line: 1, reason: "a snapshot starts with RESTORE SEQ <n>")
        }
        guard lines.count >= 2, lines.last == "RESTORE END" else {
            throw LoadError(line: lines.count, reason: "the snapshot is cut short: it does not end with RESTORE END")
        }
        var state = ModelState()
        for (index, line) in lines.enumerated().dropFirst().dropLast() {
            do {
                if line.hasPrefix("RESTORE ") {
                    try restoreLine(line, into: &state)
                } else {
                    guard case .change(let change)? = try CommandParser.parse(line) else {
                        throw ProtocolError(.badArgument, "not a change")
                    }
                    try state.apply(change, sequence: sequence)
                }
            } catch let error as LoadError {
                throw LoadError(line: index + 1, reason: error.reason)
            } catch {
                throw LoadError(line: index + 1, reason: "\(error): \(line.prefix(200))")
            }
        }
        state.restoreSequence(sequence)
        return state
    }

    private static func restoreLine(_ line: String, into state: inout ModelState) throws {
        let words = line.split(separator: " ", maxSplits: 3).map(String.init)
        guard words.count == 4, let number = Int64(words[2]) else {
            throw LoadError(line: 0, reason: "unreadable RESTORE line: \(line.prefix(200))")
        }
        switch words[1] {
        case "NEXTID":
            let address = try LineLexer.words(words[3]).map(\.text)
            guard address.count == 3 else {
                throw LoadError(line: 0, reason: "RESTORE NEXTID <id> <unit> <year> <owner>")
            }
            let key = ExpenditureKey(
                try Code(address[0], field: "unit"),
                try FiscalYear(parsing: address[1]),
                try Owner(parsing: address[2])
            )
            try state.restoreNextID(Int(number), of: key)
        case "REV":
            // The address is a GET request's (a DELETE's for numbered items, which have no
            // GET): parse it as one.
            let address = words[3].split(separator: " ", maxSplits: 1).map(String.init)
            let rest = address.count > 1 ? " " + address[1] : ""
            let verb = CommandTable.spec(named: address[0] + " GET") == nil ? " DELETE" : " GET"
            switch try CommandParser.parse(address[0] + verb + rest) {
            case .get(let key)?, .change(.delete(let key))?: try state.restoreRevision(number, of: key)
            case .ruleSet(let name)?, .change(.deleteRuleSet(let name))?:
                try state.restoreRevision(number, ofRuleSet: name)
            default: throw LoadError(line: 0, reason: "RESTORE REV names no object: \(line.prefix(200))")
            }
        default:
            throw LoadError(line: 0, reason: "unknown RESTORE line: \(line.prefix(200))")
        }
    }

    /// Every object that has a revision of its own, in model order.
    private static func objectKeys(_ state: ModelState) -> [ObjectKey] {
        var keys: [ObjectKey] = []
        for unit in state.unitList {
            keys.append(.unit(unit.code))
            for year in unit.yearList {
                keys.append(.year(unit.code, year.year))
                let department = ExpenditureKey(unit.code, year.year, .department)
                keys.append(.expenditure(department))
                keys += partKeys(year.department, department)
                for project in year.projectList {
                    let key = ExpenditureKey(unit.code, year.year, .project(project.code))
                    keys.append(.expenditure(key))
                    keys += partKeys(project.expenditure, key)
                }
            }
        }
        return keys
    }

    private static func partKeys(_ expenditure: Expenditure, _ key: ExpenditureKey) -> [ObjectKey] {
        var parts: [PartKey] = expenditure.lineList.map { .line($0.item) }
        parts += expenditure.indicatorList.map { .indicator($0.code) }
        parts += expenditure.factList.map { .fact($0.code) }
        parts += expenditure.adjustmentList.map { .adjustment($0.id) }
        parts += expenditure.paymentList.map { .payment($0.id) }
        parts += expenditure.goalList.map { .goal($0.id) }
        if expenditure.allocation != nil { parts.append(.allocation) }
        return parts.map { .part(key, $0) }
    }
}
