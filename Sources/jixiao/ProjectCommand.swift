import ArgumentParser

/// `jixiao project`: the projects (项目支出) of a unit-year.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: L("项目支出：列出、查看、新建、修改、删除。", "Projects (项目支出) of a unit-year: list, get, create, update, delete."),
        discussion: L(
            "每个项目一张项目支出绩效自评表：项目名称、主管部门、实施单位和“年度资金总额”行；部门绩效自评结果公开汇总表另印结余数、结余交回财政数和自评结果应用意见。其中当年财政拨款、上年结转资金等见 jixiao funds set。",
            "Each project has its 项目支出绩效自评表: name, 主管部门, 实施单位 and the 年度资金总额 row; the 汇总表 also prints 结余数, 结余交回财政数 and 自评结果应用意见. Its 其中 rows: jixiao funds set."
        ),
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self]
    )

    /// The address of one project.
    struct Address: ParsableArguments {
        @Argument(help: help("单位代码，如 hongjiang。", "The unit's code, e.g. hongjiang.")) var unit: String
        @Argument(help: help("财政年度，如 2024。", "The fiscal year, e.g. 2024.")) var year: String
        @Argument(
            help: help("项目代码（本年度内唯一，如 jicha；不能是 dept）。", "The project's code within the year, e.g. jicha (not dept).")
        )
        var project: String
        var words: [String] { [unit, year, project] }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出年度的项目及执行率。", "List a unit-year's projects with execution rates.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: YearAddress
        func run() throws { try options.run(Line.make("PROJECT LIST", address.words), amounts: amounts.format()) }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: L("查看一个项目。", "Show one project."))
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: Address
        func run() throws { try options.run(Line.make("PROJECT GET", address.words), amounts: amounts.format()) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: L("新建项目及其“年度资金总额”行。", "Create a project with its 年度资金总额 row."),
            discussion: L(
                "例：jixiao project create hongjiang 2024 jicha --name 全市医疗机构稽查稽核工作经费 --budget-initial 15万元 --budget-full 15万元",
                "Example: jixiao project create hongjiang 2024 jicha --name 稽查稽核工作经费 --budget-initial 15万元"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: Address
        @OptionGroup var header: ProjectHeaderFields
        @OptionGroup var figures: BudgetRowFields
        @OptionGroup var summary: SummaryRowFields
        func validate() throws {
            if header.name == nil { throw ValidationError(L("缺少 --name（项目名称）", "--name is required")) }
        }
        func run() throws {
            try options.run(Line.make("PROJECT CREATE", address.words, header.words + figures.words + summary.words))
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L(
                "修改项目；取值为空（--executed ''）即清除。",
                "Change a project's fields; an empty value (--executed '') clears a figure."
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: Address
        @OptionGroup var header: ProjectHeaderFields
        @OptionGroup var figures: BudgetRowFields
        @OptionGroup var summary: SummaryRowFields
        @OptionGroup var revision: RevisionOptions
        func validate() throws { try Nothing.toChange(header.isEmpty && figures.isEmpty && summary.isEmpty) }
        func run() throws {
            try revision.run(
                Line.make("PROJECT UPDATE", address.words, header.words + figures.words + summary.words),
                get: Line.make("PROJECT GET", address.words),
                options: options
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除项目（连同其指标、付款等）。", "Delete a project (with its indicators, payments…).")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: Address
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("PROJECT DELETE", address.words),
                get: Line.make("PROJECT GET", address.words),
                options: options
            )
        }
    }
}
