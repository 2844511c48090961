#if canImport(Glibc)
import Glibc
#endif

/// The language `jixiao` speaks to people: Chinese unless the locale or `--lang` asks for
/// English.
///
/// Finance officers read Chinese, so Chinese is the default, also with no locale set. An
/// IT person who wants English says so the usual way (`LANG=C`, `LANG=en_US.UTF-8`,
/// `LC_ALL`, `LC_MESSAGES`), with `JIXIAO_LANG=en`, or with `--lang en`, which wins.
/// Only what people read changes: protocol keywords, column keys, error codes and JSON
/// keys stay ASCII in both.
enum Language: String, Sendable {
    case zh, en

    /// The language of this run, decided once from the arguments and the environment.
    static let current: Language = decide(arguments: CommandLine.arguments, environment: environment)

    /// `--lang X` or `--lang=X` on the command line, then `JIXIAO_LANG`, then the POSIX
    /// locale variables in their order of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    static func decide(arguments: [String], environment: (String) -> String?) -> Language {
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count, let chosen = named(arguments[index + 1]) {
                return chosen
            }
            if argument.hasPrefix("--lang="), let chosen = named(String(argument.dropFirst(7))) { return chosen }
            index += 1
        }
        if let chosen = environment("JIXIAO_LANG").flatMap(named) { return chosen }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(variable), !value.isEmpty else { continue }
            return locale(value)
        }
        return .zh
    }

    /// `zh`, `中文`, `en`, `english` (any case).
    static func named(_ text: String) -> Language? {
        switch text.lowercased() {
        case "zh", "cn", "chinese", "中文": .zh
        case "en", "english": .en
        default: nil
        }
    }

    /// A locale name: `C`, `POSIX`, `C.UTF-8` and `en_*` are English; anything else
    /// (`zh_CN.UTF-8`, …) is Chinese.
    static func locale(_ value: String) -> Language {
        let name = value.split(separator: ".").first.map(String.init) ?? value
        if name == "C" || name == "POSIX" || name.hasPrefix("en") { return .en }
        return .zh
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

/// The text for people in the language of this run.
/// - Parameters:
///   - zh: the Chinese text.
///   - en: the English text.
/// - Returns: one of them.
func L(_ zh: String, _ en: String) -> String {
    Language.current == .zh ? zh : en
}
