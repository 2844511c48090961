public import JixiaoCore

/// `WATCH [unit [year [owner]]] [from=seq]`: a subscription to committed changes.
public struct WatchRequest: Sendable, Equatable {
    /// What to watch: `nil` for everything, else a unit, a unit-year or an expenditure
    /// (with everything inside it).
    public var scope: ObjectKey?
    /// The last sequence the watcher saw: events resume after it. `nil` starts with the
    /// next committed change.
    public var from: Int64?

    /// Creates a request.
    public init(scope: ObjectKey? = nil, from: Int64? = nil) {
        self.scope = scope
        self.from = from
    }

    /// Whether a change to `key` (the object it touched; `nil` for vocabulary and rule
    /// sets) is in this watch's scope. A deletion of the scope itself or of what holds it is
    /// in scope too (the watched object went with it).
    public func covers(_ key: ObjectKey?, deleting: Bool) -> Bool {
        guard let scope else { return true }
        guard let key else { return false }
        return scope.encloses(key) || (deleting && key.encloses(scope))
    }
}
