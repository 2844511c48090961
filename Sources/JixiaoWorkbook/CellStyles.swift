import Foundation
import SWXMLHash

/// A workbook's number formats (`xl/styles.xml`), enough to show a stored number as the
/// person typed it: `95%` for 0.95 in a percent cell, `2024-03-15` for 45366 in a date cell.
struct CellStyles {
    /// What a style's number format shows.
    enum Shown: Equatable {
        case number, percent, date
    }

    /// Each cell style's kind, by its index (`s=`).
    private var kinds: [Shown] = []

    init() {}

    init(_ data: Data) {
        let styles = WorkbookReader.parse(data)["styleSheet"]
        var custom: [Int: String] = [:]
        for format in styles["numFmts"]["numFmt"].all {
            guard let element = format.element, let id = element.attribute(by: "numFmtId").flatMap({ Int($0.text) }),
                let code = element.attribute(by: "formatCode")?.text
            else { continue }
            custom[id] = code
        }
        kinds = styles["cellXfs"]["xf"].all.map { xf in
            let id = xf.element?.attribute(by: "numFmtId").flatMap { Int($0.text) } ?? 0
            return Self.kind(id: id, code: custom[id])
        }
    }

    /// The kind of a number format: Excel's built-in ids (9, 10 percent; 14–22 and 45–47
    /// dates and times) or a custom code's unquoted characters.
    static func kind(id: Int, code: String?) -> Shown {
        if id == 9 || id == 10 { return .percent }
        if (14...22).contains(id) || (45...47).contains(id) { return .date }
        guard let code else { return .number }
        var unquoted = ""
        var quoted = false
        var bracket = false
        for character in code {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default: if !quoted && !bracket { unquoted.append(character) }
            }
        }
        if unquoted.contains("%") { return .percent }
        let lowered = unquoted.lowercased()
        if lowered != "general", lowered.contains(where: { "ymd".contains($0) }) { return .date }
        return .number
    }

    /// A stored number as its style shows it.
    func display(_ value: String, style: Int) -> String {
        guard let number = Double(value) else { return value }
        switch style < kinds.count ? kinds[style] : .number {
        case .number: return Self.plain(number)
        case .percent: return Self.plain(number * 100) + "%"
        case .date: return Self.date(serial: number) ?? Self.plain(number)
        }
    }

    /// A number as Excel shows it at most: 15 significant digits (a stored
    /// 0.30000000000000004 is 0.3, what the person typed or saw), no exponent for the
    /// sizes a bureau's figures have, no trailing zeros.
    static func plain(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(format: "%.15g", number)
        if text.contains("e") {
            text = String(format: "%.12f", number)
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// An Excel date serial (days since 1899-12-30 in the 1900 system, time as a fraction)
    /// as `YYYY-MM-DD`.
    static func date(serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        // Days from 1970-01-01, then the civil date (H. Hinnant's civil_from_days).
        let days = Int(serial.rounded(.down)) - 25_569
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
