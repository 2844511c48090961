import ArgumentParser
import JixiaoClient
import JixiaoProtocol
import JixiaoReports

/// The formats `score`, `table` and `report` write.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json, html, md
}

/// `jixiao score`: every line of the forms scored, beside what the report printed.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score the self-evaluation forms (绩效自评): each indicator, subtotals, total and grade.",
        discussion: """
            Each line shows its weight (分值), the score the report printed, the score Jixiao \
            computes by the year's rule set (RULESET), the operator's override if any, the rule \
            and its arithmetic, e.g. `≤200个, actual 218个 → unmet → 5 × 200/218 = 4.59 of 5`. \
            Without --format: a readable layout on a terminal, tab-separated rows when piped.
            """
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "The unit's code.") var unit: String
    @Argument(help: "The fiscal year.") var year: String
    @Argument(help: "Only dept or this project.") var owner: String?
    @Option(help: "text, csv, json, html or md.") var format: DocumentFormat?

    func run() throws {
        let line = Line.make("SCORE", [unit, year, owner].compactMap { $0 })
        let format = self.format ?? (options.json ? .json : nil)
        if format == .json {
            var json = options
            json.json = true
            try json.run(line)
            return
        }
        let reply = try Output.request(line, options: options)
        let columns = reply.columns
        let rows = reply.cells
        switch format {
        case nil where !Output.isTerminal:
            try Output.print(reply)
        case nil, .text?:
            print(ScoreReport.render(rows, columns: columns), terminator: "")
        case .csv?: print(RowsExport.csv(header: columns, rows: rows), terminator: "")
        case .md?: print(RowsExport.markdown(header: columns, rows: rows), terminator: "")
        case .html?:
            print(RowsExport.html(title: "\(unit) \(year) 绩效自评计分", header: columns, rows: rows), terminator: "")
        case .json?: break
        }
    }
}

/// Score rows laid out for people: one block per form.
enum ScoreReport {
    static func render(_ rows: [[String]], columns: [String]) -> String {
        func value(_ row: [String], _ key: String) -> String {
            columns.firstIndex(of: key).map { $0 < row.count ? row[$0] : "" } ?? ""
        }
        var text = ""
        var blocks: [String] = []
        var byBlock: [String: [[String]]] = [:]
        for row in rows {
            let block = "\(value(row, "unit"))/\(value(row, "year"))/\(value(row, "owner"))"
            if byBlock[block] == nil { blocks.append(block) }
            byBlock[block, default: []].append(row)
        }
        for block in blocks {
            let rows = byBlock[block]!
            text += block + "\n"
            var table: [[String]] = []
            var warnings: [String] = []
            for row in rows {
                let line = value(row, "line")
                switch line {
                case "warning": warnings.append(value(row, "note"))
                case "measure":
                    table.append([
                        "  " + value(row, "name"), "", "", value(row, "actual"), "", value(row, "arithmetic"),
                    ])
                default:
                    let indent = line == "group2" ? "  · " : line == "group1" ? "  " : line == "indicator" ? "    " : ""
                    var arithmetic = value(row, "arithmetic")
                    if !value(row, "override_score").isEmpty {
                        arithmetic =
                            "override \(value(row, "override_score")) (\(value(row, "note"))); computed: \(arithmetic)"
                    }
                    if line.hasPrefix("group") { arithmetic = value(row, "note") }
                    table.append([
                        indent + value(row, "name"), value(row, "weight"), value(row, "printed_score"),
                        value(row, "computed_score"), value(row, "final_score"), arithmetic,
                    ])
                }
            }
            text += TableRenderer.render(header: ["项目", "分值", "报告得分", "计算得分", "得分", "计算过程"], rows: table)
            for warning in warnings { text += "! \(warning)\n" }
            text += "\n"
        }
        return text
    }
}

