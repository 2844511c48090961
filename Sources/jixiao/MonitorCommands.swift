import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// `jixiao monitor`: execution against time progress (双监控) for a daily cron job.
struct MonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: L("绩效运行监控：执行率对照序时进度，落后的排在前面。", "Execution rate against time progress (绩效运行监控), lagging rows first."),
        discussion: L(
            "预警按各年度的设置（jixiao year update --monitor-yellow-gap、--monitor-red-gap、--monitor-checkpoints、--monitor-basis）；默认落后序时进度 10 个百分点以上为黄色、20 个以上为红色。有红色预警时退出码为 4，便于定时任务发邮件。--date 须在所给财政年度之内。",
            "Levels follow each unit-year's settings (jixiao year update --monitor-yellow-gap, --monitor-red-gap, --monitor-checkpoints, --monitor-basis); the shipped default is yellow beyond 10 and red beyond 20 points behind time progress. Exit code 4 when a red warning stands, so a cron job can mail it. --date must lie in the fiscal year given."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var amounts: AmountOptions
    @Argument(help: help("只看此单位。", "Only this unit.")) var unit: String?
    @Argument(help: help("财政年度（默认为日期所在年度）。", "The fiscal year (default: the date's).")) var year: String?
    @Option(
        help: help(
            "监控日期 YYYY-MM-DD（默认今天，北京时间）。",
            "The date to monitor on, YYYY-MM-DD (default: today, China time).",
            value: "date"
        )
    )
    var date: String?

    /// A red warning stands.
    static let redWarning = ExitCode(4)

    func run() throws {
        let format = amounts.format()
        let connection = try options.connect(money: format.money)
        let line = Line.make("MONITOR", [unit, year].compactMap { $0 }, Line.keyed([("date", date)]))
        let reply: ReceivedReply
        do {
            reply = try connection.request(line)
        } catch {
            throw Output.fail(error)
        }
        try Output.print(reply, as: options.presentation.with(format))
        let red =
            options.json
            ? reply.rowLines.contains { $0.hasPrefix("{\"level\":\"red\"") }
            : reply.cells.contains { $0.first == "red" }
        if red { throw Self.redWarning }
    }
}

/// `jixiao monthly`: cumulative payments per month against the even pace, as a table, a
/// terminal chart, CSV, or an SVG file.
struct MonthlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monthly",
        abstract: L("每月累计支付对照序时均衡线：表格、终端图、CSV、SVG 或 PNG。", "Cumulative payments per month against the even-pace line.")
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var amounts: AmountOptions
    @OptionGroup var address: ExpenditureAddress
    @Flag(help: help("在终端画条形图。", "Draw a bar chart in the terminal.")) var chart = false
    @Flag(help: help("输出 CSV（供表格软件）。", "Print CSV (for spreadsheets).")) var csv = false
    @Option(help: help("把图写成 SVG 文件。", "Write an SVG chart to this file.", value: "file")) var svg: String?
    @Option(
        help: help("把图写成 PNG 图片（需要 Chromium）。", "Write the chart as a PNG picture (needs Chromium).", value: "file")
    )
    var png: String?

    func run() throws {
        let format = amounts.format()
        let connection = try options.connect(money: format.money)
        let reply = try Output.request(Line.make("MONTHLY", address.words), on: connection)
        let rows = reply.cells
        if csv {
            print(reply.columns.joined(separator: ","))
            for row in rows { print(row.joined(separator: ",")) }
        } else if chart {
            print(MonthlyChart.text(rows: rows, columns: reply.columns, unit: format.unit), terminator: "")
        } else {
            try Output.print(reply, as: options.presentation.with(format))
        }
        guard svg != nil || png != nil else { return }
        let title = try ExpenditureName.of(address, on: connection)
        let picture = MonthlyChart.svg(rows: rows, columns: reply.columns, title: title, unit: format.unit)
        if let svg { try TextFile.write(picture, to: svg) }
        if let png { try PNGRenderer.render(svg: picture, width: 640, height: 360, to: png) }
    }
}

/// The name people know an expenditure by: the project's name, or the unit's name with
/// 部门整体支出.
enum ExpenditureName {
    static func of(_ address: ExpenditureAddress, on connection: ClientConnection) throws -> String {
        if address.owner == "dept" {
            let unit = try Output.request(Line.make("UNIT GET", [address.unit]), on: connection)
            return "\(value(unit, "name") ?? address.unit) \(address.year)年 部门整体支出"
        }
        let project = try Output.request(Line.make("PROJECT GET", address.words), on: connection)
        return "\(address.year)年 \(value(project, "name") ?? address.owner)"
    }

    private static func value(_ reply: ReceivedReply, _ key: String) -> String? {
        guard let column = reply.columns.firstIndex(of: key), let row = reply.cells.first, column < row.count else {
            return nil
        }
        return row[column]
    }
}

/// `jixiao rollup`: a unit's department figures summed with its subordinate units'.
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: L("汇总：本单位与下级单位（--parent）的部门整体支出逐行相加。", "The department's figures summed with its subordinate units'.")
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var amounts: AmountOptions
    @OptionGroup var address: YearAddress
    func run() throws { try options.run(Line.make("ROLLUP", address.words), amounts: amounts.format()) }
}

/// `jixiao carryover`: what is left goes to next year's 上年结转.
struct CarryoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carryover",
        abstract: L(
            "结转：把结余（全年预算数 − 全年执行数）记为下一年度的“上年结转资金”。",
            "Carry what is left (全年预算数 − 全年执行数) into next year's 上年结转资金."
        ),
        discussion: L(
            "填入下一年度同一支出的 source.carryover（上年结转资金）年初预算数；下一年度须已开设。",
            "Sets next year's source.carryover 年初预算数 for the same expenditure; next year must exist."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: ExpenditureAddress
    func run() throws { try options.run(Line.make("CARRYOVER", address.words)) }
}
