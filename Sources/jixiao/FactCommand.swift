import ArgumentParser

/// `jixiao fact`: figures the report states in its prose (参保人数, 报销人次…).
struct FactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fact",
        abstract: L(
            "报告正文中的数据（参保人数、报销人次…）：填写、查看、列出、删除。",
            "Figures the report states (参保人数, 报销人次…): set, get, list, delete."
        ),
        discussion: L(
            "这些数据不进入自评表的栏目，但自评报告草稿（jixiao report）会引用。",
            "They fill no form cell; the report draft (jixiao report) quotes them."
        ),
        subcommands: [List.self, Get.self, Set.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: L("列出数据。", "List the facts."))
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("FACT LIST", address.words)) }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: L("查看一条数据。", "Show one fact."))
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: CodedAddress
        func run() throws { try options.run(Line.make("FACT GET", address.words)) }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: L("填写一条数据（没有则新建）。", "Create or change a fact."),
            discussion: L(
                "例：jixiao fact set hongjiang 2024 dept insured_rate --name 常住人口参保率 --value 97.24%",
                "Example: jixiao fact set hongjiang 2024 dept insured_rate --name 常住人口参保率 --value 97.24%"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: CodedAddress
        @OptionGroup var fields: FactFields
        @OptionGroup var revision: RevisionOptions
        func validate() throws { try Nothing.toChange(fields.isEmpty) }
        func run() throws {
            try revision.run(
                Line.make("FACT SET", address.words, fields.words),
                get: Line.make("FACT GET", address.words),
                options: options,
                creates: true
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: L("删除一条数据。", "Delete a fact."))
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: CodedAddress
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("FACT DELETE", address.words),
                get: Line.make("FACT GET", address.words),
                options: options
            )
        }
    }
}
