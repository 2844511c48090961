/// One word of a request line after quoting is resolved.
public struct Word: Sendable, Equatable {
    /// The word's text with quotes and escapes resolved.
    public var text: String
    /// For a `key=value` word, the key; `nil` for a positional word. Only an unquoted
    /// ASCII key makes a keyed word, so `"a=b"` stays positional.
    public var key: String?

    /// Creates a word.
    public init(_ text: String, key: String? = nil) {
        self.text = text
        self.key = key
    }
}
