/// Splits one request line into words.
///
/// The grammar (see `Protocol/PROTOCOL.md`): words are separated by spaces or tabs; a
/// double-quoted part may hold spaces and the escapes `\"`, `\\`, `\n`, `\t`, `\r`; quoted
/// and bare parts with no space between them join into one word (`name="洪江 市"`); a
/// word starting with `key=` (key: `[a-z_][a-z0-9_]*`, unquoted) is a keyed argument.
/// Control characters other than tab are refused anywhere in the line.
public enum LineLexer {
    /// Splits a line.
    /// - Parameter line: one line without its terminator.
    /// - Returns: the words in order.
    /// - Throws: ``ProtocolError`` with code ``ErrorCode/syntax``.
    public static func words(_ line: String) throws(ProtocolError) -> [Word] {
        var words: [Word] = []
        var current: [UInt8] = []
        var inWord = false
        var keyLength: Int? = nil
        var keyCandidate = true  // every byte so far is unquoted and fits a key
        var bytes = line.utf8.makeIterator()
        var column = 0

        func finish() {
            guard inWord else { return }
            if let keyLength {
                let key = String(decoding: current[..<keyLength], as: UTF8.self)
                let value = String(decoding: current[(keyLength + 1)...], as: UTF8.self)
                words.append(Word(value, key: key))
            } else {
                words.append(Word(String(decoding: current, as: UTF8.self)))
            }
            current.removeAll(keepingCapacity: true)
            inWord = false
            keyLength = nil
            keyCandidate = true
        }

        while let byte = bytes.next() {
            column += 1
            switch byte {
            case 0x20, 0x09:
                finish()
            case 0x22:  // "
                inWord = true
                keyCandidate = false
                try readQuoted(&bytes, into: &current, column: &column)
            case 0x00..<0x20, 0x7F:
                throw ProtocolError(.syntax, "control character 0x\(String(byte, radix: 16)) at column \(column)")
            default:
                if byte == 0x3D, keyCandidate, keyLength == nil, !current.isEmpty {  // '=' ending a key
                    keyLength = current.count
                } else if keyLength == nil, keyCandidate, !isKeyByte(byte, first: current.isEmpty) {
                    keyCandidate = false
                }
                inWord = true
                current.append(byte)
            }
        }
        finish()
        return words
    }

    private static func isKeyByte(_ byte: UInt8, first: Bool) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || (!first && byte >= 0x30 && byte <= 0x39)
    }

    private static func readQuoted(
        _ bytes: inout String.UTF8View.Iterator,
        into word: inout [UInt8],
        column: inout Int
    ) throws(ProtocolError) {
        let start = column
        while let byte = bytes.next() {
            column += 1
            switch byte {
            case 0x22:
                return
            case 0x5C:  // backslash
                column += 1
                switch bytes.next() {
                case 0x22: word.append(0x22)
                case 0x5C: word.append(0x5C)
                case 0x6E: word.append(0x0A)
                case 0x74: word.append(0x09)
                case 0x72: word.append(0x0D)
                case nil: throw ProtocolError(.syntax, "unterminated escape at column \(column - 1)")
                case let other?:
                    throw ProtocolError(
                        .syntax,
                        "unknown escape \\\(excerpt(String(decoding: [other], as: UTF8.self))) at column \(column - 1)"
                    )
                }
            case 0x09:
                word.append(byte)
            case 0x00..<0x20, 0x7F:
                throw ProtocolError(.syntax, "control character 0x\(String(byte, radix: 16)) at column \(column)")
            default:
                word.append(byte)
            }
        }
        throw ProtocolError(.syntax, "unbalanced quote: the string opened at column \(start) is not closed")
    }
}
