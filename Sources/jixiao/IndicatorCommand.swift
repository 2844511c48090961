import ArgumentParser
import JixiaoClient

/// `jixiao indicator`: the three-level indicator table (绩效指标) of a 自评表.
struct IndicatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator",
        abstract: L(
            "绩效指标（三级指标）：列出、查看、新建、修改、删除、从表格导入。",
            "Performance indicators (三级指标): list, get, create, update, delete, import."
        ),
        discussion: L(
            "每个指标是自评表绩效指标表的一行：一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分、偏差原因分析及改进措施。一级、二级指标名称须在词表中（jixiao vocab list）。录入实际完成值与人工评分另见 jixiao actual、jixiao override。",
            "Each indicator is a row of the form's indicator table. Level names must be in the vocabulary (jixiao vocab list). For actual values and overrides see jixiao actual and jixiao override."
        ),
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self, Import.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出一项支出的绩效指标表。", "List an expenditure's indicator table.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("INDICATOR LIST", address.words)) }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: L("查看一个指标。", "Show one indicator.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: CodedAddress
        func run() throws { try options.run(Line.make("INDICATOR GET", address.words)) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: L(
                "新建一个指标（须给出一级、二级指标、名称和年度指标值）。",
                "Create an indicator (level1, level2, name and target are required)."
            ),
            discussion: L(
                "例：jixiao indicator create hongjiang 2024 dept peixun --level1 产出指标 --level2 数量指标 --name 全年开展医保政策培训次数 --target ≥2次 --weight 5",
                "Example: jixiao indicator create hongjiang 2024 dept peixun --level1 产出指标 --level2 数量指标 --name 培训次数 --target ≥2次 --weight 5"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: CodedAddress
        @OptionGroup var fields: IndicatorFields
        func validate() throws {
            if fields.level1 == nil || fields.level2 == nil || fields.name == nil || fields.target == nil {
                throw ValidationError(
                    L("须给出 --level1、--level2、--name 和 --target", "--level1, --level2, --name and --target are required")
                )
            }
        }
        func run() throws { try options.run(Line.make("INDICATOR CREATE", address.words, fields.words)) }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L("修改指标的任何一栏；取值为空即清除。", "Change any column of an indicator; an empty value clears it.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: CodedAddress
        @OptionGroup var fields: IndicatorFields
        @OptionGroup var revision: RevisionOptions
        func validate() throws { try Nothing.toChange(fields.isEmpty) }
        func run() throws {
            try revision.run(
                Line.make("INDICATOR UPDATE", address.words, fields.words),
                get: Line.make("INDICATOR GET", address.words),
                options: options
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除一个指标。", "Delete an indicator.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: CodedAddress
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("INDICATOR DELETE", address.words),
                get: Line.make("INDICATOR GET", address.words),
                options: options
            )
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: L(
                "导入指标表（同 jixiao import indicators）。",
                "Import an indicator table (the same as jixiao import indicators)."
            ),
            discussion: L(
                ".xlsx 工作簿、CSV（UTF-8 或 GBK）或制表符分隔的粘贴内容；见 jixiao import indicators --help。",
                "A .xlsx workbook, CSV (UTF-8 or GBK) or a tab-separated paste; see jixiao import indicators --help."
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var source: ImportCommand.Source
        @Flag(help: help("“得分”列也更新已有指标的报告所印得分。", "The 得分 column updates existing indicators' printed scores too."))
        var printedScores = false
        func run() throws { try ImportRun.indicators(source, printedScores: printedScores, options: options) }
    }
}

/// `jixiao actual`: the year-end actual value of an indicator, with the deviation reason.
struct ActualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actual",
        abstract: L("录入指标的实际完成值及偏差原因。", "Enter an indicator's actual value and the deviation reason."),
        discussion: L(
            "填入自评表的“实际完成值”与“偏差原因分析及改进措施”两栏；得分由评分规则计算（jixiao score）。例：jixiao actual hongjiang 2024 dept chengben 840.87万元 --deviation 工作任务增加。",
            "Fills 实际完成值 and 偏差原因分析及改进措施; the score follows the rules (jixiao score). Example: jixiao actual hongjiang 2024 dept chengben 840.87万元 --deviation 工作任务增加。"
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: CodedAddress
    @Argument(
        help: help(
            "实际完成值（如 3次、218个、100%、效果明显）；空值 '' 清除。",
            "The actual value (e.g. 3次, 218个, 100%, 效果明显); '' clears it."
        )
    )
    var value: String
    @Option(help: help("偏差原因分析及改进措施。", "The deviation reason and measures.")) var deviation: String?
    @Option(help: help("完成情况：达成、部分达成 或 未达成（定性指标）。", "Completion: 达成, 部分达成 or 未达成 (qualitative).")) var completion:
        String?
    @OptionGroup var revision: RevisionOptions
    func run() throws {
        try revision.run(
            Line.make(
                "INDICATOR UPDATE",
                address.words,
                Line.keyed([("actual", value), ("deviation", deviation), ("completion", completion)])
            ),
            get: Line.make("INDICATOR GET", address.words),
            options: options
        )
    }
}

/// `jixiao override`: the operator's own score for an indicator, within its band, with why.
struct OverrideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override",
        abstract: L(
            "人工评分：以理由替代计算得分（须在完成情况的档次内）。",
            "Override an indicator's computed score, with the reason (within its band)."
        ),
        discussion: L(
            "得分须在该指标完成情况（达成、部分达成、未达成）所在的档次内，否则被拒绝并说明档次。--clear 撤销人工评分，恢复计算得分。",
            "The score must lie within the band of the indicator's completion, else it is refused naming the band. --clear goes back to the computed score."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: CodedAddress
    @Argument(help: help("人工评分（分）。", "The score.")) var score: String?
    @Option(help: help("评分理由（必填）。", "Why (required).")) var reason: String?
    @Flag(help: help("撤销人工评分。", "Remove the override.")) var clear = false
    @OptionGroup var revision: RevisionOptions
    func validate() throws {
        if clear, score != nil || reason != nil {
            throw ValidationError(L("--clear 不能与评分或理由同用", "--clear takes no score or reason"))
        }
        if !clear, score == nil || reason == nil {
            throw ValidationError(L("须给出评分和 --reason（或用 --clear 撤销）", "give the score and --reason (or --clear)"))
        }
    }
    func run() throws {
        let words =
            clear
            ? Line.keyed([("override_score", ""), ("override_reason", "")])
            : Line.keyed([("override_score", score), ("override_reason", reason)])
        try revision.run(
            Line.make("INDICATOR UPDATE", address.words, words),
            get: Line.make("INDICATOR GET", address.words),
            options: options
        )
    }
}
