public import OrderedCollections

/// One fiscal year of one unit: the scope of a year's targets, execution and self-evaluation.
public struct UnitYear: Sendable, Equatable {
    /// The fiscal year.
    public let year: FiscalYear
    /// The journal sequence number of the year's own last change.
    public var revision: Int64
    /// The year's projects (项目支出), in the order they were entered, which is the order
    /// the reports print them in.
    public var projects: OrderedDictionary<Code, Project>

    /// Creates an empty year.
    public init(year: FiscalYear, revision: Int64) {
        self.year = year
        self.revision = revision
        self.projects = [:]
    }
}
