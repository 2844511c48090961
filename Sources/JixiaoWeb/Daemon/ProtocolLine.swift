import JixiaoProtocol

/// A request line built from a command and values, every value quoted as the line grammar
/// needs (``WordQuoting``), so that nothing a person types into a form can become another
/// word, argument or request: `note=a b key=x` arrives as one note.
public struct ProtocolLine: Sendable, Equatable, CustomStringConvertible {
    /// The line as sent.
    public private(set) var text: String

    /// Starts a line with command words, which are the program's own, never a person's.
    public init(_ command: String) {
        text = command
    }

    /// Adds positional values.
    public func values(_ values: String...) -> ProtocolLine {
        var line = self
        for value in values { line.text += " " + WordQuoting.quote(value) }
        return line
    }

    /// Adds a `key=value` argument (an empty value clears the field in an update).
    public func key(_ key: String, _ value: String) -> ProtocolLine {
        var line = self
        line.text += " " + WordQuoting.keyed(key, value)
        return line
    }

    /// Adds a `key=value` argument only when the value is not empty.
    public func keyIfGiven(_ key: String, _ value: String) -> ProtocolLine {
        value.isEmpty ? self : self.key(key, value)
    }

    /// The line with an `IF REV=n` condition.
    public func ifRevision(_ revision: String) -> ProtocolLine {
        guard !revision.isEmpty, Int64(revision) != nil else { return self }
        var line = self
        line.text = "IF REV=\(revision) " + text
        return line
    }

    /// The line as the Unix user `user` makes it, through the proxy (`AS`).
    public func `as`(_ user: String) -> String {
        ProxiedRequest(user: user, request: text).line
    }

    public var description: String { text }
}
