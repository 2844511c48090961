import JixiaoCore
import Testing

/// One minimal case per rule that fires it, and one close to it that must not.
@Suite struct CheckerTests {
    static let unit = try! Code("u")
    static let year = try! FiscalYear(2024)
    static let dept = ExpenditureKey(unit, year, .department)

    /// A model with one unit-year, then the given changes to its department.
    private func state(_ changes: [Change]) throws -> ModelState {
        var state = ModelState()
        var sequence: Int64 = 0
        for change in [
            Change.create(.unit(Self.unit), [FieldAssignment("name", "单位")]), .create(.year(Self.unit, Self.year), []),
        ] + changes {
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        return state
    }

    private func dept(_ fields: [(String, String)]) -> Change {
        .update(.expenditure(Self.dept), fields.map { FieldAssignment($0.0, $0.1) })
    }

    private func line(_ code: String, _ fields: [(String, String)]) -> Change {
        .set(.part(Self.dept, .line(try! LineItem(code))), fields.map { FieldAssignment($0.0, $0.1) })
    }

    private func indicator(_ code: String, _ fields: [(String, String)]) -> Change {
        let base = [("level1", "产出指标"), ("level2", "数量指标"), ("name", code)]
        return .create(
            .part(Self.dept, .indicator(try! Code(code))),
            (base + fields).map { FieldAssignment($0.0, $0.1) }
        )
    }

    /// The ids of the rules that fire, less those a test is not about (a lone indicator
    /// with a weight always makes `weights-sum` fire; a part without its siblings makes
    /// `sum-mismatch` fire).
    ///
    /// Notes (a rate printed to one decimal, an unknown direction) are worth knowing but are
    /// not what these cases pin: only errors and warnings are listed.
    private func rules(_ changes: [Change], ignoring: Set<String> = []) throws -> [String] {
        let found = Checker().check(try state(changes)).filter { $0.severity != .note }
        return found.map(\.rule.rawValue).filter { !ignoring.contains($0) }
    }

    @Test func sumMismatchFiresWhenPartsDoNotAddUp() throws {
        let parts = [
            line("class", [("executed", "840.87万元")]), line("class.wages", [("executed", "453.14万元")]),
            line("class.goods", [("executed", "291.87万元")]), line("class.households", [("executed", "95.60万元")]),
        ]
        #expect(try rules(parts + [line("class.enterprises", [("executed", "33.63万元")])]) == ["sum-mismatch"])
        #expect(try rules(parts + [line("class.enterprises", [("executed", "0.26万元")])]).isEmpty)
    }

    @Test func sumMismatchToleratesRoundingOfPrintedParts() throws {
        // 道县: 1222.1 + 59.83 + 200 = 1481.93 is right.
        let changes = [
            line("income", [("full", "1481.93万元")]), line("income.general", [("full", "1222.1万元")]),
            line("income.fund", [("full", "59.83万元")]), line("income.other", [("full", "200万元")]),
        ]
        #expect(try rules(changes).isEmpty)
        #expect(try rules(changes + [line("income.special", [("full", "5万元")])]) == ["sum-mismatch"])
    }

    @Test func shareMismatchComparesAtThePrintedPrecision() throws {
        let total = line("class", [("executed", "840.87万元")])
        #expect(
            try rules(
                [total, line("class.enterprises", [("executed", "33.63万元"), ("printed_share", "0.04%")])],
                ignoring: ["sum-mismatch"]
            ) == [
                "share-mismatch"
            ]
        )
        #expect(
            try rules(
                [total, line("class.enterprises", [("executed", "33.63万元"), ("printed_share", "4.00%")])],
                ignoring: ["sum-mismatch"]
            ).isEmpty
        )
        #expect(
            try rules(
                [total, line("class.enterprises", [("executed", "33.63万元"), ("printed_share", "4%")])],
                ignoring: ["sum-mismatch"]
            ).isEmpty
        )
    }

    @Test func rateMisreportedAndAbove100() throws {
        let budget: [(String, String)] = [("budget_full", "506.48万元"), ("executed", "840.87万元")]
        #expect(
            try rules([dept(budget + [("printed_rate", "100%")])]).sorted() == ["rate-above-100", "rate-misreported"]
        )
        #expect(try rules([dept(budget + [("printed_rate", "166.02%")])]) == ["rate-above-100"])
        // 祁阳: 3619.29 / 3556 = 101.78 % is right (年初安排 as the base).
        #expect(
            try rules([dept([("budget_initial", "3556万元"), ("executed", "3619.29万元"), ("printed_rate", "101.78%")])])
                == [
                    "rate-above-100"
                ]
        )
    }

    @Test func aRatePrintedForAZeroBudgetIsMisreported() throws {
        #expect(
            try rules([dept([("budget_full", "0万元"), ("executed", "0万元"), ("printed_rate", "100%")])]) == [
                "rate-zero-denominator"
            ]
        )
        #expect(try rules([dept([("budget_full", "0万元"), ("executed", "0万元")])]).isEmpty)
    }

    @Test func lowExecutionBelowTheThreshold() throws {
        #expect(try rules([dept([("budget_full", "1006.99万元"), ("executed", "670.9万元")])]) == ["low-execution"])
        #expect(try rules([dept([("budget_full", "100万元"), ("executed", "90万元")])]).isEmpty)
    }

    @Test func weightsMustAddUpTo100() throws {
        let done = ("actual", "2次")
        let weights = [
            dept([("execution_weight", "10")]), indicator("a", [("target", "≥2次"), done, ("weight", "50")]),
            indicator("b", [("target", "≥2次"), done, ("weight", "30")]),
        ]
        #expect(try rules(weights + [indicator("c", [("target", "≥2次"), done, ("weight", "20")])]) == ["weights-sum"])
        #expect(try rules(weights + [indicator("c", [("target", "≥2次"), done, ("weight", "10")])]).isEmpty)
    }

    @Test func groupWeightAgainstItsIndicators() throws {
        let changes = [
            indicator("a", [("target", "≥2次"), ("weight", "5")]), indicator("b", [("target", "≥2次"), ("weight", "5")]),
        ]
        let group = { (weight: String) in
            Change.set(
                .part(Self.dept, .group(IndicatorGroup(level1: "产出指标", level2: "数量指标"))),
                [FieldAssignment("weight", weight)]
            )
        }
        #expect(try rules(changes + [group("20")]).contains("group-weight-mismatch"))
        #expect(!(try rules(changes + [group("10")]).contains("group-weight-mismatch")))
    }

    @Test func scoreAboveWeight() throws {
        #expect(
            try rules(
                [indicator("a", [("target", "≥2次"), ("actual", "3次"), ("weight", "5"), ("score", "6")])],
                ignoring: ["weights-sum"]
            ).contains("score-above-weight")
        )
        #expect(
            try rules(
                [indicator("a", [("target", "≥2次"), ("actual", "3次"), ("weight", "5"), ("score", "5")])],
                ignoring: ["weights-sum"]
            ).isEmpty
        )
    }

    @Test func anUnmetTargetScoredFull() throws {
        let unmet = indicator("a", [("target", "≤200个"), ("actual", "218个"), ("weight", "5"), ("score", "5")])
        #expect(
            try rules([unmet], ignoring: ["weights-sum"]).sorted() == ["missing-deviation-reason", "unmet-scored-full"]
        )
        let met = indicator("a", [("target", "≤200个"), ("actual", "200个"), ("weight", "5"), ("score", "5")])
        #expect(try rules([met], ignoring: ["weights-sum"]).isEmpty)
        let scoredDown = indicator(
            "a",
            [("target", "≤200个"), ("actual", "218个"), ("weight", "5"), ("score", "4.59"), ("deviation", "点位增加")]
        )
        #expect(try rules([scoredDown], ignoring: ["weights-sum"]).isEmpty)
    }

    @Test func aMetTargetScoredBelowFullNeedsAReason() throws {
        let bare = indicator("a", [("target", "≥20次"), ("actual", "30余次"), ("weight", "10"), ("score", "8")])
        #expect(try rules([bare], ignoring: ["weights-sum"]) == ["met-scored-below"])
        let explained = indicator(
            "a",
            [("target", "≥20次"), ("actual", "30余次"), ("weight", "10"), ("score", "8"), ("deviation", "质量不高")]
        )
        #expect(try rules([explained], ignoring: ["weights-sum"]).isEmpty)
    }

    @Test func targetAndActualInDifferentUnits() throws {
        #expect(try rules([indicator("a", [("target", "≥24万人次"), ("actual", "30.35万人")])]) == ["unit-mismatch"])
        #expect(try rules([indicator("a", [("target", "≥24万人次"), ("actual", "303500人次")])]).isEmpty)
    }

    @Test func theTotalAgainstTheScores() throws {
        let scored = [
            indicator("a", [("target", "≥2次"), ("actual", "3次"), ("weight", "50"), ("score", "50")]),
            indicator("b", [("target", "≥2次"), ("actual", "3次"), ("weight", "28"), ("score", "28")]),
        ]
        let findings = Checker().check(
            try state(scored + [dept([("execution_weight", "10"), ("printed_total", "98")])])
        )
        let total = try #require(findings.first { $0.rule == .totalMismatch })
        #expect(total.reported == "98")
        #expect(total.computed == "78")
        #expect(total.messageEN.contains("88 even with full marks for the blank execution-rate score"))
        #expect(
            !Checker().check(try state(scored + [dept([("printed_score", "10"), ("printed_total", "88")])])).contains {
                $0.rule == .totalMismatch
            }
        )
    }

    @Test(arguments: [
        ("98", "优", false), ("89.99", "优", true), ("90", "优", false), ("80", "良", false), ("79", "良", true),
    ])
    func theGradeAgainstTheTotal(total: String, grade: String, fires: Bool) throws {
        let found = try rules([dept([("printed_total", total), ("printed_grade", grade)])])
        #expect(found.contains("grade-mismatch") == fires)
    }

    @Test func anAmountInYuanBesideOthersInWan() throws {
        // 南岳: 合计总投入 31.58元 beside 30.22万元 + 1.36万元.
        let changes = [
            line("source", [("executed", "31.58元")]), line("source.current", [("executed", "30.22万元")]),
            line("source.other", [("executed", "1.36万元")]),
        ]
        let found = try rules(changes)
        #expect(found.contains("unit-suspect"))
        #expect(found.contains("sum-mismatch"))
        let fixed = [
            line("source", [("executed", "31.58万元")]), line("source.current", [("executed", "30.22万元")]),
            line("source.other", [("executed", "1.36万元")]),
        ]
        #expect(try rules(fixed).isEmpty)
    }

    @Test func paymentsAndAdjustmentsAgainstTheBudgetRow() throws {
        let pay = { (amount: String) in
            Change.add(Self.dept, .payment, [FieldAssignment("date", "2024-03-01"), FieldAssignment("amount", amount)])
        }
        let adjust = Change.add(
            Self.dept,
            .adjustment,
            [FieldAssignment("date", "2024-02-01"), FieldAssignment("amount", "5万元")]
        )
        let row = dept([("budget_initial", "10万元"), ("budget_full", "15万元"), ("executed", "14万元")])
        #expect(try rules([row, adjust, pay("10万元"), pay("3万元")]) == ["payments-vs-executed"])
        #expect(try rules([row, adjust, pay("10万元"), pay("4万元")]).isEmpty)
        let unadjusted = dept([("budget_initial", "10万元"), ("budget_full", "16万元"), ("executed", "14.4万元")])
        #expect(try rules([unadjusted, adjust]) == ["adjustments-vs-budget"])
    }

    @Test func fundsBySourceAndLevelAgainstTheBudgetRow() throws {
        let row = dept([("budget_full", "1006.99万元")])
        #expect(
            try rules([row, line("level.central", [("full", "372.99万元")]), line("level.county", [("full", "634万元")])])
                .isEmpty
        )
        #expect(
            try rules([row, line("level.central", [("full", "372.99万元")]), line("level.county", [("full", "534万元")])])
                == [
                    "funds-by-level-sum"
                ]
        )
        #expect(try rules([row, line("source.current", [("full", "1000万元")])]) == ["funds-by-source-sum"])
    }

    @Test func allocationSharesAndStaffing() throws {
        let allocation = { (county: String) in
            Change.set(
                .part(Self.dept, .allocation),
                [("central", "60%"), ("province", "16%"), ("city", "12%"), ("county", county)].map {
                    FieldAssignment($0.0, $0.1)
                }
            )
        }
        #expect(try rules([allocation("12%")]).isEmpty)
        #expect(try rules([allocation("11%")]) == ["allocation-shares"])
        let staff = { (actual: String, printed: String) in
            Change.update(
                .year(Self.unit, Self.year),
                [("staff_authorized", "38"), ("staff_actual", actual), ("printed_control_rate", printed)].map {
                    FieldAssignment($0.0, $0.1)
                }
            )
        }
        #expect(try rules([staff("35", "92.1%")]).isEmpty)
        #expect(try rules([staff("35", "92.5%")]) == ["rate-misreported"])
        #expect(try rules([staff("40", "105.26%")]) == ["staffing-over-authorized"])
    }

    @Test func aSwitchedOffRuleReportsNothingForThatYear() throws {
        let changes = [dept([("budget_full", "100万元"), ("executed", "50万元")])]
        #expect(try rules(changes) == ["low-execution"])
        let off = Change.disableCheck(Self.unit, Self.year, rule: "low-execution", reason: "项目跨年实施")
        #expect(try rules(changes + [off]).isEmpty)
        #expect(try state(changes + [off]).year(Self.unit, Self.year).disabledCheckList.map(\.reason) == ["项目跨年实施"])
        #expect(throws: DomainError.self) {
            try self.state([Change.disableCheck(Self.unit, Self.year, rule: "no-such-rule", reason: "x")])
        }
    }
}
