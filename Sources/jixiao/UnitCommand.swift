import ArgumentParser

struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit",
        abstract: "Units (单位): list, get, create, update, delete.",
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the units.")
        @OptionGroup var options: ClientOptions
        func run() throws { try options.run("UNIT LIST") }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Show one unit.")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code, e.g. hongjiang.") var unit: String
        func run() throws { try options.run(Line.make("UNIT GET", [unit])) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a unit.")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code: lower-case ASCII letters, digits, - and _.") var unit: String
        @Option(help: "The unit's official name, e.g. 洪江市医疗保障局.") var name: String
        func run() throws { try options.run(Line.make("UNIT CREATE", [unit], Line.keyed([("name", name)]))) }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a unit's name.")
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code.") var unit: String
        @Option(help: "The new official name.") var name: String
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("UNIT UPDATE", [unit], Line.keyed([("name", name)])),
                get: Line.make("UNIT GET", [unit]),
                options: options
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a unit that has no years."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code.") var unit: String
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(Line.make("UNIT DELETE", [unit]), get: Line.make("UNIT GET", [unit]), options: options)
        }
    }
}
