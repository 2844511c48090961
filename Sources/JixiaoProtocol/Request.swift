/// A request line split into its command and arguments, before the arguments are typed.
public struct Request: Sendable, Equatable {
    /// The command's name, upper case: `PROJECT LIST`.
    public var name: String
    /// The positional arguments after the name.
    public var arguments: [String]
    /// The `key=value` arguments, in the order given.
    public var options: [(key: String, value: String)]

    public static func == (lhs: Request, rhs: Request) -> Bool {
        lhs.name == rhs.name && lhs.arguments == rhs.arguments
            && lhs.options.map(\.key) == rhs.options.map(\.key) && lhs.options.map(\.value) == rhs.options.map(\.value)
    }

    /// Splits a line into a request. A blank line, or a comment (first non-blank
    /// character `#`), gives `nil`: it gets no reply.
    /// - Throws: ``ProtocolError`` for bad syntax or an unknown command.
    public init?(line: String) throws(ProtocolError) {
        if line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "#") { return nil }
        let words = try LineLexer.words(line)
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
}
