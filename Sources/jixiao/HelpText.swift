/// ArgumentParser's own words in `jixiao`'s help and usage errors, in Chinese.
///
/// swift-argument-parser writes its headings (`USAGE:`, `OPTIONS:`, …) and its usage errors
/// in English and has no hook for another language, so the finished text is translated
/// here, word for word, before it is printed. The command's own abstracts and option help
/// are already in the run's language (``L(_:_:)``).
enum HelpText {
    /// Fixed phrases of ArgumentParser, in the order they are replaced.
    static let phrases: [(String, String)] = [
        ("OVERVIEW: ", "概述："),
        ("USAGE: ", "用法："),
        ("ARGUMENTS:\n", "参数：\n"),
        ("OPTIONS:\n", "选项：\n"),
        ("SUBCOMMANDS:\n", "子命令：\n"),
        ("Show help information.", "显示帮助。"),
        ("Show the version.", "显示版本。"),
        ("(default: ", "（默认："),
        ("Error: ", "错误："),
        ("Help:  ", "帮助："),
        ("Usage: ", "用法："),
        ("Missing expected argument '", "缺少参数 '"),
        ("Unknown option '", "没有这个选项 '"),
        ("Missing value for '", "缺少取值 '"),
        ("Unexpected argument '", "多余的参数 '"),
        ("'. Did you mean '", "'，是否要用 '"),
        ("Missing one of: ", "缺少其中之一："),
        ("The value '", "取值 '"),
        ("' is invalid for '", "' 不能用于 '"),
    ]

    /// The help or usage error in the run's language.
    /// - Parameter text: what ArgumentParser wrote.
    /// - Returns: the text, translated when the run speaks Chinese.
    static func localized(_ text: String) -> String {
        guard Language.current == .zh else { return text }
        return translate(text)
    }

    /// The text with ArgumentParser's phrases in Chinese: the headings of grouped
    /// subcommands (`目标 SUBCOMMANDS:` → `目标：`) and the fixed phrases.
    static func translate(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix(" SUBCOMMANDS:"), !line.hasPrefix(" ") {
                lines.append(String(line.dropLast(" SUBCOMMANDS:".count)) + "：")
            } else if line.hasPrefix("  See '"), line.hasSuffix("<subcommand>' for detailed help.") {
                let command = line.dropFirst("  See '".count).dropLast("<subcommand>' for detailed help.".count)
                lines.append("  用 '\(command)<子命令>' 查看子命令的详细帮助。")
            } else {
                lines.append(String(line))
            }
        }
        var result = lines.joined(separator: "\n")
        for (english, chinese) in phrases { result = result.replacing(english, with: chinese) }
        // "(default: x)" closes with an ASCII parenthesis; match the full-width opening.
        return closingDefaults(result)
    }

    /// `（默认：x)` → `（默认：x）`: the ASCII parenthesis that closes a translated default.
    private static func closingDefaults(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "（默认："), let close = rest[open.upperBound...].firstIndex(of: ")") {
            result += rest[..<close] + "）"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
