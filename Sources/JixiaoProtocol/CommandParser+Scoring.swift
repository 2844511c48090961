import JixiaoCore

extension CommandParser {
    /// The commands of ``CommandTable/scoring``.
    static func scoringCommand(_ name: String, _ a: Arguments) throws -> Command {
        switch name {
        case "RULESET CREATE":
            let from = try a.optional("from").map { value throws(DomainError) in try Code(value, field: "from") }
            return .change(.createRuleSet(try ruleSetName(a), from: from, a.assignments().filter { $0.key != "from" }))
        case "RULESET UPDATE":
            let assignments = a.assignments()
            guard !assignments.isEmpty else { throw ProtocolError(.badArgument, "nothing to update") }
            return .change(.updateRuleSet(try ruleSetName(a), assignments))
        case "RULESET DELETE": return .change(.deleteRuleSet(try ruleSetName(a)))
        case "RULESET GET": return .ruleSet(try ruleSetName(a))
        case "RULESET LIST": return .ruleSets
        case "SCORE":
            return .score(try a.unit(0), try a.year(1), a.count > 2 ? try Owner(parsing: a.positional(2)) : nil)
        case "TABLE":
            return .table(
                TableRequest(
                    unit: try a.unit(0),
                    year: try a.year(1),
                    owner: a.count > 2 ? try Owner(parsing: a.positional(2)) : nil,
                    format: try choice(a, "format", default: .text),
                    view: try choice(a, "view", default: .official),
                    form: try a.optional("form").map { value throws(ProtocolError) in try choice(value, "form") },
                    date: try a.optional("date").map { value throws(DomainError) in try CivilDate(parsing: value) }
                )
            )
        case "REPORT":
            let format: OutputFormat = try choice(a, "format", default: .md)
            guard format == .md || format == .text else {
                throw ProtocolError(.badValue, "REPORT is written as md or text")
            }
            return .report(ReportRequest(unit: try a.unit(0), year: try a.year(1), format: format))
        default:
            throw ProtocolError(.internal, "\(name) has no parser")
        }
    }

    private static func ruleSetName(_ a: Arguments) throws(DomainError) -> Code {
        try Code(a.positional(0), field: "ruleset")
    }

    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ a: Arguments,
        _ key: String,
        default value: Choice
    ) throws(ProtocolError) -> Choice where Choice.RawValue == String {
        guard let text = a.optional(key), !text.isEmpty else { return value }
        return try choice(text, key)
    }

    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ text: String,
        _ key: String
    ) throws(ProtocolError) -> Choice where Choice.RawValue == String {
        guard let choice = Choice(rawValue: text.lowercased()) else {
            let options = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw ProtocolError(.badValue, "\(key) is one of: \(options); got '\(excerpt(text))'")
        }
        return choice
    }
}
