public import OrderedCollections

/// The whole model: every unit with its years and projects.
///
/// A value type, so that replay can build one from the journal beside the live one and
/// tests can compare two states with `==`.
public struct ModelState: Sendable, Equatable {
    /// The units, in the order they were created.
    public internal(set) var units: OrderedDictionary<Code, Unit> = [:]
    /// The sequence number of the last change applied.
    public internal(set) var sequence: Int64 = 0

    /// An empty model.
    public init() {}

    /// The unit with this code.
    /// - Throws: ``DomainError/notFound(_:)``.
    public func unit(_ code: Code) throws(DomainError) -> Unit {
        guard let unit = units[code] else { throw .notFound(.unit(code)) }
        return unit
    }

    /// The unit-year.
    /// - Throws: ``DomainError/notFound(_:)`` for the unit or the year.
    public func year(_ code: Code, _ year: FiscalYear) throws(DomainError) -> UnitYear {
        guard let found = try unit(code).years[year] else { throw .notFound(.year(code, year)) }
        return found
    }

    /// The project.
    /// - Throws: ``DomainError/notFound(_:)`` for the unit, the year or the project.
    public func project(_ code: Code, _ year: FiscalYear, _ project: Code) throws(DomainError) -> Project {
        guard let found = try self.year(code, year).projects[project] else {
            throw .notFound(.project(code, year, project))
        }
        return found
    }

    /// How many projects the model holds in all.
    public var projectCount: Int {
        units.values.reduce(0) { sum, unit in sum + unit.years.values.reduce(0) { $0 + $1.projects.count } }
    }
}

extension ModelState {
    /// Every unit, in creation order.
    public var unitList: [Unit] { Array(units.values) }
}

extension Unit {
    /// The unit's years, in creation order.
    public var yearList: [UnitYear] { Array(years.values) }
}

extension UnitYear {
    /// The year's projects, in the order they were entered.
    public var projectList: [Project] { Array(projects.values) }

    /// The year's execution rate over the projects that have both an executed figure and a
    /// budget to measure it against (``ProjectBudget/rateBase``); projects missing either
    /// are left out of both sums rather than counted as zero.
    /// - Throws: ``DomainError/overflow``.
    public func executionRate() throws(DomainError) -> Rate? {
        var executed = Money.zero
        var base = Money.zero
        for project in projects.values {
            guard let spent = project.budget.executed, let budget = project.budget.rateBase else { continue }
            executed = try executed.adding(spent)
            base = try base.adding(budget)
        }
        return Rate(executed, over: base)
    }

    /// The sum of one budget figure over the projects that have it entered, or `nil` when
    /// none has (so a table shows "not entered" rather than a made-up 0.00).
    /// - Throws: ``DomainError/overflow``.
    public func total(_ figure: KeyPath<ProjectBudget, Money?>) throws(DomainError) -> Money? {
        var sum: Money? = nil
        for project in projects.values {
            if let amount = project.budget[keyPath: figure] { sum = try (sum ?? .zero).adding(amount) }
        }
        return sum
    }
}

extension Unit {
    /// How many years the unit has.
    public var yearCount: Int { years.count }
}

extension UnitYear {
    /// How many projects the year has.
    public var projectCount: Int { projects.count }
}

extension ModelState {
    /// How many units the model holds.
    public var unitCount: Int { units.count }
}
