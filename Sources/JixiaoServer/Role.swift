/// What a connected user may do, from least to most.
public enum Role: Int, Sendable, Comparable, CustomStringConvertible {
    /// May not use the daemon beyond HELLO, PING, HELP, FORMAT and QUIT.
    case nobody
    /// May query and export everything.
    case read
    /// May also change the data of the units granted to operators.
    case `operator`
    /// May do everything: lock and reopen years, manage check rules and vocabulary,
    /// create and delete units.
    case admin

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .nobody: "none"
        case .read: "read"
        case .operator: "operator"
        case .admin: "admin"
        }
    }
}
