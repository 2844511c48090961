extension CommandParser {
    /// The GET of a family, typed by the general parser's own steps (the spec's shape
    /// check, then the family's key parser), or `nil` when any step refuses it: the general
    /// parser then gives the refusal itself, with its words. Used by ``GetLineParser``.
    static func get(family: String, arguments: [String]) -> Command? {
        let request = Request(name: family + " GET", arguments: arguments)
        guard let spec = CommandTable.spec(named: request.name) else { return nil }
        let parsed = Arguments(request: request, spec: spec)
        do {
            try parsed.checkShape()
            return .get(try objectKey(family, parsed))
        } catch {
            return nil
        }
    }
}

extension Request {
    /// A request of positional arguments only, without a prefix.
    init(name: String, arguments: [String]) {
        self.name = name
        self.arguments = arguments
        self.options = []
    }
}
