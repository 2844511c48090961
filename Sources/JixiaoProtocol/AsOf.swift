/// The point in the journal an `AT` query is asked at: a sequence number, or a moment.
///
/// A moment is resolved by the daemon to the last durable record whose time is at or
/// before it (journal times are UTC).
public enum AsOf: Sendable, Equatable, CustomStringConvertible {
    /// `AT SEQ n`: the state right after record `n` (0: the empty state).
    case sequence(Int64)
    /// `AT <time>`: milliseconds since 1970-01-01T00:00:00Z.
    case time(milliseconds: Int64)

    public var description: String {
        switch self {
        case .sequence(let sequence): "SEQ \(sequence)"
        case .time(let milliseconds): MomentText.utc(milliseconds)
        }
    }
}
