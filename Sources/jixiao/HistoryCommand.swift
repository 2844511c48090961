import ArgumentParser
import JixiaoProtocol

/// `jixiao history`: an object's changes from the journal.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "An object's changes from the journal: when, who, and the fields before and after.",
        discussion: """
            The object is a path (hongjiang, hongjiang/2024, hongjiang/2024/jicha, \
            hongjiang/2024/dept/indicator/peixun, hongjiang/2024/jicha/payment/3) or a unit and \
            a year; its history includes the objects inside it. Times are China time unless \
            they end in Z or ±HH:MM; a date alone is the whole day.
            """
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "The object's path, or a unit.") var object: String
    @Argument(help: "The fiscal year (with a unit).") var year: String?
    @Option(help: ArgumentHelp("The earliest change: a date or time.", valueName: "time")) var from: String?
    @Option(help: ArgumentHelp("The latest change: a date (the whole day) or time.", valueName: "time")) var to: String?

    func run() throws {
        try options.run(
            Line.make("HISTORY", [object] + (year.map { [$0] } ?? []), Line.keyed([("from", from), ("to", to)]))
        )
    }
}
