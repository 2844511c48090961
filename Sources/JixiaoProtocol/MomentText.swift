/// Reading the moments users write (`2024-06-30`, `2024-06-30T18:00`, `…+08:00`, `…Z`) and
/// writing UTC moments as the journal does.
///
/// The bureau's times are Chinese: a moment written without an offset is China Standard
/// Time (UTC+8, no daylight saving), as the operators read their clocks; `Z` or `±HH:MM`
/// says otherwise. A bare date stands for a whole day in China: as the end of an interval
/// (`AT`, `to=`) it means the last millisecond of that day, as the start (`from=`) its first.
public enum MomentText {
    /// Which end of a bare date's day it stands for.
    public enum DayEnd: Sendable {
        case start, end
    }

    /// China's offset from UTC, in minutes.
    public static let chinaOffsetMinutes: Int64 = 8 * 60

    /// Parses a moment into milliseconds since the epoch (UTC).
    /// - Parameters:
    ///   - text: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS[.fff]]` with an optional `Z` or
    ///     `±HH:MM` (default +08:00).
    ///   - day: what a bare date stands for.
    /// - Throws: ``ProtocolError`` with `BAD_VALUE`.
    public static func milliseconds(parsing text: String, day: DayEnd) throws(ProtocolError) -> Int64 {
        let bad = ProtocolError(
            .badValue,
            "a time is YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.fff]] with an optional Z or +08:00 (default: China time), not '\(excerpt(text))'"
        )
        var rest = Substring(text)
        var offset = chinaOffsetMinutes
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            offset = 0
            rest = rest.dropLast()
        } else if rest.count > 16, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            let zone = rest.suffix(5)
            guard zone.dropFirst(2).first == ":", let hours = Int64(zone.prefix(2)),
                let minutes = Int64(zone.suffix(2)),
                hours < 15, minutes < 60
            else { throw bad }
            offset = (hours * 60 + minutes) * (sign == "+" ? 1 : -1)
            rest = rest.dropLast(6)
        }
        let date = rest.prefix(10)
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int64(parts[0]), let month = Int64(parts[1]), let dayOfMonth = Int64(parts[2]),
            (1...12).contains(month), dayOfMonth >= 1, dayOfMonth <= daysIn(month: month, year: year)
        else { throw bad }
        var milliseconds = days(fromCivil: year, month, dayOfMonth) * 86_400_000
        let time = rest.dropFirst(10)
        if time.isEmpty {
            if day == .end { milliseconds += 86_400_000 - 1 }
        } else {
            guard time.first == "T" || time.first == " " else { throw bad }
            let fields = time.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count), fields[0].count == 2, fields[1].count == 2,
                let hour = Int64(fields[0]), let minute = Int64(fields[1]), hour < 24, minute < 60
            else { throw bad }
            var second: Int64 = 0
            var fraction: Int64 = 0
            if fields.count == 3 {
                let pieces = fields[2].split(separator: ".", omittingEmptySubsequences: false)
                guard (1...2).contains(pieces.count), pieces[0].count == 2, let whole = Int64(pieces[0]), whole < 60
                else { throw bad }
                second = whole
                if pieces.count == 2 {
                    guard (1...3).contains(pieces[1].count), pieces[1].allSatisfy({ ("0"..."9").contains($0) }),
                        let digits = Int64(pieces[1])
                    else { throw bad }
                    fraction = digits * [100, 10, 1][pieces[1].count - 1]
                }
            }
            milliseconds += ((hour * 60 + minute) * 60 + second) * 1000 + fraction
        }
        return milliseconds - offset * 60_000
    }

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`, as journal records write times.
    public static func utc(_ milliseconds: Int64) -> String {
        let (days, ofDay) = floorDivide(milliseconds, 86_400_000)
        let (year, month, day) = civil(fromDays: days)
        let seconds = ofDay / 1000
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(seconds / 3600, 2)):"
            + "\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)).\(pad(ofDay % 1000, 3))Z"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    // Howard Hinnant's days-from-civil algorithms (public domain), proleptic Gregorian.
    private static func days(fromCivil y0: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
