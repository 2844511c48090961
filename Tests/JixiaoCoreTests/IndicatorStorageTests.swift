import JixiaoCore
import OrderedCollections
import Testing

/// How an indicator row is stored: every province holds millions of them, so what each
/// costs is pinned here (the memory benchmark measures the whole).
@Suite struct IndicatorStorageTests {
    typealias F = Fixture

    static func twoIndicators(name: String, target: String) throws -> (Indicator, Indicator) {
        var state = try F.populated()
        for (sequence, code) in ["i1", "i2"].enumerated() {
            let indicator = try Code(code)
            try state.apply(
                .create(
                    .part(F.jichaKey, .indicator(indicator)),
                    F.fields(["level1": "满意度指标", "level2": "服务对象满意度指标", "name": name, "target": target])
                ),
                sequence: Int64(10 + sequence)
            )
        }
        let indicators = try state.expenditure(F.jichaKey).indicatorList
        return (indicators[0], indicators[1])
    }

    static func storage(_ text: String) -> UnsafeRawPointer? {
        var copy = text
        return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    /// A row of `code` with level names.
    static func row(_ code: String, level1: String = "产出指标", level2: String = "数量指标") throws -> Indicator {
        var row = Indicator(code: try Code(code), revision: 1)
        row.level1 = level1
        row.level2 = level2
        return row
    }

    @Test func rowsWithTheSameLongNamesShareOneStorageOfEachText() throws {
        let (first, second) = try Self.twoIndicators(name: "群众看病就医负担减轻程度", target: "群众看病就医负担明显减轻")
        #expect(first.name == second.name)
        #expect(Self.storage(first.level2) == Self.storage(second.level2))
        #expect(Self.storage(first.name) == Self.storage(second.name))
        #expect(Self.storage(first.target!.text) == Self.storage(second.target!.text))
    }

    @Test func changingOneLevelNameKeepsTheOtherAndLeavesCopiesAlone() throws {
        var row = try Self.row("i1", level1: "效益指标", level2: "社会效益指标")
        let copy = row
        row.level2 = "可持续影响指标"
        #expect(row.level1 == "效益指标")
        #expect(row.level2 == "可持续影响指标")
        #expect(row.group == IndicatorGroup(level1: "效益指标", level2: "可持续影响指标"))
        #expect(copy.level2 == "社会效益指标")
        #expect(copy.group == IndicatorGroup(level1: "效益指标", level2: "社会效益指标"))
        row.level1 = ""
        row.level2 = ""
        #expect(row == Indicator(code: try Code("i1"), revision: 1))
        #expect(row != copy)
    }

    @Test func levelNamesTooLongToShareStillReadBack() throws {
        let long = String(repeating: "指标", count: 50)
        let row = try Self.row("i1", level1: long, level2: "数量指标")
        let same = try Self.row("i2", level1: long, level2: "数量指标")
        #expect(row.level1 == long)
        #expect(row.group == same.group)
        #expect(row.level2 == "数量指标")
    }

    @Test func rarelySetFieldsReadBackAndClearingThemGivesAnEqualRow() throws {
        var (row, _) = try Self.twoIndicators(name: "参保群众满意度", target: "≥90%")
        let original = row
        row.deviation = "原因"
        row.overrideScore = ExactNumber(units: 55, scale: 1)
        row.overrideReason = "人工"
        row.notApplicable = true
        row.completion = .partly
        #expect(row.deviation == "原因")
        #expect(row.overrideScore == ExactNumber(units: 55, scale: 1))
        #expect(row.overrideReason == "人工")
        #expect(row.notApplicable)
        #expect(row.completion == .partly)
        #expect(row != original)
        let copy = row
        row.deviation = "改了"
        #expect(copy.deviation == "原因")
        row.deviation = nil
        row.overrideScore = nil
        row.overrideReason = nil
        row.notApplicable = false
        #expect(row != original)
        row.completion = nil
        #expect(row == original)
    }

    @Test func theTableFindsReplacesAndRemovesRowsByCodeInOrder() throws {
        // Past the size searched in order the table keeps an index: both sizes, and the
        // shrink back below it.
        for count in [5, 40] {
            var table = IndicatorTable()
            for n in 0..<count { table[try Code("i\(n)")] = try Self.row("i\(n)") }
            #expect(table.count == count)
            #expect(table.values.map(\.code.text) == (0..<count).map { "i\($0)" })
            var changed = try Self.row("i3", level2: "质量指标")
            changed.revision = 9
            table[try Code("i3")] = changed
            #expect(table[try Code("i3")] == changed)
            #expect(table.values[3] == changed)
            #expect(table.removeValue(forKey: try Code("i1"))?.code.text == "i1")
            #expect(table.removeValue(forKey: try Code("i1")) == nil)
            #expect(table[try Code("i1")] == nil)
            table[try Code("i0")] = nil
            #expect(table.count == count - 2)
            #expect(table.index(forKey: try Code("i3")) == 1)
            #expect(table[try Code("i3")] == changed)
            #expect(table[try Code("i\(count - 1)")]?.code.text == "i\(count - 1)")
            for n in 4..<count { table[try Code("i\(n)")] = nil }
            #expect(table.values.map(\.code.text) == ["i2", "i3"])
            table[try Code("i0")] = try Self.row("i0")
            #expect(table.values.map(\.code.text) == ["i2", "i3", "i0"])
            #expect(table.index(forKey: try Code("i0")) == 2)
        }
    }

    @Test func tablesWithTheSameRowsAreEqualHoweverTheyWereBuilt() throws {
        var grown = IndicatorTable()
        for n in 0..<40 { grown[try Code("i\(n)")] = try Self.row("i\(n)") }
        for n in 2..<40 { grown[try Code("i\(n)")] = nil }
        var direct = IndicatorTable()
        for n in 0..<2 { direct[try Code("i\(n)")] = try Self.row("i\(n)") }
        #expect(grown == direct)
    }

    @Test func aCopyOfATableNeverSeesTheOthersChange() throws {
        var table = IndicatorTable()
        for n in 0..<40 { table[try Code("i\(n)")] = try Self.row("i\(n)") }
        let copy = table
        table[try Code("i0")] = try Self.row("i0", level2: "质量指标")
        table[try Code("i1")] = nil
        table[try Code("i99")] = try Self.row("i99")
        #expect(copy.count == 40)
        #expect(copy[try Code("i0")]?.level2 == "数量指标")
        #expect(copy[try Code("i1")] != nil)
        #expect(copy[try Code("i99")] == nil)
        #expect(copy.index(forKey: try Code("i39")) == 39)
    }

    @Test func aCopyOfAnExpenditureOrProjectNeverSeesTheOthersChangeOfARareField() throws {
        var expenditure = Expenditure()
        expenditure.printedGrade = "优"
        expenditure.goals[1] = Goal(id: 1, revision: 1)
        expenditure.nextID = 2
        let copy = expenditure
        // Changed in place through the box: the copy shares it until this change.
        expenditure.printedGrade = "良"
        expenditure.goals[1]?.text = "改了"
        expenditure.goals[2] = Goal(id: 2, revision: 2)
        expenditure.nextID += 1
        expenditure.isIncomplete = true
        #expect(copy.printedGrade == "优")
        #expect(copy.goals.count == 1)
        #expect(copy.goals[1]?.text == "")
        #expect(copy.nextID == 2)
        #expect(!copy.isIncomplete)
        #expect(expenditure.goals[1]?.text == "改了")
        #expect(expenditure.nextID == 3)

        var project = Project(code: try Code("p"), revision: 1)
        project.supervisor = "医保局"
        let projectCopy = project
        project.supervisor = "财政局"
        project.expenditure.printedGrade = "中"
        #expect(projectCopy.supervisor == "医保局")
        #expect(projectCopy.expenditure.printedGrade == nil)
    }

    @Test func aCopyOfTheModelNeverSeesTheOthersChange() throws {
        var state = try F.populated()
        try state.apply(
            .add(F.jichaKey, .payment, F.fields(["date": "2024-03-01", "amount": "1万元"])),
            sequence: 10
        )
        try state.apply(.update(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["supervisor": "医保局"])), sequence: 11)
        let before = state
        try state.apply(
            .add(F.jichaKey, .payment, F.fields(["date": "2024-04-01", "amount": "2万元"])),
            sequence: 12
        )
        try state.apply(.update(.project(F.hongjiang, F.y2024, F.jicha), F.fields(["supervisor": "财政局"])), sequence: 13)
        #expect(try before.expenditure(F.jichaKey).payments.count == 1)
        #expect(try state.expenditure(F.jichaKey).payments.count == 2)
        #expect(try before.project(F.hongjiang, F.y2024, F.jicha).supervisor == "医保局")
        #expect(try state.project(F.hongjiang, F.y2024, F.jicha).supervisor == "财政局")
        #expect(before != state)
    }

    @Test func clearingEveryRareFieldGivesAnEqualExpenditure() {
        var expenditure = Expenditure()
        expenditure.printedTotal = ExactNumber(90)
        expenditure.incompleteReason = "缺页"
        #expect(expenditure != Expenditure())
        expenditure.printedTotal = nil
        expenditure.incompleteReason = nil
        #expect(expenditure == Expenditure())
    }

    /// 224, 400 and 520 bytes before the level names were boxed, the codes kept once and the
    /// rarely set fields of projects and expenditures boxed.
    @Test func anIndicatorRowAndItsProjectStayCompact() {
        #expect(MemoryLayout<ExactNumber?>.stride == 16)
        #expect(MemoryLayout<IndicatorValue?>.stride == 56)
        #expect(MemoryLayout<IndicatorTable>.stride == 16)
        #expect(MemoryLayout<Indicator>.stride <= 200)
        #expect(MemoryLayout<Expenditure>.stride <= 72)
        #expect(MemoryLayout<Project>.stride <= 120)
    }
}
