/// When an expenditure's execution lags: there is no national threshold (rules §C), so
/// the levels are a unit-year's configuration, with a shipped default that says what it is.
public struct MonitorSettings: Sendable, Equatable {
    /// How time progress is counted.
    public var basis: TimeProgress.Basis = .days
    /// Yellow when the execution rate is more than this many percentage points below time
    /// progress (default 10).
    public var yellowGap: Int64 = 10
    /// Red when it is more than this many points below (default 20).
    public var redGap: Int64 = 20
    /// Checkpoints: from a date of the year on, a rate below the minimum is red
    /// (e.g. 岳阳's 100 % of special funds by 30 June). None by default.
    public var checkpoints: [Checkpoint] = []

    /// The shipped default: days basis, yellow beyond 10 points behind, red beyond 20, no
    /// checkpoints.
    public init() {}

    /// A date of the year with the least execution rate expected from then on.
    public struct Checkpoint: Sendable, Equatable {
        /// Month, 1–12.
        public var month: Int
        /// Day of the month.
        public var day: Int
        /// The minimum rate in percent.
        public var minimumPercent: Int64

        /// `06-30:50`.
        public var description: String {
            (month < 10 ? "0\(month)" : "\(month)") + "-" + (day < 10 ? "0\(day)" : "\(day)") + ":\(minimumPercent)"
        }
    }

    /// Reads checkpoints written `06-30:50,09-30:75`.
    /// - Throws: ``DomainError/badValue(field:value:reason:)``.
    public static func checkpoints(parsing text: String) throws(DomainError) -> [Checkpoint] {
        var result: [Checkpoint] = []
        for item in text.split(separator: ",") {
            let parts = item.split(separator: ":")
            let date = parts.first?.split(separator: "-") ?? []
            guard parts.count == 2, date.count == 2, let month = Int(date[0]), let day = Int(date[1]),
                (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: 2024),
                let minimum = Int64(parts[1]), (0...100).contains(minimum)
            else {
                throw .badValue(
                    field: "monitor_checkpoints",
                    value: text,
                    reason: "write MM-DD:minimum%, e.g. 06-30:50,09-30:75"
                )
            }
            result.append(Checkpoint(month: month, day: day, minimumPercent: minimum))
        }
        return result
    }
}
