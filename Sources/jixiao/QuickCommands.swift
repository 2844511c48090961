#if canImport(Glibc)
import Glibc
#endif

/// The commands shell scripts run in loops (`jixiao ping`, `status`, `hello`,
/// `indicator get`), recognised before ArgumentParser runs at all.
///
/// ArgumentParser spends most of a start-up that should cost less than `redis-cli PING`
/// on reflection: `Jixiao.parseAsRoot` builds the tree of every subcommand, and even one
/// leaf parsed alone costs the runtime's conformance scans over the whole binary (its
/// argument set, then two trial parses for `--generate-completion-script`). These few
/// commands take only the shared client options and plain arguments, so a line made of
/// exactly those — each option at most once, no value or argument that starts with `-`,
/// valid values, the right count of arguments — is read here and sent as the command
/// would send it. Anything else (help, `--version`, completion scripts, any usage error, a
/// form ArgumentParser might read otherwise) returns `nil` and goes through the tree as
/// always, with the messages it always gave. QuickCommandTests pins both ways to the same
/// output, messages and exit codes.
enum QuickCommands {
    /// A command line read here: the request it sends and the options it sends it with.
    struct Recognised {
        var line: String
        var options: ClientOptions
    }

    /// The commands read this way: the words that name them, their request, and how many
    /// arguments it takes (`indicator get`: unit, year, owner, code, as `CodedAddress`).
    static let commands: [(words: [String], request: String, arguments: Int)] = [
        (["ping"], "PING", 0),
        (["status"], "STATUS", 0),
        (["hello"], "HELLO", 0),
        (["indicator", "get"], "INDICATOR GET", 4),
    ]

    /// The shared client options (``ClientOptions``) that take a value, and the flags.
    /// Arrays, not sets: the first `Set<String>` or `Dictionary` of a run makes the runtime
    /// look up `String: Hashable` by scanning every conformance record of the binary.
    static let valueOptions = ["--socket", "--at", "--timeout", "--lang"]
    static let flags = ["--json", "--table"]

    /// Set (to anything) in the environment, every command line goes through the whole
    /// tree: the test that pins both ways to the same output runs each line both ways.
    static let disabledVariable = "JIXIAO_FULL_PARSE"

    /// The request and options of `arguments` (without the program's name), or `nil` when
    /// ArgumentParser must read them.
    static func recognise(_ arguments: [String]) -> Recognised? {
        guard getenv(disabledVariable) == nil,
            let command = commands.first(where: { arguments.starts(with: $0.words) })
        else { return nil }
        var values: [(name: String, value: String)] = []
        var given: [String] = []
        var positional: [String] = []
        var rest = arguments.dropFirst(command.words.count)
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                // `help` is a word ArgumentParser may read as a request for help.
                guard !argument.isEmpty, argument != "help" else { return nil }
                positional.append(argument)
                continue
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            guard !given.contains(name) else { return nil }
            given.append(name)
            if flags.contains(name) {
                guard value == nil else { return nil }
                continue
            }
            guard valueOptions.contains(name) else { return nil }
            if value == nil { value = rest.popFirst() }
            guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            values.append((name, value))
        }
        func value(_ name: String) -> String? { values.first { $0.name == name }?.value }
        guard positional.count == command.arguments else { return nil }
        // ClientOptions.validate's rules: a value it would refuse is ArgumentParser's to report.
        var timeout: Double?
        if let text = value("--timeout") {
            guard let seconds = Double(text), seconds >= 0, seconds.isFinite else { return nil }
            timeout = seconds
        }
        if let language = value("--lang"), Language.named(language) == nil { return nil }
        var options = ClientOptions()
        options.socket = value("--socket")
        options.json = given.contains("--json")
        options.table = given.contains("--table")
        options.at = value("--at")
        options.timeout = timeout
        options.language = value("--lang")
        return Recognised(line: Line.make(command.request, positional), options: options)
    }
}