/// `jixiao table`: the official tables.
struct TableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Print the official tables: 基础数据表, 部门整体支出绩效自评表, 项目支出绩效自评表.",
        discussion: """
            As the templates lay them out, with the official headings and row order. --format \
            html writes a self-contained page that prints on A4. --compare shows what the report \
            printed beside what Jixiao computes (8→6.02) and lists the checker's findings (※1 …).
            """
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "The unit's code.") var unit: String
    @Argument(help: "The fiscal year.") var year: String
    @Argument(help: "Only dept (its 基础数据表 and 自评表) or this project.") var owner: String?
    @Option(help: "text (default), csv, json, html or md.") var format: DocumentFormat = .text
    @Option(help: "Only the evaluation form (自评表) or the base data table (base).") var form: String?
    @Flag(help: "Show printed figures beside computed ones, with the findings.") var compare = false
    @Option(help: ArgumentHelp("写成 Excel 工作簿（.xlsx，每张表一个工作表），不打印。", valueName: "文件")) var xlsx: String?

    func run() throws {
        if let xlsx {
            if compare { throw ValidationError("--xlsx writes the official view; --compare is for text, html and csv") }
            try WorkbookExport.write(
                unit: unit,
                year: year,
                owner: owner,
                form: form,
                date: nil,
                to: xlsx,
                options: options
            )
            return
        }
        var keyed = [WordQuoting.keyed("format", format.rawValue)]
        if compare { keyed.append("view=compare") }
        if let form { keyed.append(WordQuoting.keyed("form", form)) }
        let reply = try Output.request(
            Line.make("TABLE", [unit, year, owner].compactMap { $0 }, keyed),
            options: options
        )
        Output.printLines(reply)
    }
}

/// `jixiao report`: the 自评报告 draft.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a draft of the 自评报告 with the figures and computed sentences, to edit.",
        discussion: "Sections in the seed reports' order; 【待填写】 marks what only the bureau can write."
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "The unit's code.") var unit: String
    @Argument(help: "The fiscal year.") var year: String
    @Option(help: "md (default) or text.") var format: DocumentFormat = .md

    func validate() throws {
        guard format == .md || format == .text else { throw ValidationError("a report is written as md or text") }
    }

    func run() throws {
        let reply = try Output.request(
            Line.make("REPORT", [unit, year], [WordQuoting.keyed("format", format.rawValue)]),
            options: options
        )
        Output.printLines(reply)
    }
}

/// `jixiao ruleset`: scoring rule sets.
struct RuleSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ruleset",
        abstract: "Scoring rule sets: list, get, create, update, delete, and pick one for a year (use).",
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self, Use.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the rule sets and the years that use them."
        )
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run("RULESET LIST") }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Show a rule set's settings beside the defaults."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The rule set's name.") var name: String
        func run() throws { try options.run(Line.make("RULESET GET", [name])) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a rule set as a copy of another, with settings changed.",
            discussion: "Example: jixiao ruleset create hunan-s4 grades=优:80,良:70,中:60,差:0 reverse_formula=deviation"
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The new rule set's name.") var name: String
        @Option(help: "The rule set to copy (default: default).") var from: String?
        @Argument(help: "Settings as key=value.") var settings: [String] = []
        func run() throws {
            let keyed = (from.map { [WordQuoting.keyed("from", $0)] } ?? []) + settings.map(RuleSetCommand.keyed)
            try options.run(Line.make("RULESET CREATE", [name], keyed))
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Change settings of a rule set (key= restores the default's)."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The rule set's name.") var name: String
        @Argument(help: "Settings as key=value.") var settings: [String]
        func run() throws {
            try options.run(Line.make("RULESET UPDATE", [name], settings.map(RuleSetCommand.keyed)))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a rule set no year uses."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The rule set's name.") var name: String
        func run() throws { try options.run(Line.make("RULESET DELETE", [name])) }
    }

    struct Use: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "use",
            abstract: "Score a unit-year by a rule set."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code.") var unit: String
        @Argument(help: "The fiscal year.") var year: String
        @Argument(help: "The rule set's name (default for the built-in one).") var name: String
        func run() throws {
            try options.run(Line.make("YEAR UPDATE", [unit, year], [WordQuoting.keyed("ruleset", name)]))
        }
    }

    /// `key=value` from the command line as a protocol word.
    static func keyed(_ setting: String) -> String {
        guard let equals = setting.firstIndex(of: "=") else { return WordQuoting.keyed(setting, "") }
        return WordQuoting.keyed(String(setting[..<equals]), String(setting[setting.index(after: equals)...]))
    }
}
