import Synchronization

/// One storage for each of the texts a model repeats in every indicator row: the level
/// names (产出指标 / 社会效益指标), the indicator names carried from year to year, qualitative
/// targets. A Swift string of more than 15 UTF-8 bytes (five Chinese characters) lives on the
/// heap, so two million indicators held two million copies of a few dozen names; a text
/// shared through here is one heap string referenced by every row that holds it.
///
/// Process-wide and bounded: texts of 16 to 256 bytes only (shorter ones are stored inside
/// the string value itself; longer ones rarely repeat), at most ``capacity`` of them; a text
/// that no longer occurs stays until the process ends (a few hundred kilobytes at most).
/// Sharing changes no value: a shared text is equal to the one given.
enum SharedText {
    /// The most distinct texts kept.
    static let capacity = 65_536

    private static let table = Mutex<Set<String>>([])

    /// `text`, or an equal string already stored (shares its storage).
    static func shared(_ text: String) -> String {
        let length = text.utf8.count
        guard length > 15, length <= 256 else { return text }
        return table.withLock { texts in
            if let found = texts.firstIndex(of: text) { return texts[found] }
            if texts.count < capacity { texts.insert(text) }
            return text
        }
    }

    /// `text` shared, or `nil` for `nil`.
    static func shared(_ text: String?) -> String? {
        text.map { shared($0) }
    }
}
