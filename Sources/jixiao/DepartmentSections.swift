import ArgumentParser

/// `jixiao income`: the department's income by nature (部门整体支出绩效自评表 按收入性质分).
struct IncomeCommand: ParsableCommand {
    static let parts: [LineSetting.Part] = [
        .init(code: "general", label: "一般公共预算拨款"), .init(code: "fund", label: "政府性基金拨款"),
        .init(code: "special", label: "纳入专户管理的非税收入拨款"), .init(code: "other", label: "其他资金"),
        .init(code: "carryover", label: "上年结转"),
    ]
    static let configuration = CommandConfiguration(
        commandName: "income",
        abstract: L("部门收入（按收入性质分）：填写或查看。", "The department's income by nature: set or show."),
        discussion: L(
            "填入部门整体支出绩效自评表“年度资金总额”下的“其中：”各行（年初预算数/全年预算数/全年执行数）；不给科目即“收入合计”。科目：\(LineSetting.list(parts))。不给任何金额选项时列出本栏目。",
            "Fills the 其中 rows under 年度资金总额 (按收入性质分); without a part, 收入合计. Parts: \(LineSetting.list(parts)). Without a figure, shows the section."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: YearAddress
    @Argument(help: help("科目：general、fund、special、other、carryover；不给即收入合计。", "The part; none for the total."))
    var part: String?
    @OptionGroup var budget: LineBudgetColumns
    @OptionGroup var printed: LinePrintedColumns
    @OptionGroup var text: LineTextFields
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var amounts: AmountOptions
    func run() throws {
        let code = try LineSetting.code(section: "income", part: part, parts: Self.parts)
        try LineSetting.setOrShow(
            address,
            code: code,
            words: text.words + budget.words + printed.words,
            options: options,
            revision: revision,
            amounts: amounts
        )
    }
}

/// `jixiao spend`: the department's expenditure by nature (基本支出 / 项目支出).
struct SpendCommand: ParsableCommand {
    static let parts: [LineSetting.Part] = [
        .init(code: "basic", label: "基本支出"), .init(code: "basic.personnel", label: "人员经费"),
        .init(code: "basic.public", label: "公用经费"), .init(code: "project", label: "项目支出"),
    ]
    static let configuration = CommandConfiguration(
        commandName: "spend",
        abstract: L("部门支出（按支出性质分：基本支出、项目支出）：填写或查看。", "The department's expenditure by nature: set or show."),
        discussion: L(
            "填入部门整体支出绩效自评表“按支出性质分”各行；不给科目即“支出合计”。科目：\(LineSetting.list(parts))。按经济分类见 jixiao class。",
            "Fills the 按支出性质分 rows; without a part, 支出合计. Parts: \(LineSetting.list(parts)). By economic class: jixiao class."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: YearAddress
    @Argument(help: help("科目：basic、basic.personnel、basic.public、project；不给即支出合计。", "The part; none for the total."))
    var part: String?
    @OptionGroup var budget: LineBudgetColumns
    @OptionGroup var printed: LinePrintedColumns
    @OptionGroup var text: LineTextFields
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var amounts: AmountOptions
    func run() throws {
        let code = try LineSetting.code(section: "spend", part: part, parts: Self.parts)
        try LineSetting.setOrShow(
            address,
            code: code,
            words: text.words + budget.words + printed.words,
            options: options,
            revision: revision,
            amounts: amounts
        )
    }
}

/// `jixiao class`: the department's expenditure by economic class (按经济分类).
struct ClassCommand: ParsableCommand {
    static let parts: [LineSetting.Part] = [
        .init(code: "wages", label: "工资福利支出"), .init(code: "goods", label: "商品和服务支出"),
        .init(code: "households", label: "对个人和家庭的补助"), .init(code: "enterprises", label: "对企业补助"),
        .init(code: "capital", label: "资本性支出"), .init(code: "other", label: "其他支出"),
    ]
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: L("部门支出按经济分类（工资福利、商品和服务…）：填写或查看。", "The department's expenditure by economic class: set or show."),
        discussion: L(
            "报告正文“支出情况”所列各项及其占比；不给科目即合计。科目：\(LineSetting.list(parts))。报告另列的项目可用新代码加 --label（如 class.basic --label 基本支出）。",
            "The report's expenditure by economic class with the shares it prints; without a part, the total. Parts: \(LineSetting.list(parts)); another item: a new code with --label."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: YearAddress
    @Argument(
        help: help(
            "科目：wages、goods、households、enterprises、capital、other，或带 --label 的新代码；不给即合计。",
            "The part, or a new code with --label; none for the total."
        )
    )
    var part: String?
    @OptionGroup var budget: LineBudgetColumns
    @OptionGroup var printed: LinePrintedColumns
    @OptionGroup var text: LineTextFields
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var amounts: AmountOptions
    func run() throws {
        let code = try LineSetting.code(section: "class", part: part, parts: Self.parts, labelled: text.label != nil)
        try LineSetting.setOrShow(
            address,
            code: code,
            words: text.words + budget.words + printed.words,
            options: options,
            revision: revision,
            amounts: amounts
        )
    }
}
