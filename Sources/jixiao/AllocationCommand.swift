import ArgumentParser

/// `jixiao allocation`: a per-capita allocation rule and what each level owes.
struct AllocationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocation",
        abstract: L(
            "按人均标准分担的资金（如 640元/人，中央、省、市、县各担比例）：填写、查看、删除。",
            "A per-capita allocation rule split between levels: set, get, delete."
        ),
        discussion: L(
            "查看时列出各级应承担金额（人均标准 × 参保人数 × 比例），与资金到位（jixiao funds）核对。",
            "GET shows what each level owes (per capita × insured × share), to compare with jixiao funds."
        ),
        subcommands: [Get.self, Set.self, Delete.self]
    )

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: L("查看分担规则及各级应承担金额。", "Show the rule and what each level owes.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("ALLOCATION GET", address.words), amounts: amounts.format()) }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: L("填写分担规则。", "Set the rule."))
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @OptionGroup var fields: AllocationFields
        @OptionGroup var revision: RevisionOptions
        func validate() throws { try Nothing.toChange(fields.isEmpty) }
        func run() throws {
            try revision.run(
                Line.make("ALLOCATION SET", address.words, fields.words),
                get: Line.make("ALLOCATION GET", address.words),
                options: options,
                creates: true
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除分担规则。", "Delete the rule.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("ALLOCATION DELETE", address.words)) }
    }
}

/// `jixiao vocab`: the level-1 and level-2 indicator names allowed beyond the standard ones.
struct VocabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocab",
        abstract: L(
            "指标词表：一级、二级指标允许的名称（防止“数量指数”这类笔误拆开分组）。",
            "The indicator vocabulary: allowed level-1 and level-2 names."
        ),
        subcommands: [List.self, Add.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出词表。", "List the vocabulary.")
        )
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run("VOCAB LIST") }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: L("在词表中增加一个名称（管理员）。", "Allow a name (admin).")
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: help("级别：1（一级指标）或 2（二级指标）。", "The level: 1 or 2.")) var level: Int
        @Argument(help: help("名称。", "The name.")) var name: String
        func run() throws { try options.run(Line.make("VOCAB ADD", [String(level)], Line.keyed([("name", name)]))) }
    }
}
