import ArgumentParser

/// `jixiao unit`: the bureaus (单位) the daemon keeps.
struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: L("单位：列出、查看、新建、修改、删除。", "Units (单位): list, get, create, update, delete."),
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: L("列出所有单位。", "List the units."))
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run("UNIT LIST") }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: L("查看一个单位。", "Show one unit."))
        @OptionGroup var options: ClientOptions
        @Argument(help: help("单位代码，如 hongjiang。", "The unit's code, e.g. hongjiang.")) var unit: String
        func run() throws { try options.run(Line.make("UNIT GET", [unit])) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: L("新建单位（管理员）。", "Create a unit (admin)."),
            discussion: L(
                "例：jixiao unit create hongjiang --name 洪江市医疗保障局 --level 市 --offices 办公室、规划财务室",
                "Example: jixiao unit create hongjiang --name 洪江市医疗保障局 --level 市"
            )
        )
        @OptionGroup var options: ClientOptions
        @Argument(
            help: help(
                "单位代码：小写英文字母、数字、- 和 _（如 hongjiang）。",
                "The unit's code: lower-case ASCII letters, digits, - and _."
            )
        )
        var unit: String
        @OptionGroup var fields: UnitFields
        func validate() throws {
            if fields.name == nil { throw ValidationError(L("缺少 --name（单位全称）", "--name is required")) }
        }
        func run() throws { try options.run(Line.make("UNIT CREATE", [unit], fields.words)) }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L("修改单位的信息；取值为空（--supervisor ''）即清除。", "Change a unit's fields; an empty value clears one.")
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: help("单位代码。", "The unit's code.")) var unit: String
        @OptionGroup var fields: UnitFields
        @OptionGroup var revision: RevisionOptions
        func validate() throws { try Nothing.toChange(fields.isEmpty) }
        func run() throws {
            try revision.run(
                Line.make("UNIT UPDATE", [unit], fields.words),
                get: Line.make("UNIT GET", [unit]),
                options: options
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除没有任何年度的单位（管理员）。", "Delete a unit that has no years (admin).")
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: help("单位代码。", "The unit's code.")) var unit: String
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(Line.make("UNIT DELETE", [unit]), get: Line.make("UNIT GET", [unit]), options: options)
        }
    }
}

/// The usage error of an update that changes nothing.
enum Nothing {
    /// Throws when no field was given.
    static func toChange(_ empty: Bool) throws {
        if empty {
            throw ValidationError(
                L(
                    "没有要修改的内容：请至少给出一个选项（--help 列出可改的项）",
                    "nothing to change: give at least one option (--help lists them)"
                )
            )
        }
    }
}
