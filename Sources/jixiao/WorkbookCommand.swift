import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// `jixiao export-forms`: every official form of a unit-year as one Excel workbook.
struct ExportFormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-forms",
        abstract: "把一年的全部报表导出为 Excel 工作簿（.xlsx）：基础数据表、部门整体和各项目的自评表、汇总表、绩效运行监控表、绩效指标表、支付明细。",
        discussion: """
            每张表一个工作表，按模板排版：合并单元格、列宽、金额为万元数值（精确到分、显示两位小数）、执行率为\
            百分比、A4 打印（一页宽）。数字都是计算出来的，与 jixiao table 一致。绩效指标表带指标代码：填好实际\
            完成值、偏差原因后用 jixiao import indicators 导入；支付明细带编号，改完用 jixiao import payments 导入。
            """
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "单位代码。") var unit: String
    @Argument(help: "年度。") var year: String
    @Argument(help: "只导出 dept（部门整体）或该项目的表。") var owner: String?
    @Option(name: [.short, .long], help: ArgumentHelp("要写的 .xlsx 文件。", valueName: "文件")) var output: String
    @Option(help: ArgumentHelp("监控表的日期 YYYY-MM-DD（默认今天，限于该年度内）。", valueName: "日期")) var date: String?
    @Option(
        help: "只导出：evaluation（自评表）、base（基础数据表）、monitor（监控表）、indicators（指标表）、payments（支付明细）、summary（部门绩效自评结果公开汇总表）；默认全部。"
    )
    var form: String?

    func run() throws {
        try WorkbookExport.write(
            unit: unit,
            year: year,
            owner: owner,
            form: form ?? "all",
            date: date,
            to: output,
            options: options
        )
    }
}

/// Asking the daemon for forms as cells and handing them to `jixiao-xlsx` to write.
enum WorkbookExport {
    /// Writes the forms of a `TABLE` request to an .xlsx file.
    static func write(
        unit: String,
        year: String,
        owner: String?,
        form: String?,
        date: String?,
        to path: String,
        options: ClientOptions
    ) throws {
        var plain = options
        plain.json = false
        let keyed = Line.keyed([("format", "cells"), ("form", form), ("date", date)])
        let reply = try Output.request(
            Line.make("TABLE", [unit, year, owner].compactMap { $0 }, keyed),
            options: plain
        )
        var input = reply.columns.joined(separator: "\t") + "\n"
        for line in reply.rowLines { input += line + "\n" }
        do {
            _ = try WorkbookFilter.run(["write", path, "\(unit) \(year)年度绩效报表"], input: Array(input.utf8))
        } catch {
            Output.printError("\(path)：\(error)")
            throw ExitCode.failure
        }
        let sheets = Set(reply.cells.compactMap { $0.first }).count
        Output.writeError("\(path)：已写入 \(sheets) 张表\n")
    }
}
