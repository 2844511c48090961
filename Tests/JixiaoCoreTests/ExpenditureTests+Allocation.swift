import JixiaoCore
import Testing

/// The per-capita allocation rule.
extension ExpenditureTests {
    // MARK: Allocation

    @Test func allocationOwedPerLevelIsPerCapitaTimesInsuredTimesShare() throws {
        let key = ObjectKey.part(F.department, .allocation)
        let state = try Self.state([
            .set(key, F.fields(["per_capita": "640元", "insured": "10000人", "central": "60%", "province": "16"])),
            .set(key, F.fields(["city": "12%", "county": "12％"])),
        ])
        let rule = try #require(try state.expenditure(F.department).allocation)
        #expect(rule.perCapita == Money(fen: 64_000))
        #expect(rule.insured == 10_000)
        #expect(rule.owed(by: "central") == F.wan("384"))
        #expect(rule.owed(by: "central") == Money(fen: 384_000_000))
        #expect(rule.owed(by: "province") == F.wan("102.4"))
        #expect(rule.owed(by: "city") == F.wan("76.8"))
        #expect(rule.owed(by: "county") == F.wan("76.8"))
        #expect(rule.owed(by: "self") == nil)
        #expect(rule.shareTotal == ExactNumber(100))
        #expect(rule.revision == 6)
    }

    @Test func allocationOwedRoundsHalfUpToOneFen() throws {
        let key = ObjectKey.part(F.department, .allocation)
        let state = try Self.state([
            .set(key, F.fields(["per_capita": "0.01元", "insured": "1", "central": "50", "province": "49.99"]))
        ])
        let rule = try #require(try state.expenditure(F.department).allocation)
        #expect(rule.owed(by: "central") == Money(fen: 1))  // 0.5 分 rounds up
        #expect(rule.owed(by: "province") == Money(fen: 0))  // 0.4999 分 rounds down
        #expect(rule.shareTotal == ExactNumber(units: 9_999, scale: 2))
    }

    @Test func allocationWithoutAFigureOwesNothingYetAndDeleteRemovesIt() throws {
        let key = ObjectKey.part(F.department, .allocation)
        var state = try Self.state([.set(key, F.fields(["central": "60%"]))])
        let rule = try #require(try state.expenditure(F.department).allocation)
        #expect(rule.owed(by: "central") == nil)
        try state.apply(.delete(key), sequence: 6)
        #expect(try state.expenditure(F.department).allocation == nil)
        Self.expectRefused(.delete(key), .notFound(key), in: state)
        Self.expectRefused(
            .set(key, F.fields(["insured": "many"])),
            .badValue(field: "insured", value: "many", reason: "a count is a whole number of 0 or more"),
            in: state
        )
    }

    /// `ALLOCATION GET` prints what each level owes. Every figure below is accepted when
    /// entered (ALLOCATION SET … per_capita=999999999999.999999万元 insured=999999999999999
    /// central=60.1234), so computing what is owed must not trap the daemon.
    @Test func allocationOfHugeButEnterableFiguresDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            var rule = Allocation(revision: 1)
            try rule.assign([
                FieldAssignment("per_capita", "999999999999.999999万元"), FieldAssignment("insured", "999999999999999"),
                FieldAssignment("central", "60.1234"),
            ])
            _ = rule.owed(by: "central")
        }
    }

    @Test func allocationOwedThatCannotBeHeldIsNotAnAmount() throws {
        var rule = Allocation(revision: 1)
        try rule.assign([
            FieldAssignment("per_capita", "999999999999.999999万元"), FieldAssignment("insured", "1"),
            FieldAssignment("central", "100"), FieldAssignment("province", "1000"),
        ])
        #expect(rule.owed(by: "central") == Money(fen: 999_999_999_999_999_999))  // the largest amount, exactly
        #expect(rule.owed(by: "province") == nil)  // 1000 % of it is beyond 64-bit 分
        try rule.assign([FieldAssignment("insured", "999999999999999"), FieldAssignment("central", "60.1234")])
        #expect(rule.owed(by: "central") == nil)
    }
}
