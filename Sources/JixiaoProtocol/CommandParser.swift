import JixiaoCore

/// Turns a request line into a typed ``Command``, checking arity and keys; values are
/// checked by the model when the change is applied.
public enum CommandParser {
    /// Parses one line. A blank line or a comment gives `nil`.
    /// - Throws: ``ProtocolError`` naming what is wrong.
    public static func parse(_ line: String) throws(ProtocolError) -> Command? {
        guard let request = try Request(line: line) else { return nil }
        return try parse(request)
    }

    /// Types a request's arguments.
    /// - Throws: ``ProtocolError`` naming what is wrong.
    public static func parse(_ request: Request) throws(ProtocolError) -> Command {
        if request.name == ModelSnapshot.restoreWord {
            throw ProtocolError(
                .unknownCommand,
                "RESTORE lines are read only from snapshot files at start-up, never from a connection"
            )
        }
        if let asOf = request.asOf {
            var present = request
            present.asOf = nil
            let query = try parse(present)
            guard query.isModelQuery else {
                throw ProtocolError(
                    .badArgument,
                    "AT asks a query of the past (GET, LIST, EXPORT, FUNDS, MONITOR, SCORE, TABLE, CHECK RUN …); "
                        + "'\(excerpt(request.name))' cannot be asked there"
                )
            }
            return .at(asOf, query)
        }
        guard let spec = CommandTable.spec(named: request.name) else {
            throw ProtocolError(.unknownCommand, "unknown command '\(excerpt(request.name))'; HELP lists them")
        }
        if spec.name == "HELP" {
            // HELP takes the name of a command, which may itself be two words.
            guard request.options.isEmpty, request.arguments.count <= 2 else {
                throw ProtocolError(.arity, "usage: HELP [command]")
            }
            return .help(request.arguments.isEmpty ? nil : request.arguments.joined(separator: " ").uppercased())
        }
        let arguments = Arguments(request: request, spec: spec)
        try arguments.checkShape()
        if let revision = request.expectedRevision {
            guard spec.mutates else {
                throw ProtocolError(.badArgument, "IF REV=n applies only to commands that change data")
            }
            return .conditional(revision: revision, try parse(unconditional: spec.name, arguments))
        }
        return try parse(unconditional: spec.name, arguments)
    }

    private static func parse(unconditional name: String, _ arguments: Arguments) throws(ProtocolError) -> Command {
        do {
            return try command(name, arguments)
        } catch let error as DomainError {
            throw ProtocolError(error)
        } catch let error as ProtocolError {
            throw error
        } catch {
            throw ProtocolError(.internal, "\(error)")
        }
    }

    private static func command(_ name: String, _ a: Arguments) throws -> Command {
        let words = name.split(separator: " ").map(String.init)
        switch name {
        case "HELLO": return .hello
        case "PING": return .ping
        case "QUIT": return .quit
        case "BEGIN": return .begin
        case "COMMIT": return .commit
        case "ROLLBACK": return .rollback
        case "FORMAT":
            guard let format = RowFormat(rawValue: a.positional(0).lowercased()) else {
                throw ProtocolError(.badValue, "FORMAT takes tsv or json")
            }
            return .format(format)
        case "MONEY":
            guard let format = MoneyFormat(rawValue: a.positional(0).lowercased()) else {
                throw ProtocolError(.badValue, "MONEY takes wan, yuan or exact")
            }
            return .money(format)
        case "VOCAB ADD":
            guard let level = Int(a.positional(0)), level == 1 || level == 2 else {
                throw ProtocolError(.badValue, "VOCAB ADD takes level 1 or 2")
            }
            return .change(.addVocabulary(level: level, name: try a.required("name")))
        case "VOCAB LIST": return .list(.vocabulary)
        case "CHECK RUN":
            return .check(
                a.count > 0 ? try a.unit(0) : nil,
                a.count > 1 ? try a.year(1) : nil,
                a.count > 2 ? try Owner(parsing: a.positional(2)) : nil
            )
        case "CHECK RULES": return .checkRules
        case "FUNDS": return .funds(try a.expenditure())
        case "MONITOR":
            return .monitor(
                a.count > 0 ? try a.unit(0) : nil,
                a.count > 1 ? try a.year(1) : nil,
                try a.optional("date").map { value throws(DomainError) in try CivilDate(parsing: value) }
            )
        case "MONTHLY": return .monthly(try a.expenditure())
        case "ROLLUP": return .rollup(try a.unit(0), try a.year(1))
        case "CARRYOVER": return .carryOver(try a.expenditure())
        case "CHECK DISABLE":
            return .change(
                .disableCheck(try a.unit(0), try a.year(1), rule: a.positional(2), reason: try a.required("reason"))
            )
        case "CHECK ENABLE":
            return .change(.enableCheck(try a.unit(0), try a.year(1), rule: a.positional(2)))
        case "YEAR SUBMIT":
            let force = a.optional("force")
            guard force == nil || force == "yes" else {
                throw ProtocolError(.badValue, "bad force '\(force ?? "")': force=yes, with reason=… saying why")
            }
            let reason = a.optional("reason")
            guard (force == nil) == (reason == nil) else {
                throw ProtocolError(.badValue, "force=yes and reason=… go together: submit anyway, saying why")
            }
            return .change(.submitYear(try a.unit(0), try a.year(1), forceReason: reason))
        case "YEAR REOPEN":
            return .change(.reopenYear(try a.unit(0), try a.year(1), reason: try a.required("reason")))
        case "EXPORT":
            return .export(a.count > 0 ? try a.unit(0) : nil, a.count > 1 ? try a.year(1) : nil)
        case "STATUS": return .status
        case "HISTORY": return .history(try history(a))
        case "WATCH": return .watch(try watch(a))
        case "UNWATCH": return .unwatch
        case "RESUME": return .resume
        case "BACKUP": return .backup
        case "SNAPSHOT": return .snapshot
        case "DEBUG STALL":
            guard let seconds = Int(a.positional(0)), (1...CommandTable.longestStall).contains(seconds) else {
                throw ProtocolError(.badValue, "DEBUG STALL takes 1 to \(CommandTable.longestStall) seconds")
            }
            return .debugStall(seconds: seconds)
        case _ where CommandTable.scoring.contains { $0.name == name }:
            return try scoringCommand(name, a)
        default:
            return try objectCommand(family: words[0], verb: words[1], a)
        }
    }

