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
    ///
    /// Not generic over a result (`body` writes where it must): a generic function of
    /// another module is called unspecialised, through value witnesses that copy the very
    /// values it is meant to borrow.
    /// - Throws: ``DomainError/notFound(_:)`` for the unit, the year or the project, as
    ///   ``expenditure(_:)`` does.
    public func withExpenditure(_ key: ExpenditureKey, _ body: (borrowing Expenditure) -> Void) throws(DomainError) {
        guard let unitIndex = units.index(forKey: key.unit) else { throw .notFound(.unit(key.unit)) }
        let missing: DomainError? = units.values.withUnsafeBufferPointer { units in
            let years = units[unitIndex].years
            guard let yearIndex = years.index(forKey: key.year) else { return .notFound(.year(key.unit, key.year)) }
            return years.values.withUnsafeBufferPointer { years -> DomainError? in
                switch key.owner {
                case .department:
                    body(years[yearIndex].department)
                    return nil
                case .project(let code):
                    let projects = years[yearIndex].projects
                    guard let projectIndex = projects.index(forKey: code) else {
                        return .notFound(.project(key.unit, key.year, code))
                    }
                    projects.values.withUnsafeBufferPointer { body($0[projectIndex].expenditure) }
                    return nil
                }
            }
        }
        if let missing { throw missing }
    }

    /// Calls `body` with the indicator borrowed in place, or throws what a GET of it
    /// throws.
    ///
    /// Walks down by itself rather than through ``withExpenditure(_:_:)``: handing the
    /// borrowed expenditure to a closure still copied it (the profile showed the copy);
    /// only the indicator table's references are taken here.
    /// - Throws: ``DomainError/notFound(_:)`` for the unit, the year, the project or the
    ///   indicator (the last as `.part(key, .indicator(code))`).
    public func withIndicator(
        _ key: ExpenditureKey,
        _ code: Code,
        _ body: (borrowing Indicator) -> Void
    ) throws(DomainError) {
        guard let unitIndex = units.index(forKey: key.unit) else { throw .notFound(.unit(key.unit)) }
        let missing: DomainError? = units.values.withUnsafeBufferPointer { units in
            let years = units[unitIndex].years
            guard let yearIndex = years.index(forKey: key.year) else { return .notFound(.year(key.unit, key.year)) }
            return years.values.withUnsafeBufferPointer { years -> DomainError? in
                let indicators: IndicatorTable
                switch key.owner {
                case .department:
                    indicators = years[yearIndex].department.indicators
                case .project(let project):
                    let projects = years[yearIndex].projects
                    guard let projectIndex = projects.index(forKey: project) else {
                        return .notFound(.project(key.unit, key.year, project))
                    }
                    indicators = projects.values.withUnsafeBufferPointer { $0[projectIndex].expenditure.indicators }
                }
                guard let index = indicators.index(forKey: code) else { return .notFound(.part(key, .indicator(code))) }
                indicators.values.withUnsafeBufferPointer { body($0[index]) }
                return nil
            }
        }
        if let missing { throw missing }
    }
}
