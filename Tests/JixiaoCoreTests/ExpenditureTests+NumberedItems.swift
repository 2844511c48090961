import JixiaoCore
import Testing

/// Adjustments, payments and goals: ids, totals, required fields.
extension ExpenditureTests {
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
}
