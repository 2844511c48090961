import ArgumentParser

/// `jixiao line`: any figure line of an expenditure, by its code.
struct LineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: L("科目行（任意代码）：列出、查看、填写、删除。", "Figure lines by code: list, get, set, delete."),
        discussion: L(
            """
            各栏目有自己的命令：jixiao income（收入）、spend（支出按性质）、class（支出按经济分类）、\
            sangong（“三公”经费）、public-funds（公用经费）、building（楼堂馆所与厉行节约保障措施）、\
            funds set（资金来源与级次）。本命令可填任何科目，包括基础数据表“项目支出”的 \
            projects.business（业务工作专项）、projects.maintenance（运行维护专项），\
            以及 procurement（政府采购金额）、budget_adjustment（部门整体支出预算调整）。\
            标准科目以外的代码须给出 --label。
            """,
            """
            Each form section has its own command: jixiao income, spend, class, sangong, public-funds, \
            building, funds set. This one sets any line, including the 基础数据表's projects.business and \
            projects.maintenance, procurement and budget_adjustment. A code outside the catalog needs --label.
            """
        ),
        subcommands: [List.self, Get.self, Set.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L(
                "列出一项支出的所有科目行及计算的占比、执行率、变动率。",
                "List an expenditure's lines with computed shares, rates and change rates."
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("LINE LIST", address.words), amounts: amounts.format()) }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: L("查看一个科目行。", "Show one line."))
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: ExpenditureAddress
        @Argument(help: help("科目代码，如 income.general。", "The line's code, e.g. income.general.")) var code: String
        func run() throws {
            try options.run(Line.make("LINE GET", address.words + [code]), amounts: amounts.format())
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: L("填写一个科目行（没有则新建）；取值为空即清除该栏。", "Create or change a line; an empty value clears a column."),
            discussion: L(
                "例：jixiao line set hongjiang 2024 dept projects.business --prior-actual 1430.91万元 --budget 506.48万元 --actual 840.87万元",
                "Example: jixiao line set hongjiang 2024 dept projects.business --budget 506.48万元 --actual 840.87万元"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @Argument(
            help: help(
                "科目代码，如 income.general、sangong.reception、projects.business。",
                "The line's code, e.g. income.general."
            )
        )
        var code: String
        @OptionGroup var text: LineTextFields
        @OptionGroup var budget: LineBudgetColumns
        @OptionGroup var account: LineAccountColumns
        @OptionGroup var arrival: LineArrivalColumns
        @OptionGroup var printed: LinePrintedColumns
        @OptionGroup var revision: RevisionOptions
        var words: [String] { text.words + budget.words + account.words + arrival.words + printed.words }
        func validate() throws {
            try Nothing.toChange(
                text.isEmpty && budget.isEmpty && account.isEmpty && arrival.isEmpty && printed.isEmpty
            )
        }
        func run() throws {
            try LineSetting.set(address.words, code: code, words: words, options: options, revision: revision)
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除一个科目行。", "Delete a line.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @Argument(help: help("科目代码。", "The line's code.")) var code: String
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("LINE DELETE", address.words + [code]),
                get: Line.make("LINE GET", address.words + [code]),
                options: options
            )
        }
    }
}
