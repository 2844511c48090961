extension StringProtocol {
    /// Whether the text holds a control character (general category Cc: U+0000–U+001F and
    /// U+007F–U+009F), optionally allowing line feeds and tabs. Read from the UTF-8 bytes
    /// (U+0080–U+009F are `C2 80`–`C2 9F`) instead of each scalar's Unicode properties: every
    /// text field of every replayed record is checked.
    func containsControlCharacter(allowingLineBreaksAndTabs: Bool = false) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte < 0x20 {
                if !(allowingLineBreaksAndTabs && (byte == 0x0A || byte == 0x09)) { return true }
            } else if byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// Whether the text has at most `limit` characters: without counting them when it has no
    /// more bytes than that (a character has at least one byte).
    func hasAtMost(_ limit: Int) -> Bool {
        utf8.count <= limit || count <= limit
    }
}
