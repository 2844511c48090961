/// What one protocol command looks like: the single source for dispatch, arity errors,
/// `HELP` and the client's documentation (the way Redis keeps one command table).
public struct CommandSpec: Sendable {
    /// The command's name as typed, upper case: `PING`, `PROJECT CREATE`.
    public let name: String
    /// The positional arguments, in order, as they are shown in usage (`unit`, `year`).
    public let arguments: [String]
    /// How many of the trailing positional arguments may be left out.
    public let optionalArguments: Int
    /// The `key=value` arguments it accepts, with what each means.
    public let keys: [(key: String, meaning: String)]
    /// Keys that must be given.
    public let requiredKeys: Set<String>
    /// One line saying what it does.
    public let summary: String
    /// Whether it changes the model (and so is journaled).
    public let mutates: Bool

    /// Creates a spec.
    public init(
        _ name: String,
        arguments: [String] = [],
        optional: Int = 0,
        keys: [(String, String)] = [],
        required: Set<String> = [],
        mutates: Bool = false,
        summary: String
    ) {
        self.name = name
        self.arguments = arguments
        self.optionalArguments = optional
        self.keys = keys.map { (key: $0.0, meaning: $0.1) }
        self.requiredKeys = required
        self.summary = summary
        self.mutates = mutates
    }

    /// The usage line: `PROJECT CREATE unit year code name=… [budget_initial=…]`.
    public var usage: String {
        var parts = [name]
        for (index, argument) in arguments.enumerated() {
            parts.append(index >= arguments.count - optionalArguments ? "[\(argument)]" : argument)
        }
        for (key, _) in keys {
            parts.append(requiredKeys.contains(key) ? "\(key)=…" : "[\(key)=…]")
        }
        return parts.joined(separator: " ")
    }
}
