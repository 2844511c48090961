/// Object paths read back (`hongjiang/2024/dept/indicator/peixun`), and which objects lie
/// inside which: `HISTORY` and `WATCH` name a scope by a path and take every change inside it.
extension ObjectKey {
    /// Reads a path as ``description`` writes it: `unit`, `unit/year`, `unit/year/owner`, or
    /// `unit/year/owner/<kind>/<id>` (`line/income.general`, `indicator/peixun`, `fact/f`,
    /// `payment/3`, `adjustment/1`, `goal/2`, `group/产出指标[/数量指标]`, `allocation`).
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` naming what is wrong.
    public init(path: String) throws(DomainError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func bad(_ reason: String) -> DomainError { .badValue(field: "object", value: path, reason: reason) }
        guard let first = parts.first, !first.isEmpty else {
            throw bad("an object is named by its path, e.g. hongjiang/2024/dept")
        }
        let unit = try Code(first, field: "unit")
        guard parts.count > 1 else {
            self = .unit(unit)
            return
        }
        let year = try FiscalYear(parsing: parts[1])
        guard parts.count > 2 else {
            self = .year(unit, year)
            return
        }
        let expenditure = ExpenditureKey(unit, year, try Owner(parsing: parts[2]))
        guard parts.count > 3 else {
            self = .expenditure(expenditure)
            return
        }
        let rest = Array(parts[4...])
        let part: PartKey
        switch parts[3] {
        case "allocation" where rest.isEmpty: part = .allocation
        case "line" where rest.count == 1: part = .line(try LineItem(rest[0]))
        case "indicator" where rest.count == 1: part = .indicator(try Code(rest[0], field: "indicator"))
        case "fact" where rest.count == 1: part = .fact(try Code(rest[0], field: "fact"))
        case "payment" where rest.count == 1, "adjustment" where rest.count == 1, "goal" where rest.count == 1:
            guard let id = Int(rest[0]), id > 0 else { throw bad("an id is a whole number from 1") }
            part = parts[3] == "payment" ? .payment(id) : parts[3] == "adjustment" ? .adjustment(id) : .goal(id)
        case "group" where (1...2).contains(rest.count):
            part = .group(IndicatorGroup(level1: rest[0], level2: rest.count > 1 ? rest[1] : ""))
        default:
            throw bad("no such part; parts are line, indicator, fact, payment, adjustment, goal, group, allocation")
        }
        self = .part(expenditure, part)
    }

    /// Whether `other` is this object or lies inside it (a year inside its unit, a project's
    /// indicator inside the project, the year and the unit).
    public func encloses(_ other: ObjectKey) -> Bool {
        switch (self, other) {
        case (.unit(let unit), _): return other.unit == unit
        case (.year(let unit, let year), .year(let otherUnit, let otherYear)):
            return unit == otherUnit && year == otherYear
        case (.year(let unit, let year), .expenditure(let key)), (.year(let unit, let year), .part(let key, _)):
            return key.unit == unit && key.year == year
        case (.expenditure(let key), .expenditure(let otherKey)), (.expenditure(let key), .part(let otherKey, _)):
            return key == otherKey
        case (.part, _): return self == other
        default: return false
        }
    }
}
