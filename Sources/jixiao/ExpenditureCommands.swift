import ArgumentParser
import JixiaoClient

/// The address of one expenditure: a unit-year's department (`dept`) or one of its projects.
struct ExpenditureAddress: ParsableArguments {
    @Argument(help: "The unit's code, e.g. hongjiang.") var unit: String
    @Argument(help: "The fiscal year, e.g. 2024.") var year: String
    @Argument(help: "dept for the department's overall expenditure, or a project code.") var owner: String
    var words: [String] { [unit, year, owner] }
}

struct DeptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dept",
        abstract: "The department's overall expenditure (部门整体支出).",
        subcommands: [Get.self]
    )

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Show the 年度资金总额 row, the printed results and the computed rate."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code.") var unit: String
        @Argument(help: "The fiscal year.") var year: String
        func run() throws { try options.run(Line.make("DEPT GET", [unit, year])) }
    }
}

struct LineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: "Figure lines: funds by source and level, income, expenditure, 三公, 公用经费.",
        subcommands: [List.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List an expenditure's lines with computed shares."
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("LINE LIST", address.words)) }
    }
}

struct FundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funds",
        abstract: "Funds by source and by government level, with shares, rates and what is still to be received."
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: ExpenditureAddress
    func run() throws { try options.run(Line.make("FUNDS", address.words)) }
}

struct IndicatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator",
        abstract: "Performance indicators (绩效指标).",
        subcommands: [List.self, Import.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List an expenditure's indicator table."
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("INDICATOR LIST", address.words)) }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import an indicator table (the same as jixiao import indicators).",
            discussion:
                "A .xlsx workbook, CSV (UTF-8 or GBK) or a tab-separated paste; see jixiao import indicators --help."
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var source: ImportCommand.Source
        @Flag(help: "The 得分 column updates existing indicators' printed scores too.") var printedScores = false
        func run() throws { try ImportRun.indicators(source, printedScores: printedScores, options: options) }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print everything, a unit, or a unit-year as a command file (.jx).",
        discussion: "Loaded into an empty daemon (jixiao batch FILE), the output recreates exactly what was exported."
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "Only this unit.") var unit: String?
    @Argument(help: "Only this fiscal year of the unit.") var year: String?
    func run() throws {
        let connection = try options.connect()
        let reply: ReceivedReply
        do {
            reply = try connection.request(Line.make("EXPORT", [unit, year].compactMap { $0 }))
        } catch {
            throw Output.fail(error)
        }
        if let error = reply.error {
            Output.printError("ERR \(error.code) \(error.message)")
            throw Output.serverError
        }
        print("# jixiao export \([unit, year].compactMap { $0 }.joined(separator: " "))")
        for cells in reply.cells { print(cells.first ?? "") }
    }
}
