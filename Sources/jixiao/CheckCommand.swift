import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// `jixiao check`: the consistency checker's findings, grouped by object.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: L(
            "审核：合计、占比、比率、分值、得分、单位、付款，逐项核算。",
            "Check the figures (审核): totals, shares, rates, weights, scores, units, payments."
        ),
        subcommands: [Run.self, Rules.self, Disable.self, Enable.self],
        defaultSubcommand: Run.self
    )

    /// Findings of severity error were reported.
    static let errorsFound = ExitCode(3)

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: L("列出审核发现的问题，按对象分组，严重的在前。", "Print the findings grouped by object, most serious first."),
            discussion: L(
                "发现“错误”级问题时退出码为 3（仅有警告和提示时为 0），便于脚本据此拦截报送。--json 每行一条。",
                "Exit code 3 when an error is found (warnings and notes alone exit 0), so a cron job or script can gate on it. --json prints one finding per line."
            )
        )
        @OptionGroup var options: ClientOptions
        @Flag(help: help("改为列出审核规则（同 jixiao check rules）。", "List the rules instead (as jixiao check rules)."))
        var rules = false
        @Argument(help: help("只审核此单位。", "Only this unit.")) var unit: String?
        @Argument(help: help("只审核此年度。", "Only this fiscal year.")) var year: String?
        @Argument(help: help("只审核 dept 或此项目。", "Only dept or this project.")) var owner: String?

        func run() throws {
            if rules { return try options.run("CHECK RULES") }
            let connection = try options.connect()
            let reply = try Output.request(
                Line.make("CHECK RUN", [unit, year, owner].compactMap { $0 }),
                on: connection
            )
            let errors: Int
            if options.json {
                for line in reply.rowLines { print(line) }
                errors = reply.rowLines.filter { $0.hasPrefix("{\"severity\":\"error\"") }.count
            } else {
                let findings = reply.cells
                print(FindingReport.render(findings, columns: reply.columns), terminator: "")
                errors = findings.filter { $0.first == "error" }.count
            }
            if errors > 0 { throw CheckCommand.errorsFound }
        }
    }

    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: L("列出审核规则及其代码、级别。", "List the rules with their ids and severities.")
        )
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run("CHECK RULES") }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable",
            abstract: L("对某年度关闭一条审核规则，并记录理由（管理员）。", "Switch a rule off for a unit-year, with the reason (admin).")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: YearAddress
        @Argument(help: help("规则代码（jixiao check rules 列出）。", "The rule's id (jixiao check rules).")) var rule: String
        @Option(help: help("为何不适用。", "Why it does not apply.")) var reason: String
        func run() throws {
            try options.run(Line.make("CHECK DISABLE", address.words + [rule], Line.keyed([("reason", reason)])))
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enable",
            abstract: L("重新打开一条审核规则（管理员）。", "Switch a rule back on (admin).")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: YearAddress
        @Argument(help: help("规则代码。", "The rule's id.")) var rule: String
        func run() throws { try options.run(Line.make("CHECK ENABLE", address.words + [rule])) }
    }
}

/// Findings grouped by object, for people.
enum FindingReport {
    static func render(_ rows: [[String]], columns: [String]) -> String {
        func value(_ row: [String], _ key: String) -> String {
            columns.firstIndex(of: key).map { $0 < row.count ? row[$0] : "" } ?? ""
        }
        guard !rows.isEmpty else { return L("未发现问题\n", "no findings\n") }
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
                let severity = StatusWords.word(value(row, "severity"), column: "severity")
                let message = Language.current == .zh ? value(row, "message") : value(row, "message_en")
                text += "  \(severity) \(value(row, "rule")): \(message)\n"
            }
        }
        let counts = ["error", "warning", "note"].map { severity in
            let count = rows.filter { value($0, "severity") == severity }.count
            return Language.current == .zh
                ? "\(StatusWords.word(severity, column: "severity")) \(count) 项" : "\(count) \(severity)(s)"
        }
        return text + counts.joined(separator: L("，", ", ")) + "\n"
    }
}
