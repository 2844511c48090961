import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// `jixiao import indicators|payments`: tables from the spreadsheets operators fill.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "从 Excel 导入：绩效指标表（填自评表的绩效指标栏）、支付明细（监控表的已支付由此汇总）。",
        discussion: """
            文件可以是 .xlsx 工作簿、CSV（UTF-8 或 GBK/GB18030，Excel/WPS 直接另存的都行）或从表格复制的\
            制表符分隔文本。表头上方的标题行会跳过；表头可以换行、带单位（分值（分）、金额（元））；不认识的列\
            按列名拒绝。整张表作为一个事务提交（BEGIN … COMMIT）：有一行出错就什么也不改，并说出是表格的第几行。
            """,
        subcommands: [Indicators.self, Payments.self]
    )

    /// What both imports take.
    struct Source: ParsableArguments {
        @Argument(help: "单位代码，如 hongjiang。") var unit: String
        @Argument(help: "年度，如 2024。") var year: String
        @Argument(help: "dept（部门整体支出）或项目代码。") var owner: String
        @Argument(help: "要导入的文件：.xlsx、.csv 或 .txt/.tsv。") var file: String
        @Option(help: ArgumentHelp("工作簿中要导入的表（默认：唯一有表头的表，或标着该项目代码的绩效指标表）。", valueName: "表名"))
        var sheet: String?
        @Flag(help: "只列出将发送的协议行，不做修改。") var dryRun = false

        var address: [String] { [unit, year, owner] }
    }

    /// An import changes the model now; `--at` asks about the past.
    static func refusePast(_ options: ClientOptions) throws {
        if options.at != nil { throw ValidationError("--at 只用于查询；导入改的是现在的数据") }
    }

    struct Indicators: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "indicators",
            abstract: "导入绩效指标表：新建指标，或更新已有指标的实际完成值、分值、偏差原因等（填自评表的绩效指标栏）。",
            discussion: """
                列：一级指标、二级指标、三级指标、年度指标值（必需），指标代码、实际完成值、分值、得分、完成情况、\
                偏差原因分析及改进措施（可选）。合并的或空的一级/二级指标单元格沿用上一行；「产出指标（50分）」\
                读作指标名「产出指标」，括号中的分值与各行分值之和不同时记为报告的分值。已有指标按指标代码\
                （没有代码列时按三级指标）找到，只发送改动的字段；已有指标的得分列不导入（除非 --printed-scores）。\
                jixiao export-forms 导出的工作簿改完实际完成值后可以直接导入（自动选中该项目的「指标表」）。
                """
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var source: Source
        @Flag(help: "得分列也更新已有指标的报告得分（录入已发布的自评报告时用；Jixiao 导出的表中得分是计算值）。")
        var printedScores = false

        func validate() throws { try ImportCommand.refusePast(options) }

        func run() throws { try ImportRun.indicators(source, printedScores: printedScores, options: options) }
    }

    struct Payments: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "payments",
            abstract: "导入支付明细：每行一笔支付（绩效运行监控表的已支付、月度进度由此汇总）。",
            discussion: """
                列：日期、金额（必需；单位写在列名「金额（元）」「金额（万元）」或每个金额后），资金来源（经费行代码\
                如 source.current，或「当年财政拨款」「上年结转资金」「其他资金」）、摘要、凭证号、编号（可选）。\
                有编号的行更新该编号的支付记录（与现有记录相同的不发送），其余的行新增；jixiao export-forms 导出的「支付明细」表改完可以直接导入。日期可写 2024-03-15、2024/3/15、2024年3月15日。
                """
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var source: Source

        func validate() throws { try ImportCommand.refusePast(options) }

        func run() throws {
            let tables = try ImportRun.tables(source)
            let table = try ImportRun.choose(tables, source) { table in
                (try? ImportColumns(in: table, columns: PaymentListImport.columns, ignored: PaymentListImport.ignored))?
                    .headerIndex
            }
            let existing = try ImportRun.existingPayments(source, options: options)
            let plan: ImportPlan
            do {
                plan = try PaymentListImport.plan(table, address: source.address, existing: existing)
            } catch {
                Output.printError("\(source.file)：\(error)；没有做任何修改")
                throw Output.serverError
            }
            try ImportRun.send(plan, source: source, options: options, noun: "支付记录")
        }
    }
}
