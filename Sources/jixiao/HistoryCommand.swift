import ArgumentParser
import JixiaoProtocol

/// `jixiao history`: an object's changes from the journal.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: L(
            "查看对象的修改历史：何时、何人、修改前后的内容。",
            "An object's changes from the journal: when, who, and the fields before and after."
        ),
        discussion: L(
            "对象为路径（hongjiang、hongjiang/2024、hongjiang/2024/jicha、hongjiang/2024/dept/indicator/peixun、hongjiang/2024/jicha/payment/3）或单位加年度；其历史包含其中的各对象。--from、--to 为北京时间（末尾加 Z 或 ±HH:MM 除外），只给日期即整天。终端上时间显示为北京时间，管道中为 UTC。",
            "The object is a path (hongjiang, hongjiang/2024, hongjiang/2024/jicha, hongjiang/2024/dept/indicator/peixun, hongjiang/2024/jicha/payment/3) or a unit and a year; its history includes the objects inside it. --from and --to are China time unless they end in Z or ±HH:MM; a date alone is the whole day. Times show in China time on a terminal, UTC when piped."
        )
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: help("对象路径，或单位代码。", "The object's path, or a unit.")) var object: String
    @Argument(help: help("财政年度（与单位代码一起）。", "The fiscal year (with a unit).")) var year: String?
    @Option(help: help("最早的修改：日期或时间。", "The earliest change: a date or time.", value: "time")) var from: String?
    @Option(help: help("最晚的修改：日期（整天）或时间。", "The latest change: a date (the whole day) or time.", value: "time")) var to:
        String?

    func run() throws {
        try options.run(
            Line.make("HISTORY", [object] + (year.map { [$0] } ?? []), Line.keyed([("from", from), ("to", to)]))
        )
    }
}
