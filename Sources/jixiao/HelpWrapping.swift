import JixiaoReports

/// Wraps help text to the terminal by display width, so that Chinese (two columns a
/// character) lines up as English does.
///
/// swift-argument-parser wraps by characters, which makes a line of Chinese twice as wide
/// as the terminal. Its help is therefore rendered unwrapped and wrapped here: each line
/// keeps the hanging indent the help layout gave it (the options' text column, the usage
/// line's), and breaks at spaces or between Chinese characters, never before closing
/// punctuation.
enum HelpWrapping {
    /// Characters that never begin a line.
    static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "）", "」", "”", "’", "！", "？", ")", ",", ".", ";", ":",
    ]

    /// Characters that never end a line.
    static let opening: Set<Character> = ["（", "「", "“", "‘", "《"]

    /// The text with every line wrapped to `width` display columns.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// One line wrapped, continuation lines indented under the text's start.
    static func wrapLine(_ line: String, width: Int) -> String {
        guard DisplayWidth.of(line) > width else { return line }
        let indent = hangingIndent(line)
        var head = ""
        var body = Substring(line)
        while DisplayWidth.of(head) < indent, let first = body.first {
            head.append(first)
            body = body.dropFirst()
        }
        let pad = String(repeating: " ", count: indent)
        let room = max(width - indent, 20)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var pendingSpace = false
        for token in tokens(String(body)) {
            if token == " " {
                pendingSpace = currentWidth > 0
                continue
            }
            let tokenWidth = DisplayWidth.of(token)
            let spaceWidth = pendingSpace ? 1 : 0
            if currentWidth + spaceWidth + tokenWidth > room, currentWidth > 0 {
                lines.append(current)
                current = token
                currentWidth = tokenWidth
            } else {
                current += (pendingSpace ? " " : "") + token
                currentWidth += spaceWidth + tokenWidth
            }
            pendingSpace = false
        }
        lines.append(current)
        return head + lines.joined(separator: "\n" + pad)
    }

    /// Where continuation lines start: the text column of an option or subcommand entry
    /// (`  --name <name>    text`), 7 after `USAGE: `/`用法：`, else the leading spaces.
    static func hangingIndent(_ line: String) -> Int {
        if line.hasPrefix("USAGE: ") || line.hasPrefix("用法：") { return 7 }
        let characters = Array(line)
        let leading = characters.prefix { $0 == " " }.count
        guard leading > 0, leading < 6 else { return leading }
        var index = leading
        while index + 1 < characters.count {
            if characters[index] == " ", characters[index + 1] == " " {
                var start = index
                while start < characters.count, characters[start] == " " { start += 1 }
                return start < characters.count ? DisplayWidth.of(String(characters[..<start])) : leading
            }
            index += 1
        }
        return leading
    }

    /// Spaces, ASCII words, and single wide characters (closing punctuation joined to what
    /// precedes it), in order; leading spaces are kept as one token.
    static func tokens(_ line: String) -> [String] {
        var tokens: [String] = []
        let characters = Array(line)
        let leading = characters.prefix { $0 == " " }.count
        var word = String(repeating: " ", count: leading)
        func wide(_ character: Character) -> Bool { DisplayWidth.of(String(character)) > 1 }
        func flush() {
            if !word.isEmpty { tokens.append(word) }
            word = ""
        }
        for character in characters.dropFirst(leading) {
            if character == " " {
                flush()
                tokens.append(" ")
            } else if closing.contains(character) {
                word.append(character)
            } else if opening.contains(character) {
                if !word.allSatisfy({ opening.contains($0) }) { flush() }
                word.append(character)
            } else if wide(character) {
                // An opening bracket or quote stays with what follows it.
                if !word.allSatisfy({ opening.contains($0) }) { flush() }
                word.append(character)
            } else {
                // A break may follow a wide character, not an ASCII one within a word.
                if let last = word.last, wide(last), !opening.contains(last) { flush() }
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }
}
