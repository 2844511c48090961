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
        abstract: L(
            "绩效自评计分：每个指标、小计、总分和等级。",
            "Score the self-evaluation forms (绩效自评): each indicator, subtotals, total and grade."
        ),
        discussion: L(
            "每行列出分值、报告所印得分、按本年度评分规则（jixiao ruleset）计算的得分、人工评分（如有）、所用规则及计算过程。不给 --format 时：终端上为易读的版式，管道中为制表符分隔的行。",
            "Each line shows its weight (分值), the score the report printed, the score Jixiao computes by the year's rule set, the operator's override if any, the rule and its arithmetic. Without --format: a readable layout on a terminal, tab-separated rows when piped."
        )
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: help("单位代码。", "The unit's code.")) var unit: String
    @Argument(help: help("财政年度。", "The fiscal year.")) var year: String
    @Argument(help: help("只看 dept 或此项目。", "Only dept or this project.")) var owner: String?
    @Option(help: help("text、csv、json、html 或 md。", "text, csv, json, html or md.")) var format: DocumentFormat?

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
        case nil where !options.presentation.aligned:
            try Output.print(reply, as: options.presentation)
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
                        arithmetic = L(
                            "人工评分 \(value(row, "override_score"))（\(value(row, "note"))）；计算：\(arithmetic)",
                            "override \(value(row, "override_score")) (\(value(row, "note"))); computed: \(arithmetic)"
                        )
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
        abstract: L(
            "打印官方表格：基础数据表、部门整体支出绩效自评表、项目支出绩效自评表、部门绩效自评结果公开汇总表。",
            "Print the official tables: 基础数据表, 部门整体支出绩效自评表, 项目支出绩效自评表, 部门绩效自评结果公开汇总表."
        ),
        discussion: L(
            "按模板的版式、官方表头和行序。--format html 生成可在 A4 纸上打印的独立网页。--compare（即协议的 view=compare）把报告所印数字与系统计算的并列（8→6.02），并列出审核发现（※1 …）。基础数据表（--form base）只属于部门整体支出；部门绩效自评结果公开汇总表（--form summary）也属于部门，每个项目一行。",
            "As the templates lay them out, with the official headings and row order. --format html writes a self-contained page that prints on A4. --compare (the protocol's view=compare) shows what the report printed beside what Jixiao computes (8→6.02) and lists the checker's findings (※1 …). Only the department has a 基础数据表 (--form base) and a 部门绩效自评结果公开汇总表 (--form summary, a row per project)."
        )
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: help("单位代码。", "The unit's code.")) var unit: String
    @Argument(help: help("财政年度。", "The fiscal year.")) var year: String
    @Argument(help: help("只打印 dept（其基础数据表和自评表）或此项目的自评表。", "Only dept (its 基础数据表 and 自评表) or this project."))
    var owner: String?
    @Option(help: help("text（默认）、csv、json、html 或 md。", "text (default), csv, json, html or md."))
    var format: DocumentFormat = .text
    @Option(
        help: help(
            "只打印：evaluation（自评表）、base（基础数据表，仅部门整体）、monitor（绩效运行监控表）、indicators（绩效指标表）、payments（支付明细）、summary（部门绩效自评结果公开汇总表）或 all；默认自评表和基础数据表。",
            "Only: evaluation (自评表), base (基础数据表, the department's), monitor (绩效运行监控表), indicators (绩效指标表), payments (支付明细), summary (部门绩效自评结果公开汇总表) or all; default evaluation and base.",
            value: "form"
        )
    )
    var form: String?
    @Option(
        help: help(
            "绩效运行监控表的日期 YYYY-MM-DD（默认今天，限于该年度内）。",
            "The 绩效运行监控表's date, YYYY-MM-DD (default today, within the year).",
            value: "date"
        )
    )
    var date: String?
    @Flag(help: help("报告所印数字与计算值并列，并列出审核发现。", "Show printed figures beside computed ones, with the findings."))
    var compare = false
    @Option(
        help: help(
            "写成 Excel 工作簿（.xlsx，每张表一个工作表），不打印。",
            "Write an Excel workbook (.xlsx, a sheet per form) instead of printing.",
            value: "file"
        )
    )
    var xlsx: String?

    func validate() throws {
        let forms = ["evaluation", "base", "monitor", "indicators", "payments", "summary", "all"]
        if let form, !forms.contains(form) {
            throw ValidationError(
                L("--form 只能是 \(forms.joined(separator: "、"))", "--form is one of \(forms.joined(separator: ", "))")
            )
        }
        if form == "base", let owner, owner != "dept" {
            throw ValidationError(
                L(
                    "项目 \(owner) 没有基础数据表：基础数据表属于部门整体支出（用 dept，或不给项目）",
                    "project \(owner) has no 基础数据表: the base data table is the department's (use dept, or no owner)"
                )
            )
        }
        if form == "summary", let owner, owner != "dept" {
            throw ValidationError(
                L(
                    "项目 \(owner) 没有汇总表：部门绩效自评结果公开汇总表属于部门，每个项目一行（用 dept，或不给项目）",
                    "project \(owner) has no 汇总表: the 部门绩效自评结果公开汇总表 is the department's, a row per project (use dept, or no owner)"
                )
            )
        }
    }

    func run() throws {
        if let xlsx {
            if compare {
                throw ValidationError(
                    L(
                        "--xlsx 写的是正式表样；--compare 只用于 text、html 和 csv",
                        "--xlsx writes the official view; --compare is for text, html and csv"
                    )
                )
            }
            try WorkbookExport.write(
                unit: unit,
                year: year,
                owner: owner,
                form: form,
                date: date,
                to: xlsx,
                options: options
            )
            return
        }
        var keyed = [WordQuoting.keyed("format", format.rawValue)]
        if compare { keyed.append("view=compare") }
        if let form { keyed.append(WordQuoting.keyed("form", form)) }
        if let date { keyed.append(WordQuoting.keyed("date", date)) }
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
        abstract: L(
            "生成自评报告草稿（含数据与计算出的句子），供修改。",
            "Print a draft of the 自评报告 with the figures and computed sentences, to edit."
        ),
        discussion: L(
            "章节按各地自评报告的顺序；【待填写】标出只有单位自己能写的部分。格式只有 md 和 text（没有 html）。",
            "Sections in the seed reports' order; 【待填写】 marks what only the bureau can write. Formats: md and text (no html)."
        )
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: help("单位代码。", "The unit's code.")) var unit: String
    @Argument(help: help("财政年度。", "The fiscal year.")) var year: String
    @Option(help: help("md（默认）或 text（自评报告没有 html 格式）。", "md (default) or text (a report has no html).")) var format:
        ReportFormat = .md

    /// The formats a report draft is written in.
    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case md, text
    }

    func run() throws {
        let reply = try Output.request(
            Line.make("REPORT", [unit, year], [WordQuoting.keyed("format", format.rawValue)]),
            options: options
        )
        Output.printLines(reply)
    }
}
