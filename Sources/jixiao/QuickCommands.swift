import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// The commands shell scripts run in loops (`jixiao ping`, `status`, `hello`,
/// `indicator get`), parsed without building the whole command tree.
///
/// `Jixiao.parseAsRoot` builds the tree of every subcommand (their configurations, help
/// texts and argument sets) before it looks at the arguments, which is most of a start-up
/// that should cost less than `redis-cli PING`. Here the leading words choose the one leaf
/// command and ArgumentParser parses the rest for that leaf alone, so options, values and
/// validation are ArgumentParser's own. Whatever does not parse cleanly that way (help,
/// `--version`, completion scripts, any usage error) is left to the whole tree, which gives
/// the messages it always gave.
enum QuickCommands {
    /// The leaf commands taken this way, by the words that name them.
    static let leaves: [(words: [String], command: any ParsableCommand.Type)] = [
        (["ping"], PingCommand.self),
        (["status"], StatusCommand.self),
        (["hello"], HelloCommand.self),
        (["indicator", "get"], IndicatorCommand.Get.self),
    ]

    /// Set (to anything) in the environment, every command line goes through the whole
    /// tree: the test that pins both ways to the same output runs each line both ways.
    static let disabledVariable = "JIXIAO_FULL_PARSE"

    /// The parsed leaf command for `arguments` (without the program's name), or `nil` when
    /// the whole tree must parse them.
    static func parse(_ arguments: [String]) -> (any ParsableCommand)? {
        guard getenv(disabledVariable) == nil else { return nil }
        guard let leaf = leaves.first(where: { arguments.starts(with: $0.words) }),
            let command = try? leaf.command.parseAsRoot(Array(arguments.dropFirst(leaf.words.count))),
            type(of: command) == leaf.command
        else { return nil }
        return command
    }
}
