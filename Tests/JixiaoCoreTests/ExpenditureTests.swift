import JixiaoCore
import Testing

/// The parts of an expenditure (lines, indicators, groups, facts, numbered items, the
/// allocation rule) edited through ``ModelState/apply(_:sequence:)``, as the daemon does.
@Suite struct ExpenditureTests {
    typealias F = Fixture

    static let income = try! LineItem("income")
    static let incomeGeneral = try! LineItem("income.general")
    static let custom = try! LineItem("income.lottery")
    static let peixun = try! Code("peixun")
    static let canbao = try! Code("canbao")

    static func line(_ item: LineItem, _ key: ExpenditureKey = F.department) -> ObjectKey { .part(key, .line(item)) }
    static func indicator(_ code: Code, _ key: ExpenditureKey = F.department) -> ObjectKey {
        .part(key, .indicator(code))
    }

    /// An indicator's required fields, with the standard names.
    static let peixunFields = F.fields([
        "level1": "产出指标", "level2": "数量指标", "name": "培训次数", "target": "≥2次", "weight": "10",
    ])

    /// The populated fixture; then applies `changes` from sequence 5 on.
    static func state(_ changes: [Change]) throws -> ModelState {
        var state = try F.populated()
        for (index, change) in changes.enumerated() { try state.apply(change, sequence: Int64(5 + index)) }
        return state
    }

    /// Applies a change that must be refused; checks the error and that nothing changed.
    static func expectRefused(
        _ change: Change,
        _ error: DomainError,
        in state: ModelState,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var copy = state
        #expect(throws: error, sourceLocation: sourceLocation) { try copy.apply(change, sequence: 99) }
        #expect(copy == state, sourceLocation: sourceLocation)
    }

    // MARK: Lines

    @Test func lineSetCreatesThenUpdatesACatalogLine() throws {
        var state = try Self.state([
            .set(Self.line(Self.income), F.fields(["initial": "506.48万元", "executed": "840.87万元"]))
        ])
        var line = try #require(try state.expenditure(F.department).line(Self.income))
        #expect(line.initial == F.wan("506.48"))
        #expect(line.executed == F.wan("840.87"))
        #expect(line.label == nil)
        #expect(line.displayLabel == "收入合计")
        #expect(line.revision == 5)
        try state.apply(
            .set(Self.line(Self.income), F.fields(["initial": "", "full": "600万元", "note": "调整后"])),
            sequence: 6
        )
        line = try #require(try state.expenditure(F.department).line(Self.income))
        #expect(line.initial == nil)
        #expect(line.full == F.wan("600"))
        #expect(line.executed == F.wan("840.87"))
        #expect(line.note == "调整后")
        #expect(line.revision == 6)
        #expect(try state.year(F.hongjiang, F.y2024).departmentRevision == 2)
    }

    @Test func linesKeepTheOrderTheyWereEntered() throws {
        let state = try Self.state([
            .set(Self.line(Self.incomeGeneral), F.fields(["actual": "1万元"])),
            .set(Self.line(Self.income), F.fields(["actual": "2万元"])),
            .set(Self.line(Self.custom), F.fields(["label": "彩票公益金", "actual": "3万元"])),
        ])
        let lines = try state.expenditure(F.department).lineList
        #expect(lines.map(\.item) == [Self.incomeGeneral, Self.income, Self.custom])
        #expect(lines.map(\.displayLabel) == ["一般公共预算拨款", "收入合计", "彩票公益金"])
    }

    @Test func lineUpdateChangesAnExistingLineAndRefusesAMissingOne() throws {
        var state = try Self.state([.set(Self.line(Self.income), F.fields(["initial": "1万元"]))])
        try state.apply(.update(Self.line(Self.income), F.fields(["initial": "2万元"])), sequence: 6)
        #expect(try state.expenditure(F.department).line(Self.income)?.initial == F.wan("2"))
        Self.expectRefused(
            .update(Self.line(Self.incomeGeneral), F.fields(["initial": "2万元"])),
            .notFound(Self.line(Self.incomeGeneral)),
            in: state
        )
    }

