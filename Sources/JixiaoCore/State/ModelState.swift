public import OrderedCollections

/// The whole model: every unit with its years, expenditures and projects, and the
/// indicator vocabulary.
///
/// A value type, so that replay can build one from the journal beside the live one, a
/// transaction can be tried on a copy, and tests can compare two states with `==`.
public struct ModelState: Sendable, Equatable {
    /// The units, in the order they were created.
    public internal(set) var units: OrderedDictionary<Code, Unit> = [:]
    /// The indicator names allowed.
    public internal(set) var vocabulary = Vocabulary()
    /// The scoring rule sets a bureau made, by name (the built-in `default` is not stored).
    public internal(set) var ruleSets: OrderedDictionary<Code, RuleSet> = [:]
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

    /// The department's or a project's expenditure.
    /// - Throws: ``DomainError/notFound(_:)``.
    public func expenditure(_ key: ExpenditureKey) throws(DomainError) -> Expenditure {
        switch key.owner {
        case .department: try year(key.unit, key.year).department
        case .project(let code): try project(key.unit, key.year, code).expenditure
        }
    }

    /// Every unit, in creation order.
    public var unitList: [Unit] { Array(units.values) }

    /// How many units the model holds.
    public var unitCount: Int { units.count }

    /// The units whose parent is `code` (subordinate units rolling up into it).
    public func subordinates(of code: Code) -> [Unit] { units.values.filter { $0.parent == code } }
}

extension Unit {
    /// The unit's years, in creation order.
    public var yearList: [UnitYear] { Array(years.values) }
    /// How many years the unit has.
    public var yearCount: Int { years.count }
}

extension UnitYear {
    /// The year's projects, in the order they were entered.
    public var projectList: [Project] { Array(projects.values) }
    /// How many projects the year has.
    public var projectCount: Int { projects.count }

    /// The year's execution rate over the projects that have both an executed figure and a
    /// budget to measure it against (``BudgetFigures/rateBase``); projects missing either
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
    public func total(_ figure: KeyPath<BudgetFigures, Money?>) throws(DomainError) -> Money? {
        var sum: Money? = nil
        for project in projects.values {
            if let amount = project.budget[keyPath: figure] { sum = try (sum ?? .zero).adding(amount) }
        }
        return sum
    }
}

extension Expenditure {
    /// The figure lines in the order entered.
    public var lineList: [FigureLine] { Array(lines.values) }
    /// The indicators in table order (the table's own array: no copy of the rows).
    public var indicatorList: [Indicator] { indicators.values }
    /// The adjustments in order.
    public var adjustmentList: [Adjustment] { Array(adjustments.values) }
    /// The payments in order.
    public var paymentList: [Payment] { Array(payments.values) }
    /// The goal items in order.
    public var goalList: [Goal] { Array(goals.values) }
    /// The facts in order.
    public var factList: [Fact] { Array(facts.values) }
    /// The printed group weights in order.
    public var groupList: [(IndicatorGroup, ExactNumber)] { groups.map { ($0.key, $0.value) } }
}

extension Expenditure {
    /// The figure line with this code, if entered.
    public func line(_ item: LineItem) -> FigureLine? { lines[item] }
}

extension UnitYear {
    /// The switched-off check rules with their reasons, in the order they were switched off.
    public var disabledCheckList: [(rule: String, reason: String)] { disabledChecks.map { ($0.key, $0.value) } }
}

extension Unit {
    /// The unit's year, if it has it.
    public func year(_ year: FiscalYear) -> UnitYear? { years[year] }
}
