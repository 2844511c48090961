import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// `jixiao check`: the consistency checker's findings, grouped by object.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the figures (审核): totals, shares, rates, weights, scores, units.",
        discussion: """
            Prints the findings grouped by object, most serious first. Exit code 3 when an \
            error is found (warnings and notes alone exit 0), so a cron job or script can gate \
            on it. --json prints one finding per line. `jixiao check --rules` lists the rules.
            """
    )
    @OptionGroup var options: ClientOptions
    @Flag(help: "List the rules with their ids and severities instead.") var rules = false
    @Argument(help: "Only this unit.") var unit: String?
    @Argument(help: "Only this fiscal year.") var year: String?
    @Argument(help: "Only dept or this project.") var owner: String?

    /// Findings of severity error were reported.
    static let errorsFound = ExitCode(3)

    func run() throws {
        if rules {
            try options.run("CHECK RULES")
            return
        }
        let connection = try options.connect()
        let reply: ReceivedReply
        do {
            reply = try connection.request(Line.make("CHECK RUN", [unit, year, owner].compactMap { $0 }))
        } catch {
            throw Output.fail(error)
        }
        if let error = reply.error {
            Output.printError("ERR \(error.code) \(error.message)")
            throw Output.serverError
        }
        let errors: Int
        if options.json {
            for line in reply.rowLines { print(line) }
            errors = reply.rowLines.filter { $0.hasPrefix("{\"severity\":\"error\"") }.count
        } else {
            let findings = reply.cells
            print(FindingReport.render(findings, columns: reply.columns), terminator: "")
            errors = findings.filter { $0.first == "error" }.count
        }
        if errors > 0 { throw Self.errorsFound }
    }
}

/// Findings grouped by object, for people.
enum FindingReport {
    static func render(_ rows: [[String]], columns: [String]) -> String {
        func value(_ row: [String], _ key: String) -> String {
            columns.firstIndex(of: key).map { $0 < row.count ? row[$0] : "" } ?? ""
        }
        guard !rows.isEmpty else { return "no findings\n" }
        var objects: [String] = []
        var byObject: [String: [[String]]] = [:]
        for row in rows {
            let object = value(row, "object")
            if byObject[object] == nil { objects.append(object) }
            byObject[object, default: []].append(row)
        }
        var text = ""
        for object in objects.sorted() {
            text += object + "\n"
            for row in byObject[object]! {
                text += "  \(value(row, "severity")) \(value(row, "rule")): \(value(row, "message"))\n"
            }
        }
        let counts = ["error", "warning", "note"].map { severity in
            "\(rows.filter { value($0, "severity") == severity }.count) \(severity)(s)"
        }
        return text + counts.joined(separator: ", ") + "\n"
    }
}