    @Test func lineDeleteRemovesItAndASecondDeleteIsNotFound() throws {
        var state = try Self.state([.set(Self.line(Self.income), F.fields(["initial": "1万元"]))])
        try state.apply(.delete(Self.line(Self.income)), sequence: 6)
        #expect(try state.expenditure(F.department).lineList.isEmpty)
        Self.expectRefused(.delete(Self.line(Self.income)), .notFound(Self.line(Self.income)), in: state)
    }

    @Test func lineOutsideTheCatalogNeedsALabel() throws {
        let state = try F.populated()
        let refusal = DomainError.badValue(
            field: "label",
            value: "income.lottery",
            reason: "a line outside the catalog needs label=…"
        )
        Self.expectRefused(.set(Self.line(Self.custom), F.fields(["actual": "3万元"])), refusal, in: state)
        var labelled = state
        try labelled.apply(.set(Self.line(Self.custom), F.fields(["label": "彩票公益金", "actual": "3万元"])), sequence: 5)
        #expect(try labelled.expenditure(F.department).line(Self.custom)?.displayLabel == "彩票公益金")
        // Clearing the label of a line outside the catalog is refused too.
        Self.expectRefused(.set(Self.line(Self.custom), F.fields(["label": ""])), refusal, in: labelled)
    }

    @Test func lineFieldsAreCheckedWhenApplied() throws {
        let state = try F.populated()
        Self.expectRefused(
            .set(Self.line(Self.income), F.fields(["initial": "506.48"])),
            .badMoney("506.48", reason: "an amount needs a unit: 元 or 万元 (e.g. 15万元, 150000元)"),
            in: state
        )
        Self.expectRefused(
            .set(Self.line(Self.income), F.fields(["printed_share": "三成"])),
            .badValue(field: "printed_share", value: "三成", reason: "a percentage is a number, e.g. 34.71%"),
            in: state
        )
        Self.expectRefused(
            .set(Self.line(Self.income), F.fields(["weight": "1"])),
            .badValue(field: "weight", value: "1", reason: "no such field"),
            in: state
        )
    }

    @Test func projectLinesAreTheProjectsOwn() throws {
        let state = try Self.state([
            .set(Self.line(try LineItem("level.central"), F.jichaKey), F.fields(["actual": "1123万元"]))
        ])
        #expect(try state.expenditure(F.jichaKey).lineList.map(\.item.text) == ["level.central"])
        #expect(try state.expenditure(F.department).lineList.isEmpty)
        #expect(try state.project(F.hongjiang, F.y2024, F.jicha).revision == 3)
    }

    @Test func partsOfAMissingExpenditureAreNotFound() throws {
        let state = try F.populated()
        let missingProject = ExpenditureKey(F.hongjiang, F.y2024, .project(F.missing))
        Self.expectRefused(
            .set(Self.line(Self.income, missingProject), F.fields(["actual": "1万元"])),
            .notFound(.expenditure(missingProject)),
            in: state
        )
        Self.expectRefused(
            .set(
                Self.line(Self.income, ExpenditureKey(F.hongjiang, F.y2025, .department)),
                F.fields(["actual": "1万元"])
            ),
            .notFound(.year(F.hongjiang, F.y2025)),
            in: state
        )
        Self.expectRefused(
            .add(ExpenditureKey(F.missing, F.y2024, .department), .goal, F.fields(["text": "x"])),
            .notFound(.unit(F.missing)),
            in: state
        )
    }

    // MARK: Indicators

    @Test func indicatorCreateStoresItsFieldsAndParsedValues() throws {
        let state = try Self.state([.create(Self.indicator(Self.peixun), Self.peixunFields)])
        let indicator = try #require(try state.expenditure(F.department).indicatorList.first)
        #expect(indicator.code == Self.peixun)
        #expect(indicator.group == IndicatorGroup(level1: "产出指标", level2: "数量指标"))
        #expect(indicator.name == "培训次数")
        #expect(indicator.target?.kind == .quantity(Quantity(comparison: .atLeast, number: ExactNumber(2), unit: "次")))
        #expect(indicator.actual == nil)
        #expect(indicator.weight == ExactNumber(10))
        #expect(indicator.notApplicable == false)
        #expect(indicator.revision == 5)
    }

