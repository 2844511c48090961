import JixiaoCore

/// Turns a request line into a typed ``Command``, checking arity, keys and values.
public enum CommandParser {
    /// Parses one line. An empty (or all-blank) line gives `nil`.
    /// - Throws: ``ProtocolError`` naming what is wrong.
    public static func parse(_ line: String) throws(ProtocolError) -> Command? {
        guard let request = try Request(line: line) else { return nil }
        return try parse(request)
    }

    /// Types a request's arguments.
    /// - Throws: ``ProtocolError`` naming what is wrong.
    public static func parse(_ request: Request) throws(ProtocolError) -> Command {
        guard let spec = CommandTable.spec(named: request.name) else {
            throw ProtocolError(.unknownCommand, "unknown command '\(excerpt(request.name))'; HELP lists them")
        }
        var arguments = Arguments(request: request, spec: spec)
        if spec.name == "HELP" {
            // HELP takes the name of a command, which may itself be two words.
            guard request.options.isEmpty, request.arguments.count <= 2 else {
                throw ProtocolError(.arity, "usage: HELP [command]")
            }
            return .help(request.arguments.isEmpty ? nil : request.arguments.joined(separator: " ").uppercased())
        }
        try arguments.checkShape()
        do {
            return try command(spec.name, &arguments)
        } catch let error as DomainError {
            throw ProtocolError(error)
        } catch let error as ProtocolError {
            throw error
        } catch {
            throw ProtocolError(.internal, "\(error)")
        }
    }

    private static func command(_ name: String, _ a: inout Arguments) throws -> Command {
        switch name {
        case "HELLO": return .hello
        case "PING": return .ping
        case "QUIT": return .quit
        case "FORMAT":
            guard let format = RowFormat(rawValue: a.positional(0).lowercased()) else {
                throw ProtocolError(.badValue, "FORMAT takes tsv or json")
            }
            return .format(format)
        case "UNIT CREATE": return .change(.createUnit(try a.unit(), name: try a.required("name")))
        case "UNIT UPDATE":
            let unit = try a.unit()
            guard let name = a.optional("name") else { throw ProtocolError(.badArgument, "nothing to update") }
            return .change(.updateUnit(unit, name: name))
        case "UNIT DELETE": return .change(.deleteUnit(try a.unit()))
        case "UNIT GET": return .unitGet(try a.unit())
        case "UNIT LIST": return .unitList
        case "YEAR CREATE": return .change(.createYear(try a.unit(), try a.year()))
        case "YEAR DELETE": return .change(.deleteYear(try a.unit(), try a.year()))
        case "YEAR GET": return .yearGet(try a.unit(), try a.year())
        case "YEAR LIST": return .yearList(a.count > 0 ? try a.unit() : nil)
        case "PROJECT CREATE":
            let budget = ProjectBudget(
                initial: try a.money("budget_initial"),
                full: try a.money("budget_full"),
                executed: try a.money("executed")
            )
            return .change(
                .createProject(
                    try a.unit(),
                    try a.year(),
                    try a.project(),
                    name: try a.required("name"),
                    budget: budget
                )
            )
        case "PROJECT UPDATE":
            let key = (try a.unit(), try a.year(), try a.project())
            let edit = ProjectEdit(
                name: a.optional("name"),
                initial: try a.moneyEdit("budget_initial"),
                full: try a.moneyEdit("budget_full"),
                executed: try a.moneyEdit("executed")
            )
            guard !edit.isEmpty else { throw ProtocolError(.badArgument, "nothing to update") }
            return .change(.updateProject(key.0, key.1, key.2, edit))
        case "PROJECT DELETE": return .change(.deleteProject(try a.unit(), try a.year(), try a.project()))
        case "PROJECT GET": return .projectGet(try a.unit(), try a.year(), try a.project())
        case "PROJECT LIST": return .projectList(try a.unit(), try a.year())
        case "STATUS": return .status
        case "DEBUG STALL":
            guard let seconds = Int(a.positional(0)), (1...CommandTable.longestStall).contains(seconds) else {
                throw ProtocolError(.badValue, "DEBUG STALL takes 1 to \(CommandTable.longestStall) seconds")
            }
            return .debugStall(seconds: seconds)
        default:
            throw ProtocolError(.internal, "command \(name) has no parser")
        }
    }
}

/// A request's arguments as a command's parser consumes them.
struct Arguments {
    let request: Request
    let spec: CommandSpec
    private var next = 0

    init(request: Request, spec: CommandSpec) {
        self.request = request
        self.spec = spec
    }

    var count: Int { request.arguments.count }

    /// Checks the positional count and that every key is known, given once, and present
    /// when required.
    func checkShape() throws(ProtocolError) {
        let most = spec.arguments.count
        let least = most - spec.optionalArguments
        guard (least...most).contains(request.arguments.count) else {
            throw ProtocolError(
                .arity,
                "\(spec.name) takes \(least == most ? "\(most)" : "\(least) to \(most)") argument(s), got \(request.arguments.count); usage: \(spec.usage)"
            )
        }
        var seen: Set<String> = []
        for (key, _) in request.options {
            guard spec.keys.contains(where: { $0.key == key }) else {
                throw ProtocolError(
                    .badArgument,
                    "\(spec.name) has no argument '\(excerpt(key))'; usage: \(spec.usage)"
                )
            }
            guard seen.insert(key).inserted else {
                throw ProtocolError(.badArgument, "'\(key)' is given twice")
            }
        }
        for key in spec.requiredKeys.sorted() where !seen.contains(key) {
            throw ProtocolError(.badArgument, "\(spec.name) needs \(key)=…; usage: \(spec.usage)")
        }
    }

    func positional(_ index: Int) -> String { request.arguments[index] }

    mutating func take() -> String {
        defer { next += 1 }
        return request.arguments[next]
    }

    mutating func unit() throws(DomainError) -> Code { try Code(take(), field: "unit") }
    mutating func project() throws(DomainError) -> Code { try Code(take(), field: "project") }
    mutating func year() throws(DomainError) -> FiscalYear { try FiscalYear(parsing: take()) }

    func optional(_ key: String) -> String? {
        request.options.first { $0.key == key }?.value
    }

    func required(_ key: String) throws(ProtocolError) -> String {
        guard let value = optional(key) else { throw ProtocolError(.badArgument, "\(key)=… is required") }
        return value
    }

    /// An amount; empty or absent means not entered.
    func money(_ key: String) throws(DomainError) -> Money? {
        guard let text = optional(key), !text.isEmpty else { return nil }
        return try Money(parsing: text)
    }

    /// An edit of an amount: absent leaves it, empty clears it.
    func moneyEdit(_ key: String) throws(DomainError) -> FieldEdit<Money>? {
        guard let text = optional(key) else { return nil }
        return text.isEmpty ? .clear : .set(try Money(parsing: text))
    }
}
