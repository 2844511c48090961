import JixiaoCore
import Testing

/// 绩效运行监控: time progress (rules §C) and warning levels on chosen dates.
@Suite struct MonitorTests {
    @Test(arguments: [
        ("2023-03-31", "24.66"), ("2023-06-30", "49.59"), ("2023-09-30", "74.79"), ("2023-11-30", "91.51"),
        ("2024-03-31", "24.86"), ("2024-06-30", "49.73"), ("2024-09-30", "74.86"), ("2024-11-30", "91.53"),
        ("2024-12-31", "100.00"),
    ])
    func timeProgressByDaysMatchesTheRulesTable(date: String, percent: String) throws {
        #expect(TimeProgress.of(try CivilDate(parsing: date), basis: .days).percentText == percent)
    }

    @Test(arguments: [
        ("2024-03-31", "25.00"), ("2024-06-30", "50.00"), ("2024-09-30", "75.00"), ("2024-11-30", "91.67"),
    ])
    func timeProgressByMonthsGivesQuarterSteps(date: String, percent: String) throws {
        #expect(TimeProgress.of(try CivilDate(parsing: date), basis: .months).percentText == percent)
    }

    /// A year of monthly payments of 2万元 against a 35万元 budget.
    private func expenditure() throws -> (ModelState, ExpenditureKey) {
        var state = ModelState()
        let unit = try Code("u")
        let year = try FiscalYear(2024)
        let key = ExpenditureKey(unit, year, .project(try Code("p")))
        var sequence: Int64 = 0
        func apply(_ change: Change) throws {
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        try apply(.create(.unit(unit), [FieldAssignment("name", "单位")]))
        try apply(.create(.year(unit, year), []))
        try apply(.create(.expenditure(key), [FieldAssignment("name", "项目"), FieldAssignment("budget_full", "35万元")]))
        for month in 1...12 {
            let date = "2024-\(month < 10 ? "0" : "")\(month)-15"
            try apply(.add(key, .payment, [FieldAssignment("date", date), FieldAssignment("amount", "2万元")]))
        }
        return (state, key)
    }

    private func row(on date: String, settings: MonitorSettings = MonitorSettings()) throws -> Monitor.Row {
        let (state, key) = try expenditure()
        let year = try state.year(key.unit, key.year)
        return Monitor(settings: settings).rows(year, of: key.unit, on: try CivilDate(parsing: date))[1]
    }

    @Test func onMarch31ThreePaymentsAreOnPace() throws {
        // 6 / 35 = 17.14 %, time 24.86 %: 7.72 points behind, under the 10-point yellow line.
        let row = try row(on: "2024-03-31")
        #expect(row.rate?.percentText == "17.14")
        #expect(row.gapBasisPoints == 772)
        #expect(row.level == .green)
    }

    @Test func onJune30SixPaymentsAreYellow() throws {
        // 12 / 35 = 34.29 %, time 49.73 %: 15.44 points behind.
        let row = try row(on: "2024-06-30")
        #expect(row.paid == (try Money(parsing: "12万元")))
        #expect(row.gapBasisPoints == 1544)
        #expect(row.level == .yellow)
    }

    @Test func atYearEndTwelvePaymentsAreRed() throws {
        // 24 / 35 = 68.57 %, time 100 %: 31.43 points behind.
        let row = try row(on: "2024-12-31")
        #expect(row.rate?.percentText == "68.57")
        #expect(row.level == .red)
    }

    @Test func aCheckpointTurnsALaggingRateRed() throws {
        var settings = MonitorSettings()
        settings.checkpoints = try MonitorSettings.checkpoints(parsing: "06-30:40")
        #expect(try row(on: "2024-06-29", settings: settings).level == .yellow)
        let row = try row(on: "2024-06-30", settings: settings)
        #expect(row.level == .red)
        #expect(row.reason.contains("06-30节点要求40%"))
    }

    @Test func cumulativePaymentsPerMonthAgainstTheEvenPace() throws {
        let (state, key) = try expenditure()
        let months = Monitor.monthly(try state.expenditure(key), year: key.year)
        #expect(months.count == 12)
        #expect(months[5].cumulative == (try Money(parsing: "12万元")))
        #expect(months[5].evenPace == (try Money(parsing: "17.5万元")))
        #expect(months[11].evenPace == (try Money(parsing: "35万元")))
    }
}