    @Test func indicatorWithAnUnknownLevel1IsRefusedUntilTheNameIsAdded() throws {
        var state = try F.populated()
        let fields = F.fields(["level1": "社会效果", "level2": "数量指标", "name": "宣传", "target": "效果明显"])
        Self.expectRefused(
            .create(Self.indicator(Self.peixun), fields),
            .badValue(
                field: "level1",
                value: "社会效果",
                reason: "not a known level-1 indicator name; add it with VOCAB ADD 1 name=… if it is right"
            ),
            in: state
        )
        try state.apply(.addVocabulary(level: 1, name: "社会效果"), sequence: 5)
        #expect(state.vocabulary.contains("社会效果", level: 1))
        #expect(!state.vocabulary.contains("社会效果", level: 2))
        try state.apply(.create(Self.indicator(Self.peixun), fields), sequence: 6)
        #expect(try state.expenditure(F.department).indicatorList.map(\.level1) == ["社会效果"])
    }

    @Test func indicatorWithAnUnknownLevel2IsRefusedUntilTheNameIsAdded() throws {
        var state = try F.populated()
        let fields = F.fields(["level1": "产出指标", "level2": "数量指数", "name": "宣传", "target": "≥3次"])
        Self.expectRefused(
            .create(Self.indicator(Self.peixun), fields),
            .badValue(
                field: "level2",
                value: "数量指数",
                reason: "not a known level-2 indicator name; add it with VOCAB ADD 2 name=… if it is right"
            ),
            in: state
        )
        try state.apply(.addVocabulary(level: 2, name: "数量指数"), sequence: 5)
        try state.apply(.create(Self.indicator(Self.peixun), fields), sequence: 6)
        #expect(try state.expenditure(F.department).indicatorList.count == 1)
    }

    @Test func indicatorUpdateToAnUnknownLevel1IsRefused() throws {
        let state = try Self.state([.create(Self.indicator(Self.peixun), Self.peixunFields)])
        Self.expectRefused(
            .update(Self.indicator(Self.peixun), F.fields(["level1": "产出指数"])),
            .badValue(
                field: "level1",
                value: "产出指数",
                reason: "not a known level-1 indicator name; add it with VOCAB ADD 1 name=… if it is right"
            ),
            in: state
        )
    }

    @Test(arguments: ["level1", "level2", "name", "target"])
    func indicatorCreateNeedsEachRequiredField(missing: String) throws {
        let state = try F.populated()
        let fields = Self.peixunFields.filter { $0.key != missing }
        Self.expectRefused(
            .create(Self.indicator(Self.peixun), fields),
            .badValue(field: missing, value: "", reason: "\(missing)=… is required"),
            in: state
        )
    }

    @Test func indicatorCreateTwiceExistsAndUpdateOfAMissingOneIsNotFound() throws {
        let state = try Self.state([.create(Self.indicator(Self.peixun), Self.peixunFields)])
        Self.expectRefused(
            .create(Self.indicator(Self.peixun), Self.peixunFields),
            .exists(Self.indicator(Self.peixun)),
            in: state
        )
        Self.expectRefused(
            .update(Self.indicator(Self.canbao), F.fields(["score": "5"])),
            .notFound(Self.indicator(Self.canbao)),
            in: state
        )
        Self.expectRefused(.delete(Self.indicator(Self.canbao)), .notFound(Self.indicator(Self.canbao)), in: state)
    }

