import JixiaoCore

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
        guard let date = try? CivilDate(parsing: String(rest.prefix(10))) else { throw bad }
        var milliseconds = date.daysSinceEpoch * 86_400_000
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
        let seconds = ofDay / 1000
        return "\(CivilDate(daysSinceEpoch: days))T\(pad(seconds / 3600, 2)):"
            + "\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)).\(pad(ofDay % 1000, 3))Z"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return r < 0 ? (q - 1, r + b) : (q, r)
    }
}
