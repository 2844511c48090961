import OrderedCollections

/// Lookups that lend an object in place instead of returning a copy.
///
/// ``ModelState/expenditure(_:)`` returns the expenditure by value, through copies of the
/// `Unit`, the `UnitYear` and the `Project` on the way (a retain and a release of every
/// reference a copy holds): in the profile of a GET that walk was an eighth of the
/// daemon's time. These call a closure with the object borrowed where it is stored, and
/// throw the same ``DomainError``s in the same order as the copying lookups.
extension ModelState {
    /// Calls `body` with the expenditure borrowed in place.
    /// - Throws: ``DomainError/notFound(_:)`` for the unit, the year or the project, as
    ///   ``expenditure(_:)`` does.
    public func withExpenditure<Result>(
        _ key: ExpenditureKey,
        _ body: (borrowing Expenditure) -> Result
    ) throws(DomainError) -> Result {
        let found: Lookup<Result>? = units.withValue(forKey: key.unit) { unit in
            unit.years.withValue(forKey: key.year) { year -> Lookup<Result> in
                switch key.owner {
                case .department:
                    return .found(body(year.department))
                case .project(let code):
                    return year.projects.withValue(forKey: code) { project in .found(body(project.expenditure)) }
                        ?? .missing(.notFound(.project(key.unit, key.year, code)))
                }
            } ?? .missing(.notFound(.year(key.unit, key.year)))
        }
        switch found ?? .missing(.notFound(.unit(key.unit))) {
        case .found(let result): return result
        case .missing(let error): throw error
        }
    }

    /// Calls `body` with the indicator borrowed in place, or throws what a GET of it
    /// throws.
    /// - Throws: ``DomainError/notFound(_:)`` for the unit, the year, the project or the
    ///   indicator (the last as `.part(key, .indicator(code))`).
    public func withIndicator<Result>(
        _ key: ExpenditureKey,
        _ code: Code,
        _ body: (borrowing Indicator) -> Result
    ) throws(DomainError) -> Result {
        let found = try withExpenditure(key) { expenditure in
            expenditure.indicators.withValue(forKey: code, body)
        }
        guard let found else { throw .notFound(.part(key, .indicator(code))) }
        return found
    }
}

/// What a nested lookup found: the closure's result, or the first missing step.
private enum Lookup<Result> {
    case found(Result)
    case missing(DomainError)
}

extension OrderedDictionary {
    /// Calls `body` with the value for `key` borrowed in the dictionary's storage (no copy
    /// of the value), or returns `nil` when there is none.
    func withValue<Result>(forKey key: Key, _ body: (borrowing Value) -> Result) -> Result? {
        guard let index = index(forKey: key) else { return nil }
        return values.withUnsafeBufferPointer { body($0[index]) }
    }
}
