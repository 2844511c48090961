import ArgumentParser

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Projects (项目) of a unit-year: list, get, create, update, delete.",
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self]
    )

    /// The address of one project.
    struct Address: ParsableArguments {
        @Argument(help: "The unit's code, e.g. hongjiang.") var unit: String
        @Argument(help: "The fiscal year, e.g. 2024.") var year: String
        @Argument(help: "The project's code within the year, e.g. jicha.") var project: String
        var words: [String] { [unit, year, project] }
    }

    /// The budget figures, in the forms the reports write (15万元, 15万, 150000元).
    struct Figures: ParsableArguments {
        @Option(help: "The project's name.") var name: String?
        @Option(help: "年初预算数, e.g. 15万元.") var budgetInitial: String?
        @Option(help: "全年预算数 after adjustments.") var budgetFull: String?
        @Option(help: "全年执行数, what was spent.") var executed: String?
        var words: [String] {
            Line.keyed([
                ("name", name), ("budget_initial", budgetInitial), ("budget_full", budgetFull), ("executed", executed),
            ])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List a unit-year's projects with execution rates."
        )
        @OptionGroup var options: ClientOptions
        @Argument(help: "The unit's code.") var unit: String
        @Argument(help: "The fiscal year.") var year: String
        func run() throws { try options.run(Line.make("PROJECT LIST", [unit, year])) }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Show one project.")
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: Address
        func run() throws { try options.run(Line.make("PROJECT GET", address.words)) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a project with its budget figures."
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: Address
        @OptionGroup var figures: Figures
        func validate() throws {
            if figures.name == nil { throw ValidationError("--name is required") }
        }
        func run() throws { try options.run(Line.make("PROJECT CREATE", address.words, figures.words)) }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Change a project's fields; an empty value (--executed '') clears a figure."
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: Address
        @OptionGroup var figures: Figures
        func validate() throws {
            if figures.words.isEmpty { throw ValidationError("nothing to update: give --name or a figure") }
        }
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("PROJECT UPDATE", address.words, figures.words),
                get: Line.make("PROJECT GET", address.words),
                options: options
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a project.")
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: Address
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("PROJECT DELETE", address.words),
                get: Line.make("PROJECT GET", address.words),
                options: options
            )
        }
    }
}
