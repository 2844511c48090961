import Foundation
import JixiaoCore
import JixiaoProtocol
import JixiaoReports

/// Seed 002 (洪江市医疗保障局 2024) as entered by `Tests/Fixtures/hongjiang-2024.jx`: the four
/// official tables with what they printed.
enum Seed002 {
    /// The fixture file.
    static let path: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures/hongjiang-2024.jx"
    }()

    /// The model after every line of the fixture.
    static func state() throws -> ModelState {
        var state = ModelState()
        var sequence: Int64 = 0
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard case .change(let change)? = try CommandParser.parse(String(line)) else { continue }
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        return state
    }

    /// The year's forms, scored and checked.
    static func forms(_ state: ModelState? = nil) throws -> YearForms {
        let state = try state ?? Self.state()
        let unit = try state.unit(try Code("hongjiang"))
        let year = try state.year(unit.code, try FiscalYear(2024))
        let rules = try state.ruleSet(of: year)
        return YearForms(
            unit: unit,
            year: year,
            rules: rules,
            findings: Checker().check(year, of: unit.code, rules: rules)
        )
    }
}
