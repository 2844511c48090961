import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// `jixiao monitor`: execution against time progress (双监控) for a daily cron job.
struct MonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "Execution rate against time progress (绩效运行监控), lagging rows first.",
        discussion: """
            Levels follow each unit-year's settings (YEAR UPDATE … monitor_yellow_gap=, \
            monitor_red_gap=, monitor_checkpoints=06-30:50, monitor_basis=days|months); the \
            shipped default is yellow beyond 10 and red beyond 20 percentage points behind time \
            progress. Exit code 4 when a red warning stands, so a cron job can mail it.
            """
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "Only this unit.") var unit: String?
    @Argument(help: "The fiscal year (default: the date's).") var year: String?
    @Option(help: "The date to monitor on, YYYY-MM-DD (default: today, China time).") var date: String?

    /// A red warning stands.
    static let redWarning = ExitCode(4)

    func run() throws {
        let connection = try options.connect()
        let line = Line.make("MONITOR", [unit, year].compactMap { $0 }, Line.keyed([("date", date)]))
        let reply: ReceivedReply
        do {
            reply = try connection.request(line)
        } catch {
            throw Output.fail(error)
        }
        try Output.print(reply)
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
        abstract: "Cumulative payments per month against the even-pace line."
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: ExpenditureAddress
    @Flag(help: "Draw a bar chart in the terminal.") var chart = false
    @Flag(help: "Print CSV (for spreadsheets).") var csv = false
    @Option(help: ArgumentHelp("Write an SVG chart to this file.", valueName: "file")) var svg: String?
    @Option(help: ArgumentHelp("Write the chart as a PNG picture (needs Chromium).", valueName: "file")) var png:
        String?

    func run() throws {
        let connection = try options.connect()
        let reply: ReceivedReply
        do {
            reply = try connection.request(Line.make("MONTHLY", address.words))
        } catch {
            throw Output.fail(error)
        }
        if let error = reply.error {
            Output.printError("ERR \(error.code) \(error.message)")
            throw Output.serverError
        }
        let rows = reply.cells
        if csv {
            print(reply.columns.joined(separator: ","))
            for row in rows { print(row.joined(separator: ",")) }
        } else if chart {
            print(MonthlyChart.text(rows: rows, columns: reply.columns), terminator: "")
        } else {
            try Output.print(reply)
        }
        if let svg {
            let text = MonthlyChart.svg(rows: rows, columns: reply.columns, title: address.words.joined(separator: " "))
            try TextFile.write(text, to: svg)
        }
        if let png {
            let text = MonthlyChart.svg(rows: rows, columns: reply.columns, title: address.words.joined(separator: " "))
            try PNGRenderer.render(svg: text, width: 640, height: 360, to: png)
        }
    }
}
