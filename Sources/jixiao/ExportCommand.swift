import ArgumentParser
import JixiaoClient

/// `jixiao export`: everything, a unit, or a unit-year as a command file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: L("把全部、某单位或某年度导出为命令文件（.jx）。", "Print everything, a unit, or a unit-year as a command file (.jx)."),
        discussion: L(
            "导入空的守护进程（jixiao batch 文件）即可原样重建所导出的内容；金额为精确值。",
            "Loaded into an empty daemon (jixiao batch FILE), the output recreates exactly what was exported; amounts are exact."
        )
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: help("只导出此单位。", "Only this unit.")) var unit: String?
    @Argument(help: help("只导出此单位的此年度。", "Only this fiscal year of the unit.")) var year: String?
    func run() throws {
        let connection = try options.connect()
        let reply = try Output.request(Line.make("EXPORT", [unit, year].compactMap { $0 }), on: connection)
        print("# jixiao export \([unit, year].compactMap { $0 }.joined(separator: " "))")
        for cells in reply.cells { print(cells.first ?? "") }
    }
}
