/// A byte-level fast path for the most frequent request, `FAMILY GET address…`
/// (`INDICATOR GET hongjiang 2024 dept peixun`): it reads the line's bytes without the
/// general lexer's `Word`s, its per-word `String`s and the command-name dispatch.
///
/// It recognises only plain lines: ASCII, words of bare characters separated by spaces or
/// tabs, no quote, no `=`, no `#`, no control character, a family whose GET takes only
/// positional arguments, and exactly as many of them as the GET takes. For such a line it
/// types the address with the general parser's own code (``CommandParser``), so the
/// command is the one the general path makes. Anything else, and any line whose address
/// does not type (a bad code, a bad year), gives `nil`: the caller then parses the line the
/// general way, which gives the same reply or error as before, byte for byte.
public enum GetLineParser {
    /// The families whose GET takes only positional arguments (not GROUP, which takes
    /// `level1=`), upper case.
    static let families: Set<String> = [
        "UNIT", "YEAR", "DEPT", "PROJECT", "LINE", "INDICATOR", "FACT", "ADJUSTMENT", "PAYMENT", "GOAL",
        "ALLOCATION",
    ]

    /// The most words a recognised line has: family, `GET` and four address words.
    static let maximumWords = 6

    /// The GET command of a plain `FAMILY GET address…` line, or `nil` for the general parser.
    /// - Parameter line: one line's bytes, without its terminator.
    public static func command(_ line: UnsafeRawBufferPointer) -> Command? {
        var starts = InlineArray<6, Int>(repeating: 0)
        var ends = InlineArray<6, Int>(repeating: 0)
        var count = 0
        var inWord = false
        for index in 0..<line.count {
            let byte = line[index]
            if byte == 0x20 || byte == 0x09 {
                if inWord {
                    inWord = false
                    ends[count - 1] = index
                }
                continue
            }
            // Control characters, DEL, non-ASCII, quote, `#` (a comment) and `=` (a keyed
            // argument) are the general lexer's business.
            guard byte > 0x20, byte < 0x7F, byte != 0x22, byte != 0x23, byte != 0x3D else { return nil }
            if !inWord {
                guard count < maximumWords else { return nil }
                inWord = true
                starts[count] = index
                count += 1
            }
        }
        if inWord { ends[count - 1] = line.count }
        guard count >= 3 else { return nil }
        func word(_ number: Int) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: line[starts[number]..<ends[number]])
        }
        guard isGet(word(1)) else { return nil }
        let family = String(decoding: word(0).lazy.map(uppercased), as: UTF8.self)
        guard families.contains(family) else { return nil }
        var arguments: [String] = []
        arguments.reserveCapacity(count - 2)
        for number in 2..<count { arguments.append(String(decoding: word(number), as: UTF8.self)) }
        return CommandParser.get(family: family, arguments: arguments)
    }

    /// Whether a word is `GET` in any case.
    private static func isGet(_ word: UnsafeRawBufferPointer) -> Bool {
        word.count == 3 && uppercased(word[0]) == 0x47 && uppercased(word[1]) == 0x45 && uppercased(word[2]) == 0x54
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }
}
