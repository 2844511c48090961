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
            .badValue(field: "weight", value: "", reason: "a group has two fields, weight=… and score=… (printed)"),
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

}
