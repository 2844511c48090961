import JixiaoCore
import Testing

@Suite struct FiscalYearTests {
    static let rangeReason = "a fiscal year lies in 1990…2100"
    static let formatReason = "a year is written as four digits, e.g. 2024"

    @Test(arguments: [1990, 2024, 2100])
    func yearInsideTheAcceptedRangeIsKept(value: Int) throws {
        let year = try FiscalYear(value)
        #expect(year.value == value)
        #expect(year.description == String(value))
    }

    @Test(arguments: [1989, 2101, 0, -2024, Int.max, Int.min])
    func yearOutsideTheAcceptedRangeIsRefused(value: Int) {
        #expect(throws: DomainError.badValue(field: "year", value: String(value), reason: Self.rangeReason)) {
            try FiscalYear(value)
        }
    }

    @Test(arguments: [("2024", 2024), ("1990", 1990), ("2100", 2100)] as [(String, Int)])
    func yearParsesFromFourDigits(text: String, value: Int) throws {
        #expect(try FiscalYear(parsing: text) == FiscalYear(value))
    }

    @Test(arguments: ["", "02024", "20245", "24x", "x", "-2024", "+2024", " 2024", "2024 ", "2024.0", "２０２４", "二〇二四"])
    func textThatIsNotFourDigitsIsRefused(text: String) {
        #expect(throws: DomainError.badValue(field: "year", value: text, reason: Self.formatReason)) {
            try FiscalYear(parsing: text)
        }
    }

    @Test(arguments: [("1989", "1989"), ("2101", "2101"), ("0999", "999"), ("0000", "0"), ("9999", "9999")])
    func digitsOutsideTheAcceptedRangeAreRefused(text: String, shown: String) {
        #expect(throws: DomainError.badValue(field: "year", value: shown, reason: Self.rangeReason)) {
            try FiscalYear(parsing: text)
        }
    }

    @Test func yearsCompareByValue() throws {
        #expect(try FiscalYear(2023) < FiscalYear(2024))
        #expect(FiscalYear.acceptedRange == 1990...2100)
    }
}
