import ArgumentParser

/// `jixiao payment`: dated payments, what 全年执行数 and the monitoring follow.
struct PaymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment",
        abstract: L("付款（支出/拨付）：添加、列出（默认以元显示）、修改、删除。", "Payments: add, list (in 元 by default), update, delete."),
        discussion: L(
            "付款合计即全年执行数（未另行填写时），也是运行监控（jixiao monitor）和月度进度（jixiao monthly）的依据。添加时即审核：日期不在本财政年度、资金来源科目不存在、金额为零、付款超过预算，都会当场提示。",
            "The payments make 全年执行数 (unless it is entered) and drive jixiao monitor and jixiao monthly. Each is checked as it is entered: a date outside the fiscal year, an unknown funds line, a zero amount, payments above the budget."
        ),
        subcommands: [List.self, Add.self, Update.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出付款及其序号，金额默认以元显示。", "List the payments with their ids, amounts in 元 by default.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws {
            try options.run(Line.make("PAYMENT LIST", address.words), amounts: amounts.format(default: .yuan))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: L("添加一笔付款；回复 id= 为其序号。", "Add a payment; the reply's id= is its id."),
            discussion: L(
                "例：jixiao payment add hongjiang 2024 jicha --date 2024-03-15 --amount 1234.56元 --line source.current --note 凭证12号",
                "Example: jixiao payment add hongjiang 2024 jicha --date 2024-03-15 --amount 1234.56元 --line source.current"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @OptionGroup var fields: PaymentFields
        func validate() throws {
            if fields.date == nil || fields.amount == nil {
                throw ValidationError(L("须给出 --date 和 --amount", "--date and --amount are required"))
            }
        }
        func run() throws { try options.run(Line.make("PAYMENT ADD", address.words, fields.words)) }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L("修改一笔付款。", "Change a payment.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ItemAddress
        @OptionGroup var fields: PaymentFields
        func validate() throws { try Nothing.toChange(fields.isEmpty) }
        func run() throws { try options.run(Line.make("PAYMENT UPDATE", address.words, fields.words)) }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除一笔付款。", "Delete a payment.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ItemAddress
        func run() throws { try options.run(Line.make("PAYMENT DELETE", address.words)) }
    }
}

/// `jixiao adjustment`: dated budget adjustments (调整、追加、调减).
struct AdjustmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjustment",
        abstract: L("预算调整（调整、追加、调减）：添加、列出、修改、删除。", "Budget adjustments: add, list, update, delete."),
        discussion: L(
            "年初预算数加各项调整应等于全年预算数（“年度资金总额”行），审核时核对；运行监控按调整日期计算当日预算。",
            "年初预算数 plus the adjustments should be 全年预算数 (checked); monitoring counts each from its date."
        ),
        subcommands: [List.self, Add.self, Update.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出预算调整。", "List the adjustments.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("ADJUSTMENT LIST", address.words), amounts: amounts.format()) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: L("添加一项预算调整；回复 id= 为其序号。", "Add an adjustment; the reply's id= is its id."),
            discussion: L(
                "例：jixiao adjustment add hongjiang 2024 jicha --date 2024-07-01 --amount 5万元 --kind 追加 --reason 追加稽查经费",
                "Example: jixiao adjustment add hongjiang 2024 jicha --date 2024-07-01 --amount 5万元 --kind 追加"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @OptionGroup var fields: AdjustmentFields
        func validate() throws {
            if fields.date == nil || fields.amount == nil {
                throw ValidationError(L("须给出 --date 和 --amount", "--date and --amount are required"))
            }
        }
        func run() throws { try options.run(Line.make("ADJUSTMENT ADD", address.words, fields.words)) }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L("修改一项预算调整。", "Change an adjustment.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ItemAddress
        @OptionGroup var fields: AdjustmentFields
        func validate() throws { try Nothing.toChange(fields.isEmpty) }
        func run() throws { try options.run(Line.make("ADJUSTMENT UPDATE", address.words, fields.words)) }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除一项预算调整。", "Delete an adjustment.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ItemAddress
        func run() throws { try options.run(Line.make("ADJUSTMENT DELETE", address.words)) }
    }
}
