import JixiaoCore
import Testing

@Suite struct ModelStateTests {
    typealias F = Fixture

    static let nameLengthReason = "a name has 1 to 200 characters"
    static let nameControlReason = "a name may not contain control characters"
    static let negativeReason = "a budget cannot be negative"
    static let codeCharsetReason =
        "a code uses lower-case ASCII letters, digits, '-' and '_' and starts with a letter or digit"
    static let countReason = "a count is a whole number of 0 or more"

    // MARK: Units

    @Test func createUnitAddsTheUnitWithItsFieldsAndRevision() throws {
        var state = ModelState()
        try state.apply(
            .create(
                .unit(F.hongjiang),
                F.fields(["name": "洪江市医疗保障局", "level": "市", "supervisor": "洪江市人民政府", "offices": "综合股、基金股,稽核股"])
            ),
            sequence: 7
        )
        #expect(state.sequence == 7)
        #expect(state.unitCount == 1)
        var expected = Unit(code: F.hongjiang, revision: 7)
        expected.name = "洪江市医疗保障局"
        expected.level = "市"
        expected.supervisor = "洪江市人民政府"
        expected.offices = ["综合股", "基金股", "稽核股"]
        let unit = try state.unit(F.hongjiang)
        #expect(unit == expected)
        #expect(unit.yearCount == 0)
        #expect(unit.parent == nil)
    }

    @Test func updateUnitChangesNamedFieldsAndRevisionAndKeepsYears() throws {
        var state = try F.populated()
        try state.apply(.update(.unit(F.hongjiang), F.fields(["name": "洪江市医保局", "level": "市"])), sequence: 5)
        let unit = try state.unit(F.hongjiang)
        #expect(unit.name == "洪江市医保局")
        #expect(unit.level == "市")
        #expect(unit.supervisor == nil)
        #expect(unit.revision == 5)
        #expect(unit.yearList.map(\.year) == [F.y2024])
        #expect(state.sequence == 5)
    }

    @Test func updateUnitWithAnEmptyValueClearsThatFieldOnly() throws {
        var state = try F.populated()
        try state.apply(.update(.unit(F.qianjiang), F.fields(["supervisor": "怀化市医疗保障局", "level": "区"])), sequence: 5)
        try state.apply(.update(.unit(F.qianjiang), F.fields(["supervisor": ""])), sequence: 6)
        var expected = Unit(code: F.qianjiang, revision: 6)
        expected.name = "黔江区"
        expected.level = "区"
        #expect(try state.unit(F.qianjiang) == expected)
    }

    @Test func updateUnitWithNoAssignmentsOnlyBumpsTheRevision() throws {
        var state = try F.populated()
        try state.apply(.update(.unit(F.qianjiang), []), sequence: 5)
        var expected = Unit(code: F.qianjiang, revision: 5)
        expected.name = "黔江区"
        #expect(try state.unit(F.qianjiang) == expected)
    }

    @Test func deleteUnitWithoutYearsRemovesIt() throws {
        var state = try F.populated()
        try state.apply(.delete(.unit(F.qianjiang)), sequence: 5)
        #expect(state.unitList.map(\.code) == [F.hongjiang])
        #expect(throws: DomainError.notFound(.unit(F.qianjiang))) { try state.unit(F.qianjiang) }
        #expect(state.sequence == 5)
    }

    @Test func unitsKeepCreationOrderAndARecreatedUnitGoesLast() throws {
        var state = try F.populated()
        #expect(state.unitList.map(\.code) == [F.hongjiang, F.qianjiang])
        try state.apply(.create(.unit(F.yibao), F.fields(["name": "医保"])), sequence: 5)
        try state.apply(.delete(.unit(F.qianjiang)), sequence: 6)
        try state.apply(.create(.unit(F.qianjiang), F.fields(["name": "黔江"])), sequence: 7)
        #expect(state.unitList.map(\.code) == [F.hongjiang, F.yibao, F.qianjiang])
        #expect(try state.unit(F.qianjiang).revision == 7)
    }

