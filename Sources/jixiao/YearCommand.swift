import ArgumentParser

struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "Fiscal years of a unit: list, get, create, delete.",
        subcommands: [List.self, Get.self, Create.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List years with their project totals."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "Only this unit's years.") var unit: String?
        func run() throws { try options.run(Line.make("YEAR LIST", unit.map { [$0] } ?? [])) }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Show a unit-year with its project totals."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code.") var unit: String
        @Argument(help: "The fiscal year, e.g. 2024.") var year: String
        func run() throws { try options.run(Line.make("YEAR GET", [unit, year])) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Open a fiscal year for a unit."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code.") var unit: String
        @Argument(help: "The fiscal year.") var year: String
        func run() throws { try options.run(Line.make("YEAR CREATE", [unit, year])) }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a year that has no projects."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code.") var unit: String
        @Argument(help: "The fiscal year.") var year: String
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("YEAR DELETE", [unit, year]),
                get: Line.make("YEAR GET", [unit, year]),
                options: options
            )
        }
    }
}
