import JixiaoCore
import Testing

/// The department's expenditure and the indicator vocabulary.
extension ExpenditureTests {
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
