/// Days counted from 1970-01-01, the bridge between calendar dates and the millisecond
/// times the journal and the `AT`/`HISTORY` requests carry.
///
/// Howard Hinnant's `days_from_civil` and `civil_from_days` (public domain), proleptic
/// Gregorian, exact for any year an `Int64` of days reaches.
extension CivilDate {
    /// The days from 1970-01-01 to this date (negative before it).
    public var daysSinceEpoch: Int64 {
        Self.daysSinceEpoch(year: Int64(year), month: Int64(month), day: Int64(day))
    }

    /// The date `days` days after 1970-01-01 (before it when negative).
    public init(daysSinceEpoch days: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = Int(yoe + era * 400 + (month <= 2 ? 1 : 0))
        self.month = Int(month)
        self.day = Int(doy - (153 * mp + 2) / 5 + 1)
    }

    /// The days from 1970-01-01 to a year, month and day, without checking that the day
    /// exists (the caller has: a journal time, a parsed date).
    public static func daysSinceEpoch(year y0: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
