public import JixiaoCore

/// `HISTORY object [from=…] [to=…]`: every journaled change to an object and the objects
/// inside it, optionally between two moments.
public struct HistoryRequest: Sendable, Equatable {
    /// The object (a unit, a unit-year, an expenditure or one part).
    public var object: ObjectKey
    /// The earliest change time shown, in milliseconds since the epoch (inclusive).
    public var from: Int64?
    /// The latest change time shown, in milliseconds since the epoch (inclusive).
    public var to: Int64?

    /// Creates a request.
    public init(object: ObjectKey, from: Int64? = nil, to: Int64? = nil) {
        self.object = object
        self.from = from
        self.to = to
    }
}
