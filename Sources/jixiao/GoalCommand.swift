import ArgumentParser

/// `jixiao goal`: the items of the 年度总体目标 (预期目标 and 实际完成情况).
struct GoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal",
        abstract: L(
            "年度总体目标：预期目标与实际完成情况，逐条添加、列出、修改、删除。",
            "Goals: the 预期目标 and 实际完成情况 items: add, list, update, delete."
        ),
        discussion: L(
            "填入自评表“年度总体目标”一栏：--kind expected（预期目标）或 achieved（实际完成情况），每条一项。",
            "Fills the 年度总体目标 cell: --kind expected (预期目标) or achieved (实际完成情况), one item each."
        ),
        subcommands: [List.self, Add.self, Update.self, Delete.self]
    )

    /// `expected`/`achieved`, also in Chinese.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case expected, achieved
        init?(argument: String) {
            switch argument {
            case "expected", "预期目标", "预期": self = .expected
            case "achieved", "实际完成情况", "实际完成", "完成情况": self = .achieved
            default: return nil
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出目标及其序号。", "List the goals with their ids.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("GOAL LIST", address.words)) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: L("添加一条目标；回复 id= 为其序号。", "Add a goal item; the reply's id= is its id."),
            discussion: L(
                "例：jixiao goal add hongjiang 2024 dept --kind expected \"举全局之力争取先进单位\"",
                "Example: jixiao goal add hongjiang 2024 dept --kind expected \"举全局之力争取先进单位\""
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @Option(help: help("expected（预期目标）或 achieved（实际完成情况）。", "expected (预期目标) or achieved (实际完成情况)."))
        var kind: Kind
        @Argument(help: help("目标内容。", "The text.")) var text: String
        func run() throws {
            try options.run(
                Line.make("GOAL ADD", address.words, Line.keyed([("kind", kind.rawValue), ("text", text)]))
            )
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L("修改一条目标。", "Change a goal item.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ItemAddress
        @Option(help: help("expected 或 achieved。", "expected or achieved.")) var kind: Kind?
        @Option(help: help("目标内容。", "The text.")) var text: String?
        func validate() throws { try Nothing.toChange(kind == nil && text == nil) }
        func run() throws {
            try options.run(
                Line.make("GOAL UPDATE", address.words, Line.keyed([("kind", kind?.rawValue), ("text", text)]))
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除一条目标。", "Delete a goal item.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ItemAddress
        func run() throws { try options.run(Line.make("GOAL DELETE", address.words)) }
    }
}

/// `jixiao group`: the weights the form prints for indicator groups (产出指标（50分）).
struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: L(
            "指标分组的分值（如“产出指标（50分）”“数量指标（20分）”）：填写、列出、删除。",
            "Printed weights of indicator groups: set, list, delete."
        ),
        discussion: L(
            "填入绩效指标表一级、二级指标单元格中所印的分值，系统与其下三级指标分值之和核对。",
            "The weight printed in a level-1 or level-2 cell of the indicator table, checked against its indicators' weights."
        ),
        subcommands: [List.self, Set.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出分组分值及其三级指标分值之和。", "List group weights beside their indicators' sum.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("GROUP LIST", address.words)) }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: L("填写一个分组的分值。", "Set a group's printed weight."),
            discussion: L(
                "例：jixiao group set hongjiang 2024 dept --level1 产出指标 --level2 数量指标 --weight 20",
                "Example: jixiao group set hongjiang 2024 dept --level1 产出指标 --level2 数量指标 --weight 20"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @OptionGroup var fields: GroupFields
        func validate() throws {
            if fields.level1 == nil || fields.weight == nil {
                throw ValidationError(L("须给出 --level1 和 --weight", "--level1 and --weight are required"))
            }
        }
        func run() throws { try options.run(Line.make("GROUP SET", address.words, fields.words)) }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除一个分组的分值。", "Delete a group's printed weight.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @Option(help: help("一级指标。", "The level-1 group.")) var level1: String
        @Option(help: help("二级指标。", "The level-2 group.")) var level2: String?
        func run() throws {
            try options.run(
                Line.make("GROUP DELETE", address.words, Line.keyed([("level1", level1), ("level2", level2)]))
            )
        }
    }
}
