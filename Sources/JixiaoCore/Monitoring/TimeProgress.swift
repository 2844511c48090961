/// 序时进度: the share of the fiscal year elapsed at the end of a date (rules §C).
public enum TimeProgress {
    /// How elapsed time is counted.
    public enum Basis: String, Sendable, CaseIterable {
        /// Elapsed days ÷ days in the year (the default; 2024-06-30 is 182/366 = 49.73 %).
        case days
        /// Elapsed months, a month counted in proportion to its days elapsed (month ends
        /// give 25 / 50 / 75 / 91.67 %).
        case months
    }

    /// The share of `date`'s year elapsed at the end of `date`.
    public static func of(_ date: CivilDate, basis: Basis) -> Ratio {
        switch basis {
        case .days:
            let total = CivilDate.isLeap(date.year) ? 366 : 365
            return Ratio(numerator: Int128(date.dayOfYear), denominator: Int128(total))!
        case .months:
            let days = CivilDate.daysIn(month: date.month, year: date.year)
            // (month − 1 + day / days) / 12 = ((month − 1) × days + day) / (12 × days)
            return Ratio(numerator: Int128((date.month - 1) * days + date.day), denominator: Int128(12 * days))!
        }
    }
}