    @Test func subordinateUnitNamesItsParentAndBlocksTheParentsDeletion() throws {
        var state = try F.populated()
        try state.apply(.create(.unit(F.yibao), F.fields(["name": "医保事务中心", "parent": "qianjiang"])), sequence: 5)
        #expect(try state.unit(F.yibao).parent == F.qianjiang)
        #expect(state.subordinates(of: F.qianjiang).map(\.code) == [F.yibao])
        #expect(state.subordinates(of: F.hongjiang).isEmpty)
        let before = state
        #expect(throws: DomainError.notEmpty(.unit(F.qianjiang), holding: "subordinate unit(s) yibao")) {
            try state.apply(.delete(.unit(F.qianjiang)), sequence: 6)
        }
        #expect(state == before)
        try state.apply(.update(.unit(F.yibao), F.fields(["parent": ""])), sequence: 6)
        #expect(try state.unit(F.yibao).parent == nil)
        try state.apply(.delete(.unit(F.qianjiang)), sequence: 7)
        #expect(state.unitList.map(\.code) == [F.hongjiang, F.yibao])
    }

    @Test func parentsThatWouldFormACycleAreRefused() throws {
        var state = try F.populated()
        try state.apply(.create(.unit(F.yibao), F.fields(["name": "医保", "parent": "qianjiang"])), sequence: 5)
        try state.apply(.update(.unit(F.qianjiang), F.fields(["parent": "hongjiang"])), sequence: 6)
        let before = state
        let cycle = DomainError.badValue(field: "parent", value: "yibao", reason: "parents would form a cycle")
        #expect(throws: cycle) {
            try state.apply(.update(.unit(F.hongjiang), F.fields(["parent": "yibao"])), sequence: 7)
        }
        let direct = DomainError.badValue(field: "parent", value: "qianjiang", reason: "parents would form a cycle")
        #expect(throws: direct) {
            try state.apply(.update(.unit(F.hongjiang), F.fields(["parent": "qianjiang"])), sequence: 7)
        }
        #expect(state == before)
    }

    // MARK: Years

    @Test func createYearAddsAYearWithItsStaffingWithoutTouchingTheUnitRevision() throws {
        var state = try F.populated()
        try state.apply(
            .create(.year(F.qianjiang, F.y2025), F.fields(["staff_authorized": "38", "staff_actual": "35人"])),
            sequence: 5
        )
        var expected = UnitYear(year: F.y2025, revision: 5)
        expected.staffing.authorized = 38
        expected.staffing.actual = 35
        let year = try state.year(F.qianjiang, F.y2025)
        #expect(year == expected)
        #expect(year.departmentRevision == 5)
        #expect(year.staffing.controlRate?.percentText == "92.11")
        #expect(try state.unit(F.qianjiang).revision == 4)
        #expect(try state.unit(F.qianjiang).yearCount == 1)
    }

    @Test func updateYearChangesStaffingAndTheYearRevisionOnly() throws {
        var state = try F.populated()
        try state.apply(
            .update(.year(F.hongjiang, F.y2024), F.fields(["staff_retired": "12", "printed_control_rate": "92.1%"])),
            sequence: 5
        )
        let year = try state.year(F.hongjiang, F.y2024)
        #expect(year.staffing.retired == 12)
        #expect(year.staffing.printedControlRate == ExactNumber(units: 921, scale: 1))
        #expect(year.revision == 5)
        #expect(year.departmentRevision == 2)
        #expect(try state.unit(F.hongjiang).revision == 1)
        #expect(try state.project(F.hongjiang, F.y2024, F.jicha).revision == 3)
    }

    @Test func checkRulesAreSwitchedOffWithAReasonAndBackOnPerYear() throws {
        var state = try F.populated()
        try state.apply(.disableCheck(F.hongjiang, F.y2024, rule: "low-execution", reason: "按季度拨付"), sequence: 5)
        try state.apply(.disableCheck(F.hongjiang, F.y2024, rule: "rate-above-100", reason: "含上年结转"), sequence: 6)
        var year = try state.year(F.hongjiang, F.y2024)
        #expect(year.disabledCheckList.map(\.rule) == ["low-execution", "rate-above-100"])
        #expect(year.disabledCheckList.map(\.reason) == ["按季度拨付", "含上年结转"])
        #expect(year.revision == 6)
        try state.apply(.enableCheck(F.hongjiang, F.y2024, rule: "low-execution"), sequence: 7)
        year = try state.year(F.hongjiang, F.y2024)
        #expect(year.disabledCheckList.map(\.rule) == ["rate-above-100"])
        #expect(year.revision == 7)
    }

    @Test func deleteYearWithoutProjectsRemovesIt() throws {
        var state = try F.populated()
        try state.apply(.create(.year(F.hongjiang, F.y2025), []), sequence: 5)
        try state.apply(.delete(.year(F.hongjiang, F.y2025)), sequence: 6)
        #expect(try state.unit(F.hongjiang).yearList.map(\.year) == [F.y2024])
        #expect(state.sequence == 6)
    }

    // MARK: Projects

    @Test func createProjectStoresNameBudgetAndRevision() throws {
        let state = try F.populated()
        let project = try state.project(F.hongjiang, F.y2024, F.jicha)
        var expected = Project(code: F.jicha, revision: 3)
        expected.name = "基层医疗"
        expected.expenditure.entered = BudgetFigures(
            initial: F.wan("15"),
            full: F.wan("506.48"),
            executed: F.wan("840.87")
        )
        #expect(project == expected)
        #expect(try state.year(F.hongjiang, F.y2024).revision == 2)
        #expect(try state.unit(F.hongjiang).revision == 1)
        #expect(try state.year(F.hongjiang, F.y2024).projectCount == 1)
        #expect(try state.expenditure(F.jichaKey) == expected.expenditure)
    }

    @Test func createProjectWithoutFiguresLeavesThemNotEntered() throws {
        var state = try F.populated()
        try state.apply(
            .create(.project(F.hongjiang, F.y2024, F.yibao), F.fields(["name": "医保", "supervisor": "洪江市医疗保障局"])),
            sequence: 5
        )
        let project = try state.project(F.hongjiang, F.y2024, F.yibao)
        #expect(project.budget == BudgetFigures(initial: nil, full: nil, executed: nil))
        #expect(project.supervisor == "洪江市医疗保障局")
        #expect(project.executionRate == nil)
        #expect(try state.year(F.hongjiang, F.y2024).projectList.map(\.code) == [F.jicha, F.yibao])
    }

    @Test func updateProjectSetsClearsAndLeavesFields() throws {
        var state = try F.populated()
        try state.apply(
            .update(
                .project(F.hongjiang, F.y2024, F.jicha),
                F.fields(["name": "基层医疗服务", "budget_initial": "", "budget_full": "600万元", "printed_grade": "优"])
            ),
            sequence: 5
        )
        let project = try state.project(F.hongjiang, F.y2024, F.jicha)
        #expect(project.name == "基层医疗服务")
        #expect(project.budget == BudgetFigures(initial: nil, full: F.wan("600"), executed: F.wan("840.87")))
        #expect(project.expenditure.printedGrade == "优")
        #expect(project.revision == 5)
        #expect(try state.year(F.hongjiang, F.y2024).revision == 2)
        #expect(state.sequence == 5)
    }

    @Test func negativeExecutedAmountIsAcceptedAsARefund() throws {
        var state = try F.populated()
        try state.apply(.update(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["executed": "-3万"])), sequence: 5)
        #expect(try state.project(F.hongjiang, F.y2024, F.jicha).budget.executed == Money(fen: -3_000_000))
    }

    @Test func deletingEverythingInOrderEmptiesTheModel() throws {
        var state = try F.populated()
        try state.apply(.delete(.project(F.hongjiang, F.y2024, F.jicha)), sequence: 5)
        try state.apply(.delete(.year(F.hongjiang, F.y2024)), sequence: 6)
        try state.apply(.delete(.unit(F.hongjiang)), sequence: 7)
        try state.apply(.delete(.unit(F.qianjiang)), sequence: 8)
        #expect(state.unitCount == 0)
        #expect(state.sequence == 8)
        var empty = ModelState()
        empty.advance(to: 8)
        #expect(state == empty)
    }

    // MARK: Refusals

    static let refusals: [(Change, DomainError)] = [
        (.create(.unit(F.hongjiang), F.fields(["name": "另一个"])), .exists(.unit(F.hongjiang))),
        (.create(.unit(F.yibao), []), .badValue(field: "name", value: "", reason: "name=… is required")),
        (
            .create(.unit(F.yibao), F.fields(["level": "市"])),
            .badValue(field: "name", value: "", reason: "name=… is required")
        ),
        (
            .create(.unit(F.yibao), F.fields(["name": ""])),
            .badValue(field: "name", value: "", reason: nameLengthReason)
        ),
        (
            .create(.unit(F.yibao), F.fields(["name": String(repeating: "名", count: 201)])),
            .badValue(field: "name", value: String(repeating: "名", count: 201), reason: nameLengthReason)
        ),
        (
            .create(.unit(F.yibao), F.fields(["name": "a\nb"])),
            .badValue(field: "name", value: "a\nb", reason: nameControlReason)
        ),
        (
            .create(.unit(F.yibao), F.fields(["name": "a\u{7F}"])),
            .badValue(field: "name", value: "a\u{7F}", reason: nameControlReason)
        ),
        (
            .create(.unit(F.yibao), F.fields(["name": "a\u{85}"])),
            .badValue(field: "name", value: "a\u{85}", reason: nameControlReason)
        ),
        (
            .create(.unit(F.yibao), F.fields(["name": "x", "color": "red"])),
            .badValue(field: "color", value: "red", reason: "no such field")
        ),
        (
            .create(.unit(F.yibao), F.fields(["name": "x", "level": "镇"])),
            .badValue(field: "level", value: "镇", reason: "one of: 省, 市, 县, 区")
        ),
        (.create(.unit(F.yibao), F.fields(["name": "x", "parent": "missing"])), .notFound(.unit(F.missing))),
        (
            .create(.unit(F.yibao), F.fields(["name": "x", "parent": "Hongjiang"])),
            .badValue(field: "parent", value: "Hongjiang", reason: codeCharsetReason)
        ),
        (
            .update(.unit(F.hongjiang), F.fields(["parent": "hongjiang"])),
            .badValue(field: "parent", value: "hongjiang", reason: "a unit cannot be its own parent")
        ),
        (.update(.unit(F.missing), F.fields(["name": "x"])), .notFound(.unit(F.missing))),
        (.update(.unit(F.missing), []), .notFound(.unit(F.missing))),
        (
            .update(.unit(F.hongjiang), F.fields(["name": ""])),
            .badValue(field: "name", value: "", reason: nameLengthReason)
        ),
        (
            .set(.unit(F.hongjiang), F.fields(["name": "x"])),
            .badValue(field: "command", value: "unit", reason: "a unit is created, not set")
        ),
        (.delete(.unit(F.hongjiang)), .notEmpty(.unit(F.hongjiang), holding: "1 year(s)")),
        (.delete(.unit(F.missing)), .notFound(.unit(F.missing))),
        (.create(.year(F.hongjiang, F.y2024), []), .exists(.year(F.hongjiang, F.y2024))),
        (.create(.year(F.missing, F.y2024), []), .notFound(.unit(F.missing))),
        (
            .create(.year(F.qianjiang, F.y2024), F.fields(["staff_actual": "3.5"])),
            .badValue(field: "staff_actual", value: "3.5", reason: countReason)
        ),
        (
            .create(.year(F.qianjiang, F.y2024), F.fields(["staff_actual": "-1"])),
            .badValue(field: "staff_actual", value: "-1", reason: countReason)
        ),
        (.update(.year(F.hongjiang, F.y2025), F.fields(["staff_actual": "3"])), .notFound(.year(F.hongjiang, F.y2025))),
        (.delete(.year(F.hongjiang, F.y2024)), .notEmpty(.year(F.hongjiang, F.y2024), holding: "1 project(s)")),
        (.delete(.year(F.hongjiang, F.y2025)), .notFound(.year(F.hongjiang, F.y2025))),
        (.delete(.year(F.qianjiang, F.y2024)), .notFound(.year(F.qianjiang, F.y2024))),
        (.delete(.year(F.missing, F.y2024)), .notFound(.unit(F.missing))),
        (
            .create(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["name": "重复"])),
            .exists(.project(F.hongjiang, F.y2024, F.jicha))
        ),
        (
            .create(.project(F.hongjiang, F.y2025, F.yibao), F.fields(["name": "x"])),
            .notFound(.year(F.hongjiang, F.y2025))
        ),
        (.create(.project(F.missing, F.y2024, F.yibao), F.fields(["name": "x"])), .notFound(.unit(F.missing))),
        (
            .create(.project(F.hongjiang, F.y2024, F.yibao), F.fields(["name": ""])),
            .badValue(field: "name", value: "", reason: nameLengthReason)
        ),
        (
            .create(.project(F.hongjiang, F.y2024, F.yibao), F.fields(["budget_full": "1万元"])),
            .badValue(field: "name", value: "", reason: "name=… is required")
        ),
        (
            .create(.project(F.hongjiang, F.y2024, F.yibao), F.fields(["name": "x", "budget_initial": "-1万元"])),
            .badValue(field: "budget_initial", value: "-1万元", reason: negativeReason)
        ),
        (
            .create(.project(F.hongjiang, F.y2024, F.yibao), F.fields(["name": "x", "budget_full": "-0.000001万元"])),
            .badValue(field: "budget_full", value: "-0.000001万元", reason: negativeReason)
        ),
        (
            .create(.project(F.hongjiang, F.y2024, F.yibao), F.fields(["name": "x", "budget_full": "506.48"])),
            .badMoney("506.48", reason: "an amount needs a unit: 元 or 万元 (e.g. 15万元, 150000元)")
        ),
        (
            .create(.project(F.hongjiang, F.y2024, F.yibao), F.fields(["name": "x", "printed_grade": "甲"])),
            .badValue(field: "printed_grade", value: "甲", reason: "one of: 优, 良, 中, 差")
        ),
        (
            .update(.project(F.hongjiang, F.y2024, F.missing), F.fields(["name": "x"])),
            .notFound(.project(F.hongjiang, F.y2024, F.missing))
        ),
        (
            .update(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["budget_full": "-0.5万元"])),
            .badValue(field: "budget_full", value: "-0.5万元", reason: negativeReason)
        ),
        (
            .update(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["name": "", "executed": ""])),
            .badValue(field: "name", value: "", reason: nameLengthReason)
        ),
        (
            .update(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["executed": "", "budget_full": "x万元"])),
            .badMoney("x万元", reason: "not a number")
        ),
        (.delete(.project(F.hongjiang, F.y2024, F.missing)), .notFound(.project(F.hongjiang, F.y2024, F.missing))),
        (.delete(.project(F.hongjiang, F.y2025, F.jicha)), .notFound(.year(F.hongjiang, F.y2025))),
        (.delete(.project(F.missing, F.y2024, F.jicha)), .notFound(.unit(F.missing))),
        (
            .disableCheck(F.hongjiang, F.y2024, rule: "no-such-rule", reason: "x"),
            .badValue(field: "rule", value: "no-such-rule", reason: "no such check rule; CHECK RULES lists them")
        ),
        (
            .disableCheck(F.hongjiang, F.y2024, rule: "low-execution", reason: ""),
            .badValue(field: "reason", value: "", reason: "text has 1 to 2000 characters")
        ),
        (
            .disableCheck(F.hongjiang, F.y2025, rule: "low-execution", reason: "x"),
            .notFound(.year(F.hongjiang, F.y2025))
        ),
        (
            .enableCheck(F.hongjiang, F.y2024, rule: "low-execution"),
            .badValue(field: "rule", value: "low-execution", reason: "the rule is not switched off for this year")
        ),
    ]

    @Test(arguments: refusals)
    func refusedChangeThrowsAndLeavesTheStateAsItWas(change: Change, error: DomainError) throws {
        var state = try F.populated()
        let before = state
        #expect(throws: error) { try state.validate(change) }
        #expect(throws: error) { try state.prepare(change, sequence: 99) }
        #expect(throws: error) { try state.apply(change, sequence: 99) }
        #expect(state == before)
        #expect(state.sequence == 4)
    }

    @Test func validateAcceptsWhatApplyAcceptsAndChangesNothing() throws {
        let state = try F.populated()
        try state.validate(.create(.unit(F.yibao), F.fields(["name": "医保"])))
        try state.validate(.delete(.unit(F.qianjiang)))
        try state.validate(.update(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["executed": ""])))
        #expect(try state == F.populated())
    }

    // MARK: Sequence

    @Test func applyRecordsTheSequenceAndAdvanceNeverGoesBack() throws {
        var state = ModelState()
        #expect(state.sequence == 0)
        try state.apply(.create(.unit(F.hongjiang), F.fields(["name": "洪江"])), sequence: 5)
        #expect(state.sequence == 5)
        state.advance(to: 3)
        #expect(state.sequence == 5)
        state.advance(to: 9)
        #expect(state.sequence == 9)
        try state.apply(.update(.unit(F.hongjiang), F.fields(["level": "市"])), sequence: 10)
        #expect(state.sequence == 10)
        #expect(try state.unit(F.hongjiang).revision == 10)
    }

    @Test func preparedChangeTouchesNothingUntilCommitted() throws {
        var state = try F.populated()
        let before = state
        let prepared = try state.prepare(.delete(.unit(F.qianjiang)), sequence: 5)
        #expect(state == before)
        state.commit(prepared)
        #expect(state.unitList.map(\.code) == [F.hongjiang])
        #expect(state.sequence == 5)
    }

    // MARK: Execution rate and totals

    @Test func projectExecutionRateIsExecutedOverFullBudget() throws {
        let project = try F.populated().project(F.hongjiang, F.y2024, F.jicha)
        let rate = try #require(project.executionRate)
        #expect(rate.basisPoints == 16_602)
        #expect(rate.percentText == "166.02")
    }

    @Test(
        arguments: [
            (BudgetFigures(initial: F.wan("10"), full: F.wan("20"), executed: F.wan("5")), 2_500),
            (BudgetFigures(initial: F.wan("10"), full: nil, executed: F.wan("5")), 5_000),  // measured against 年初预算数
            (BudgetFigures(initial: nil, full: F.wan("20"), executed: F.wan("5")), 2_500),
            (BudgetFigures(initial: F.wan("10"), full: F.wan("20"), executed: nil), nil),
            (BudgetFigures(initial: nil, full: nil, executed: F.wan("5")), nil),
            (BudgetFigures(initial: F.wan("10"), full: .zero, executed: F.wan("5")), nil),  // 不适用, not 0 % or 100 %
            (BudgetFigures(initial: .zero, full: nil, executed: F.wan("5")), nil),
            (BudgetFigures(initial: nil, full: F.wan("3556"), executed: F.wan("3619.29")), 10_178),
        ] as [(BudgetFigures, Int64?)]
    )
    func executionRateNeedsExecutedAndANonZeroBase(budget: BudgetFigures, basisPoints: Int64?) {
        #expect(budget.executionRate?.basisPoints == basisPoints)
    }

    @Test func yearTotalSumsOnlyEnteredFiguresAndTheRateSkipsProjectsWithoutThem() throws {
        var state = try F.populated()
        try state.apply(
            .create(.project(F.hongjiang, F.y2024, F.yibao), F.fields(["name": "医保", "budget_full": "0.52万元"])),
            sequence: 5
        )
        let year = try state.year(F.hongjiang, F.y2024)
        #expect(try year.total(\.initial) == F.wan("15"))
        #expect(try year.total(\.full) == F.wan("507"))
        #expect(try year.total(\.executed) == F.wan("840.87"))
        #expect(try year.executionRate()?.percentText == "166.02")
        #expect(year.projectCount == 2)
    }

    @Test func yearTotalOfAYearWithoutFiguresIsNotEntered() throws {
        var state = try F.populated()
        try state.apply(.create(.year(F.qianjiang, F.y2024), []), sequence: 5)
        let year = try state.year(F.qianjiang, F.y2024)
        #expect(try year.total(\.full) == nil)
        #expect(try year.executionRate() == nil)
    }

    @Test func yearTotalThatLeavesInt64IsAnOverflow() throws {
        var state = try F.populated()
        let huge = Money(fen: 999_999_999_999_999_999).exactWan
        for index in 0..<10 {
            try state.apply(
                .create(
                    .project(F.hongjiang, F.y2024, try Code("p\(index)")),
                    F.fields(["name": "大", "budget_full": huge])
                ),
                sequence: Int64(5 + index)
            )
        }
        let year = try state.year(F.hongjiang, F.y2024)
        #expect(throws: DomainError.overflow) { try year.total(\.full) }
    }
}
