import JixiaoCore
import Testing

@Suite struct CivilDateTests {
    static let reason = "a date is written YYYY-MM-DD, e.g. 2024-06-30"

    @Test(
        arguments: [
            ("2024-06-30", 2024, 6, 30), ("2024-01-01", 2024, 1, 1), ("2024-12-31", 2024, 12, 31),
            ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29), ("2023-02-28", 2023, 2, 28),
            ("2023-04-30", 2023, 4, 30), ("0001-01-01", 1, 1, 1),
        ] as [(String, Int, Int, Int)]
    )
    func dateIsReadAndWrittenBack(text: String, year: Int, month: Int, day: Int) throws {
        let date = try CivilDate(parsing: text)
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.day == day)
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2023-02-29",  // not a leap year
        "1900-02-29",  // a century that is not a leap year
        "2100-02-29", "2024-02-30", "2024-04-31", "2024-06-31", "2024-09-31", "2024-11-31", "2024-01-32", "2024-13-01",
        "2024-00-10", "2024-06-00", "2024-6-30", "2024-06-3", "24-06-30", "20240630", "2024/06/30", "2024-06-30 ",
        " 2024-06-30", "2024-06-30T00:00", "", "-024-06-30", "+024-06-30", "2024-0a-01", "２０２４-06-30",
        "2024年6月30日",
    ])
    func badDateIsRefusedNamingTheField(text: String) {
        #expect(throws: DomainError.badValue(field: "paid_on", value: text, reason: Self.reason)) {
            try CivilDate(parsing: text, field: "paid_on")
        }
    }

    @Test(
        arguments: [
            (2000, true), (2024, true), (2023, false), (1900, false), (2100, false), (2400, true), (1996, true),
        ] as [(Int, Bool)]
    )
    func leapYearsAreEveryFourthButCenturiesOnlyEveryFourHundredth(year: Int, leap: Bool) {
        #expect(CivilDate.isLeap(year) == leap)
        #expect(CivilDate.daysIn(month: 2, year: year) == (leap ? 29 : 28))
    }

    @Test func monthLengths() {
        #expect(
            (1...12).map { CivilDate.daysIn(month: $0, year: 2023) } == [
                31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
            ]
        )
        #expect((1...12).map { CivilDate.daysIn(month: $0, year: 2024) }.reduce(0, +) == 366)
    }

    @Test(
        arguments: [
            ("2024-01-01", 1), ("2024-01-31", 31), ("2024-02-29", 60), ("2024-03-01", 61), ("2023-03-01", 60),
            ("2024-06-30", 182), ("2024-12-31", 366), ("2023-12-31", 365), ("1900-12-31", 365), ("2000-12-31", 366),
        ] as [(String, Int)]
    )
    func dayOfYearCountsFromTheFirstOfJanuary(text: String, day: Int) throws {
        #expect(try CivilDate(parsing: text).dayOfYear == day)
    }

    @Test func datesCompareInCalendarOrder() throws {
        let dates = try ["2024-12-31", "2023-12-31", "2024-01-01", "2024-02-29", "2024-02-03"].map {
            try CivilDate(parsing: $0)
        }
        #expect(
            dates.sorted().map(\.description) == ["2023-12-31", "2024-01-01", "2024-02-03", "2024-02-29", "2024-12-31"]
        )
        #expect(try CivilDate(parsing: "2024-06-30") == CivilDate(parsing: "2024-06-30"))
    }

    @Test func daysSinceTheEpochCountBothWaysAcrossLeapYearsAndCenturies() throws {
        #expect(try CivilDate(parsing: "1970-01-01").daysSinceEpoch == 0)
        #expect(try CivilDate(parsing: "1969-12-31").daysSinceEpoch == -1)
        #expect(try CivilDate(parsing: "2000-03-01").daysSinceEpoch == 11_017)
        #expect(try CivilDate(parsing: "2024-06-30").daysSinceEpoch == 19_904)
        for text in ["1600-02-29", "1900-02-28", "1900-03-01", "2000-02-29", "2024-12-31", "2100-03-01"] {
            let date = try CivilDate(parsing: text)
            #expect(CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date, "\(text)")
        }
        #expect(
            try CivilDate(parsing: "2024-03-01").daysSinceEpoch - CivilDate(parsing: "2024-02-28").daysSinceEpoch == 2
        )
    }
}
