import JixiaoCore
import Testing

/// Indicators of an expenditure: fields, vocabulary, required fields.
extension ExpenditureTests {
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
}
