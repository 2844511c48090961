import ArgumentParser

/// `jixiao dept`: the department's overall expenditure (部门整体支出).
struct DeptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dept",
        abstract: L("部门整体支出：查看、填写“年度资金总额”行与报告所印结果。", "The department's overall expenditure (部门整体支出): the 年度资金总额 row."),
        discussion: L(
            "填入部门整体支出绩效自评表的“年度资金总额”行（年初预算数、全年预算数、全年执行数、分值）。按收入、支出性质分的明细见 jixiao income、jixiao spend。",
            "Fills the 年度资金总额 row of the 部门整体支出绩效自评表. The splits by income and expenditure: jixiao income, jixiao spend."
        ),
        subcommands: [Get.self, Update.self]
    )

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: L("查看“年度资金总额”行、报告所印结果和计算的执行率。", "Show the 年度资金总额 row, the printed results and the computed rate.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: YearAddress
        func run() throws { try options.run(Line.make("DEPT GET", address.words), amounts: amounts.format()) }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L("填写或修改“年度资金总额”行；取值为空即清除。", "Fill or change the 年度资金总额 row; an empty value clears a figure."),
            discussion: L(
                "例：jixiao dept update hongjiang 2024 --budget-initial 506.48万元 --budget-full 506.48万元 --executed 840.87万元 --execution-weight 10",
                "Example: jixiao dept update hongjiang 2024 --budget-initial 506.48万元 --executed 840.87万元"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: YearAddress
        @OptionGroup var fields: BudgetRowFields
        @OptionGroup var revision: RevisionOptions
        func validate() throws { try Nothing.toChange(fields.isEmpty) }
        func run() throws {
            try revision.run(
                Line.make("DEPT UPDATE", address.words, fields.words),
                get: Line.make("DEPT GET", address.words),
                options: options
            )
        }
    }
}
