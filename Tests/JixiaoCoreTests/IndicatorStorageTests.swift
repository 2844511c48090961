import JixiaoCore
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

    @Test func rowsWithTheSameLongNamesShareOneStorageOfEachText() throws {
        let (first, second) = try Self.twoIndicators(name: "群众看病就医负担减轻程度", target: "群众看病就医负担明显减轻")
        #expect(first.name == second.name)
        #expect(Self.storage(first.level2) == Self.storage(second.level2))
        #expect(Self.storage(first.name) == Self.storage(second.name))
        #expect(Self.storage(first.target!.text) == Self.storage(second.target!.text))
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

    @Test func anIndicatorRowStaysCompact() {
        #expect(MemoryLayout<ExactNumber?>.stride == 16)
        #expect(MemoryLayout<IndicatorValue?>.stride == 56)
        #expect(MemoryLayout<Indicator>.stride <= 224)
    }
}
