/// A request line split into its command and arguments, before the arguments are typed.
public struct Request: Sendable, Equatable {
    /// The command's name, upper case: `PROJECT LIST`.
    public var name: String
    /// The positional arguments after the name.
    public var arguments: [String]
    /// The `key=value` arguments, in the order given.
    public var options: [(key: String, value: String)]
    /// The revision a `IF REV=n` prefix expects the changed object to have, if any.
    public var expectedRevision: Int64?
    /// The point an `AT SEQ n` or `AT <time>` prefix asks the query at, if any.
    public var asOf: AsOf?

    public static func == (lhs: Request, rhs: Request) -> Bool {
        lhs.name == rhs.name && lhs.arguments == rhs.arguments && lhs.expectedRevision == rhs.expectedRevision
            && lhs.asOf == rhs.asOf
            && lhs.options.map(\.key) == rhs.options.map(\.key) && lhs.options.map(\.value) == rhs.options.map(\.value)
    }

    /// Splits a line into a request. A blank line, or a comment (first non-blank
    /// character `#`), gives `nil`: it gets no reply.
    /// - Throws: ``ProtocolError`` for bad syntax or an unknown command.
    public init?(line: String) throws(ProtocolError) {
        if line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "#") { return nil }
        var words = try LineLexer.words(line)[...]
        if let first = words.first, first.key == nil, first.text.uppercased() == "AT" {
            (asOf, words) = try Self.asOf(words.dropFirst())
        }
        if let first = words.first, first.key == nil, first.text.uppercased() == "IF" {
            words = words.dropFirst()
            guard let condition = words.first, let revision = Self.revision(in: condition), revision >= 0 else {
                throw ProtocolError(.badArgument, "IF takes REV=n (a revision, 0 for an object that must not exist)")
            }
            expectedRevision = revision
            words = words.dropFirst()
            guard !words.isEmpty else { throw ProtocolError(.arity, "IF REV=n needs a command after it") }
        }
        guard let first = words.first else { return nil }
        guard first.key == nil else {
            throw ProtocolError(.unknownCommand, "a request starts with a command, not '\(excerpt(first.key!))='")
        }
        var name = first.text.uppercased()
        var rest = words.dropFirst()
        if CommandTable.groups.contains(name) {
            guard let second = rest.first, second.key == nil else {
                throw ProtocolError(.unknownCommand, "'\(excerpt(name))' needs a subcommand; try HELP \(excerpt(name))")
            }
            name += " " + second.text.uppercased()
            rest = rest.dropFirst()
        }
        self.name = name
        self.arguments = rest.filter { $0.key == nil }.map(\.text)
        self.options = rest.compactMap { word in word.key.map { (key: $0, value: word.text) } }
    }

    /// The point after `AT` (`SEQ n` or a time) and the words after it.
    private static func asOf(_ words: ArraySlice<Word>) throws(ProtocolError) -> (AsOf, ArraySlice<Word>) {
        guard let first = words.first, first.key == nil else {
            throw ProtocolError(.arity, "AT takes SEQ n or a time (2024-06-30T18:00, China time), then a query")
        }
        var rest = words.dropFirst()
        let point: AsOf
        if first.text.uppercased() == "SEQ" {
            guard let number = rest.first, number.key == nil, let sequence = Int64(number.text), sequence >= 0 else {
                throw ProtocolError(.badValue, "AT SEQ takes a journal sequence number (0 or more)")
            }
            point = .sequence(sequence)
            rest = rest.dropFirst()
        } else {
            point = .time(milliseconds: try MomentText.milliseconds(parsing: first.text, day: .end))
        }
        guard !rest.isEmpty else { throw ProtocolError(.arity, "AT \(point) needs a query after it") }
        return (point, rest)
    }

    /// The `n` of `REV=n` (the lexer makes a key only of a lower-case word, so `REV=n` is
    /// positional).
    private static func revision(in word: Word) -> Int64? {
        if let key = word.key { return key.uppercased() == "REV" ? Int64(word.text) : nil }
        guard word.text.uppercased().hasPrefix("REV=") else { return nil }
        return Int64(word.text.dropFirst(4))
    }
}