    @Test func indicatorUpdateSetsActualScoreAndNotApplicable() throws {
        var state = try Self.state([.create(Self.indicator(Self.peixun), Self.peixunFields)])
        try state.apply(
            .update(
                Self.indicator(Self.peixun),
                F.fields(["actual": "3次", "score": "10分", "not_applicable": "yes", "deviation": "无偏差"])
            ),
            sequence: 6
        )
        var indicator = try #require(try state.expenditure(F.department).indicatorList.first)
        #expect(
            indicator.actual == IndicatorValue(text: "3次", kind: .quantity(Quantity(number: ExactNumber(3), unit: "次")))
        )
        #expect(indicator.score == ExactNumber(10))
        #expect(indicator.notApplicable)
        #expect(indicator.deviation == "无偏差")
        #expect(indicator.revision == 6)
        try state.apply(
            .update(Self.indicator(Self.peixun), F.fields(["not_applicable": "", "deviation": ""])),
            sequence: 7
        )
        indicator = try #require(try state.expenditure(F.department).indicatorList.first)
        #expect(!indicator.notApplicable)
        #expect(indicator.deviation == nil)
        Self.expectRefused(
            .update(Self.indicator(Self.peixun), F.fields(["not_applicable": "true"])),
            .badValue(field: "not_applicable", value: "true", reason: "one of: yes, no"),
            in: state
        )
        Self.expectRefused(
            .update(Self.indicator(Self.peixun), F.fields(["weight": "-1"])),
            .badValue(field: "weight", value: "-1", reason: "points are a number of 0 or more, e.g. 10 or 4.59"),
            in: state
        )
    }

    @Test func indicatorDeleteRemovesItAndKeepsTheOthersInOrder() throws {
        var state = try Self.state([
            .create(Self.indicator(Self.peixun), Self.peixunFields),
            .create(Self.indicator(Self.canbao), Self.peixunFields),
            .create(Self.indicator(try Code("manyidu")), Self.peixunFields),
        ])
        try state.apply(.delete(Self.indicator(Self.canbao)), sequence: 8)
        #expect(try state.expenditure(F.department).indicatorList.map(\.code.text) == ["peixun", "manyidu"])
    }

    /// Fields a create requires should not be clearable afterwards: an object missing one
    /// cannot be exported as a create that loads again.
    static let clearings: [(Change, String)] = [
        (.update(indicator(peixun), F.fields(["target": ""])), "target"),
        (.set(.part(F.department, .fact(canbao)), F.fields(["value": ""])), "value"),
        (.update(.part(F.department, .adjustment(1)), F.fields(["date": ""])), "date"),
        (.update(.part(F.department, .payment(2)), F.fields(["date": ""])), "date"),
    ]

    @Test(arguments: clearings)
    func aRequiredFieldCannotBeClearedAfterCreation(change: Change, field: String) throws {
        var state = try Self.state([
            .create(Self.indicator(Self.peixun), Self.peixunFields),
            .set(.part(F.department, .fact(Self.canbao)), F.fields(["name": "参保人数", "value": "303517人"])),
            .add(F.department, .adjustment, F.fields(["date": "2024-06-30", "amount": "10万元"])),
            .add(F.department, .payment, F.fields(["date": "2024-07-01", "amount": "5万元"])),
        ])
        let before = state
        do {
            try state.apply(change, sequence: 99)
            Issue.record("clearing required field '\(field)' was accepted: \(change)")
        } catch {
            guard case .badValue(let refused, _, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(refused == field)
            #expect(state == before)
        }
    }

    // MARK: Groups

    @Test func groupSetRecordsThePrintedWeightAndDeleteRemovesIt() throws {
        let output = IndicatorGroup(level1: "产出指标")
        let quantity = IndicatorGroup(level1: "产出指标", level2: "数量指标")
        var state = try Self.state([
            .set(.part(F.department, .group(output)), F.fields(["weight": "50"])),
            .set(.part(F.department, .group(quantity)), F.fields(["weight": "20分"])),
        ])
        var groups = try state.expenditure(F.department).groupList
        #expect(groups.map(\.0) == [output, quantity])
        #expect(groups.map(\.1) == [ExactNumber(50), ExactNumber(20)])
        try state.apply(.set(.part(F.department, .group(output)), F.fields(["weight": "45.5"])), sequence: 7)
        groups = try state.expenditure(F.department).groupList
        #expect(groups.map(\.1) == [ExactNumber(units: 455, scale: 1), ExactNumber(20)])
        try state.apply(.delete(.part(F.department, .group(output))), sequence: 8)
        #expect(try state.expenditure(F.department).groupList.map(\.0) == [quantity])
        Self.expectRefused(
            .delete(.part(F.department, .group(output))),
            .notFound(.part(F.department, .group(output))),
            in: state
        )
    }

    @Test func groupOfAnUnknownNameOrWithOtherFieldsIsRefused() throws {
        let state = try F.populated()
        let unknown = IndicatorGroup(level1: "产出指数")
        Self.expectRefused(
            .set(.part(F.department, .group(unknown)), F.fields(["weight": "50"])),
            .badValue(
                field: "level1",
                value: "产出指数",
                reason: "not a known level-1 indicator name; add it with VOCAB ADD 1 name=… if it is right"
            ),
            in: state
        )
        let output = IndicatorGroup(level1: "产出指标")
        Self.expectRefused(
            .set(.part(F.department, .group(output)), F.fields(["weight": "50", "name": "x"])),
            .badValue(field: "weight", value: "", reason: "a group has one field, weight=…"),
            in: state
        )
        Self.expectRefused(
            .set(.part(F.department, .group(output)), F.fields(["weight": "-5"])),
            .badValue(field: "weight", value: "-5", reason: "points are a number of 0 or more, e.g. 10 or 4.59"),
            in: state
        )
    }

    // MARK: Facts

    @Test func factSetCreatesThenUpdatesAndNeedsNameAndValueFirst() throws {
        let key = ObjectKey.part(F.department, .fact(Self.canbao))
        var state = try F.populated()
        Self.expectRefused(
            .set(key, F.fields(["name": "参保人数"])),
            .badValue(field: "value", value: "", reason: "value=… is required"),
            in: state
        )
        try state.apply(.set(key, F.fields(["name": "参保人数", "value": "303517人"])), sequence: 5)
        try state.apply(.set(key, F.fields(["note": "截至12月底"])), sequence: 6)
        let fact = try #require(try state.expenditure(F.department).factList.first)
        #expect(fact.name == "参保人数")
        #expect(
            fact.value
                == IndicatorValue(text: "303517人", kind: .quantity(Quantity(number: ExactNumber(303_517), unit: "人")))
        )
        #expect(fact.note == "截至12月底")
        #expect(fact.revision == 6)
    }

    // MARK: Numbered items

    @Test func addedItemsAreNumberedOneTwoThreeWithinEachExpenditure() throws {
        let state = try Self.state([
            .add(F.department, .adjustment, F.fields(["date": "2024-03-01", "amount": "10万元", "kind": "追加"])),
            .add(F.department, .payment, F.fields(["date": "2024-04-01", "amount": "300万元"])),
            .add(F.department, .goal, F.fields(["text": "完成年度目标"])),
            .add(F.jichaKey, .payment, F.fields(["date": "2024-05-01", "amount": "150000元"])),
            .add(F.jichaKey, .payment, F.fields(["date": "2024-06-01", "amount": "50000元", "line": "source.current"])),
        ])
        let department = try state.expenditure(F.department)
        #expect(department.adjustmentList.map(\.id) == [1])
        #expect(department.paymentList.map(\.id) == [2])
        #expect(department.goalList.map(\.id) == [3])
        #expect(department.nextID == 4)
        let project = try state.expenditure(F.jichaKey)
        #expect(project.paymentList.map(\.id) == [1, 2])
        #expect(project.paymentList.map(\.revision) == [8, 9])
        #expect(project.paymentList.map(\.line?.text) == [nil, "source.current"])
        #expect(project.nextID == 3)
    }

    @Test func threeAdjustmentsGetIdsOneTwoThreeAndDeletedIdsAreNotReused() throws {
        var state = try Self.state([
            .add(F.department, .adjustment, F.fields(["date": "2024-03-01", "amount": "10万元"])),
            .add(F.department, .adjustment, F.fields(["date": "2024-04-01", "amount": "-2.5万元", "kind": "调减"])),
            .add(F.department, .adjustment, F.fields(["date": "2024-05-01", "amount": "1万元"])),
        ])
        #expect(try state.expenditure(F.department).adjustmentList.map(\.id) == [1, 2, 3])
        try state.apply(.delete(.part(F.department, .adjustment(3))), sequence: 8)
        try state.apply(
            .add(F.department, .adjustment, F.fields(["date": "2024-06-01", "amount": "1万元"])),
            sequence: 9
        )
        #expect(try state.expenditure(F.department).adjustmentList.map(\.id) == [1, 2, 4])
    }

    @Test func adjustedBudgetIsTheInitialBudgetPlusEveryAdjustment() throws {
        var state = try F.populated()
        #expect(try state.expenditure(F.jichaKey).adjustedBudget == nil)  // no adjustment yet
        try state.apply(
            .add(F.jichaKey, .adjustment, F.fields(["date": "2024-03-01", "amount": "500万元"])),
            sequence: 5
        )
        try state.apply(
            .add(F.jichaKey, .adjustment, F.fields(["date": "2024-09-01", "amount": "-8.52万元"])),
            sequence: 6
        )
        #expect(try state.expenditure(F.jichaKey).adjustedBudget == F.wan("506.48"))
        try state.apply(.update(.part(F.jichaKey, .adjustment(2)), F.fields(["amount": "-9万元"])), sequence: 7)
        #expect(try state.expenditure(F.jichaKey).adjustedBudget == F.wan("506"))
        try state.apply(.update(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["budget_initial": ""])), sequence: 8)
        #expect(try state.expenditure(F.jichaKey).adjustedBudget == nil)  // no 年初预算数
    }

    @Test func paidTotalIsTheSumOfThePayments() throws {
        var state = try F.populated()
        #expect(try state.expenditure(F.jichaKey).paidTotal == nil)
        try state.apply(.add(F.jichaKey, .payment, F.fields(["date": "2024-03-01", "amount": "840万元"])), sequence: 5)
        try state.apply(.add(F.jichaKey, .payment, F.fields(["date": "2024-04-01", "amount": "8700元"])), sequence: 6)
        try state.apply(.add(F.jichaKey, .payment, F.fields(["date": "2024-05-01", "amount": "-0.01元"])), sequence: 7)
        #expect(try state.expenditure(F.jichaKey).paidTotal == Money(fen: 840_869_999))
        try state.apply(.delete(.part(F.jichaKey, .payment(3))), sequence: 8)
        #expect(try state.expenditure(F.jichaKey).paidTotal == F.wan("840.87"))
    }

    @Test func addChecksRequiredFieldsAndValues() throws {
        let state = try F.populated()
        Self.expectRefused(
            .add(F.department, .adjustment, F.fields(["amount": "1万元"])),
            .badValue(field: "date", value: "", reason: "date=… is required"),
            in: state
        )
        Self.expectRefused(
            .add(F.department, .payment, F.fields(["date": "2024-02-30", "amount": "1万元"])),
            .badValue(field: "date", value: "2024-02-30", reason: "a date is written YYYY-MM-DD, e.g. 2024-06-30"),
            in: state
        )
        Self.expectRefused(
            .add(F.department, .adjustment, F.fields(["date": "2024-02-29", "amount": "1万元", "kind": "增加"])),
            .badValue(field: "kind", value: "增加", reason: "one of: 调整, 追加, 调减"),
            in: state
        )
        Self.expectRefused(
            .add(F.department, .goal, F.fields(["kind": "expected"])),
            .badValue(field: "text", value: "", reason: "text=… is required"),
            in: state
        )
        Self.expectRefused(
            .add(F.department, .goal, F.fields(["kind": "planned", "text": "x"])),
            .badValue(field: "kind", value: "planned", reason: "one of: expected, achieved"),
            in: state
        )
    }

    @Test func numberedItemsAreNotCreatedOrSetById() throws {
        let state = try Self.state([.add(F.department, .goal, F.fields(["text": "x"]))])
        let refusal = DomainError.badValue(field: "command", value: "", reason: "numbered items are added with ADD")
        Self.expectRefused(.create(.part(F.department, .goal(2)), F.fields(["text": "y"])), refusal, in: state)
        Self.expectRefused(.set(.part(F.department, .goal(1)), F.fields(["text": "y"])), refusal, in: state)
        Self.expectRefused(
            .update(.part(F.department, .goal(2)), F.fields(["text": "y"])),
            .notFound(.part(F.department, .goal(2))),
            in: state
        )
    }

    @Test func goalUpdateChangesTextAndKind() throws {
        var state = try Self.state([.add(F.department, .goal, F.fields(["text": "预期目标一"]))])
        try state.apply(
            .update(.part(F.department, .goal(1)), F.fields(["kind": "achieved", "text": "已完成"])),
            sequence: 6
        )
        let goal = try #require(try state.expenditure(F.department).goalList.first)
        #expect(goal.kind == "achieved")
        #expect(goal.text == "已完成")
        #expect(goal.revision == 6)
    }

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

    // MARK: The department

    @Test func departmentUpdateSetsItsFiguresAndRevision() throws {
        var state = try F.populated()
        try state.apply(
            .update(
                .expenditure(F.department),
                F.fields([
                    "budget_initial": "506.48万元", "budget_full": "506.48万元", "executed": "840.87万元",
                    "printed_rate": "100%", "printed_grade": "优",
                ])
            ),
            sequence: 5
        )
        let year = try state.year(F.hongjiang, F.y2024)
        #expect(
            year.department.budget
                == BudgetFigures(initial: F.wan("506.48"), full: F.wan("506.48"), executed: F.wan("840.87"))
        )
        #expect(year.department.budget.executionRate?.percentText == "166.02")
        #expect(year.department.printedRate == ExactNumber(100))
        #expect(year.department.printedGrade == "优")
        #expect(year.departmentRevision == 5)
        #expect(year.revision == 2)
        // The department is not a project: year totals are over projects only.
        #expect(try year.total(\.initial) == F.wan("15"))
    }

    @Test func departmentCannotBeCreatedOrDeleted() throws {
        let state = try F.populated()
        Self.expectRefused(.create(.expenditure(F.department), []), .exists(.expenditure(F.department)), in: state)
        Self.expectRefused(
            .delete(.expenditure(F.department)),
            .badValue(field: "project", value: "dept", reason: "the department's expenditure cannot be deleted"),
            in: state
        )
    }

    @Test func departmentFieldsAreCheckedWhenApplied() throws {
        let state = try F.populated()
        Self.expectRefused(
            .update(.expenditure(F.department), F.fields(["name": "x"])),
            .badValue(field: "name", value: "x", reason: "no such field"),
            in: state
        )
        Self.expectRefused(
            .update(.expenditure(F.department), F.fields(["budget_full": "-1元"])),
            .badValue(field: "budget_full", value: "-1元", reason: "a budget cannot be negative"),
            in: state
        )
    }

    @Test func deletingAProjectDeletesItsParts() throws {
        var state = try Self.state([
            .set(Self.line(Self.income, F.jichaKey), F.fields(["actual": "1万元"])),
            .create(Self.indicator(Self.peixun, F.jichaKey), Self.peixunFields),
            .add(F.jichaKey, .payment, F.fields(["date": "2024-05-01", "amount": "1万元"])),
        ])
        try state.apply(.delete(.project(F.hongjiang, F.y2024, F.jicha)), sequence: 8)
        try state.apply(.create(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["name": "重建"])), sequence: 9)
        let expenditure = try state.expenditure(F.jichaKey)
        #expect(expenditure == Expenditure())
    }

    // MARK: Vocabulary

    @Test func vocabularyAddOfAStandardOrRepeatedNameChangesNothingButTheSequence() throws {
        var state = try F.populated()
        let standard = state.vocabulary
        try state.apply(.addVocabulary(level: 1, name: "产出指标"), sequence: 5)
        #expect(state.vocabulary == standard)
        try state.apply(.addVocabulary(level: 2, name: "宣传指标"), sequence: 6)
        try state.apply(.addVocabulary(level: 2, name: "宣传指标"), sequence: 7)
        #expect(Array(state.vocabulary.level2).filter { $0 == "宣传指标" }.count == 1)
        #expect(Array(state.vocabulary.level2).last == "宣传指标")
        #expect(state.sequence == 7)
    }

    @Test func vocabularyAddRefusesLevelThreeAndBadNames() throws {
        let state = try F.populated()
        Self.expectRefused(
            .addVocabulary(level: 3, name: "x"),
            .badValue(field: "level", value: "3", reason: "indicator levels with names are 1 and 2"),
            in: state
        )
        Self.expectRefused(
            .addVocabulary(level: 1, name: ""),
            .badValue(field: "name", value: "", reason: "a name has 1 to 200 characters"),
            in: state
        )
    }
}