    private static func objectCommand(family: String, verb: String, _ a: Arguments) throws -> Command {
        if verb == "LIST" { return .list(try listScope(family, a)) }
        if verb == "ADD" {
            guard let kind = NumberedKind(rawValue: family.lowercased()) else {
                throw ProtocolError(.internal, "\(family) ADD has no parser")
            }
            return .change(.add(try a.expenditure(), kind, a.assignments()))
        }
        let key = try objectKey(family, a)
        switch verb {
        case "GET": return .get(key)
        case "DELETE": return .change(.delete(key))
        case "CREATE": return .change(.create(key, a.assignments()))
        case "SET":
            return .change(.set(key, family == "GROUP" ? a.assignments(only: ["weight", "score"]) : a.assignments()))
        case "UPDATE":
            let assignments = a.assignments()
            guard !assignments.isEmpty else { throw ProtocolError(.badArgument, "nothing to update") }
            return .change(.update(key, assignments))
        default: throw ProtocolError(.internal, "\(family) \(verb) has no parser")
        }
    }

    static func objectKey(_ family: String, _ a: Arguments) throws -> ObjectKey {
        switch family {
        case "UNIT": return .unit(try a.unit(0))
        case "YEAR": return .year(try a.unit(0), try a.year(1))
        case "DEPT": return .expenditure(ExpenditureKey(try a.unit(0), try a.year(1), .department))
        case "PROJECT":
            let project = try Code(a.positional(2), field: "project")
            guard project.text != Owner.departmentWord else {
                throw ProtocolError(.badValue, "'dept' names the department and cannot be a project code")
            }
            return .project(try a.unit(0), try a.year(1), project)
        case "LINE": return .part(try a.expenditure(), .line(try LineItem(a.positional(3))))
        case "INDICATOR": return .part(try a.expenditure(), .indicator(try Code(a.positional(3), field: "indicator")))
        case "FACT": return .part(try a.expenditure(), .fact(try Code(a.positional(3), field: "fact")))
        case "ADJUSTMENT": return .part(try a.expenditure(), .adjustment(try a.id(3)))
        case "PAYMENT": return .part(try a.expenditure(), .payment(try a.id(3)))
        case "GOAL": return .part(try a.expenditure(), .goal(try a.id(3)))
        case "ALLOCATION": return .part(try a.expenditure(), .allocation)
        case "GROUP":
            let group = IndicatorGroup(level1: try a.required("level1"), level2: a.optional("level2") ?? "")
            return .part(try a.expenditure(), .group(group))
        default: throw ProtocolError(.internal, "\(family) has no key parser")
        }
    }

    private static func listScope(_ family: String, _ a: Arguments) throws -> ListScope {
        switch family {
        case "UNIT": return .units
        case "YEAR": return .years(a.count > 0 ? try a.unit(0) : nil)
        case "PROJECT": return .projects(try a.unit(0), try a.year(1))
        default:
            guard let kind = PartKind(rawValue: family.lowercased()) else {
                throw ProtocolError(.internal, "\(family) LIST has no parser")
            }
            return .parts(try a.expenditure(), kind)
        }
    }
}
