/// A monitoring warning level, as 双监控 tables colour them.
public enum MonitorLevel: String, Sendable, Comparable, CaseIterable {
    /// On pace.
    case green
    /// Lagging: look at it.
    case yellow
    /// Seriously lagging, or below a checkpoint.
    case red

    private var rank: Int {
        switch self {
        case .green: 0
        case .yellow: 1
        case .red: 2
        }
    }

    public static func < (lhs: MonitorLevel, rhs: MonitorLevel) -> Bool { lhs.rank < rhs.rank }
}
