/// The thresholds the checker uses where the rules leave a choice.
public struct CheckSettings: Sendable, Equatable {
    /// A completed year's execution rate below this percentage is flagged (`low-execution`).
    /// No national threshold exists (rules §C); 90 % is the shipped default.
    public var lowExecutionPercent: Int64 = 90
    /// The grade bands by total: 优 from 90, 良 from 80, 中 from 60 (rules §A7).
    public var gradeBands: [(grade: String, from: Int64)] = [("优", 90), ("良", 80), ("中", 60)]

    /// The default settings.
    public init() {}

    public static func == (lhs: CheckSettings, rhs: CheckSettings) -> Bool {
        lhs.lowExecutionPercent == rhs.lowExecutionPercent
            && lhs.gradeBands.map(\.grade) == rhs.gradeBands.map(\.grade)
            && lhs.gradeBands.map(\.from) == rhs.gradeBands.map(\.from)
    }

    /// The grade of a total.
    public func grade(of total: ExactNumber) -> String {
        for band in gradeBands where total >= ExactNumber(band.from) { return band.grade }
        return "差"
    }
}
