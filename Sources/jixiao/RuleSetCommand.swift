import ArgumentParser

/// `jixiao ruleset`: scoring rule sets.
struct RuleSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ruleset",
        abstract: L(
            "评分规则：列出、查看、新建、修改、删除，并为年度选用（use）。",
            "Scoring rule sets: list, get, create, update, delete, and pick one for a year (use)."
        ),
        discussion: L(
            "内置规则 default 按国家规定和湖南部门整体评价表，不能修改；各地复制后修改设置再选用。",
            "The built-in set default cannot be changed; copy it, change settings, and pick the copy for a year."
        ),
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self, Use.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出评分规则及选用它们的年度。", "List the rule sets and the years that use them.")
        )
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run("RULESET LIST") }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: L("查看一套规则的设置及默认值。", "Show a rule set's settings beside the defaults.")
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: help("规则名称。", "The rule set's name.")) var name: String
        func run() throws { try options.run(Line.make("RULESET GET", [name])) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: L("复制一套规则并修改其中的设置。", "Create a rule set as a copy of another, with settings changed."),
            discussion: L(
                "例：jixiao ruleset create hunan --grades 优:80,良:70,中:60,差:0 --reverse-formula deviation --label 湖南口径",
                "Example: jixiao ruleset create hunan --grades 优:80,良:70,中:60,差:0 --reverse-formula deviation"
            )
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: help("新规则的名称（小写英文、数字、- 和 _）。", "The new rule set's name.")) var name: String
        @Option(help: help("复制哪一套规则（默认 default）。", "The rule set to copy (default: default).")) var from: String?
        @OptionGroup var settings: RuleSetFields
        func run() throws {
            try options.run(Line.make("RULESET CREATE", [name], Line.keyed([("from", from)]) + settings.words))
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L(
                "修改规则的设置；取值为空（--grades ''）即恢复默认。",
                "Change settings of a rule set; an empty value restores the default's."
            )
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: help("规则名称。", "The rule set's name.")) var name: String
        @OptionGroup var settings: RuleSetFields
        func validate() throws { try Nothing.toChange(settings.isEmpty) }
        func run() throws { try options.run(Line.make("RULESET UPDATE", [name], settings.words)) }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除没有年度选用的规则。", "Delete a rule set no year uses.")
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: help("规则名称。", "The rule set's name.")) var name: String
        func run() throws { try options.run(Line.make("RULESET DELETE", [name])) }
    }

    struct Use: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "use",
            abstract: L("为年度选用一套评分规则。", "Score a unit-year by a rule set.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: YearAddress
        @Argument(help: help("规则名称（default 为内置规则）。", "The rule set's name (default for the built-in one).")) var name:
            String
        func run() throws {
            try options.run(Line.make("YEAR UPDATE", address.words, Line.keyed([("ruleset", name)])))
        }
    }
}
