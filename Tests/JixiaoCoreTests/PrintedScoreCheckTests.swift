import JixiaoCore
import Testing

/// Printed scores against the scorer's, at the printed precision; the weights and measures
/// the checker uses are the scorer's; the direction of a target printed without operator.
@Suite struct PrintedScoreCheckTests {
    static let unit = try! Code("u")
    static let year = try! FiscalYear(2024)
    static let dept = ExpenditureKey(unit, year, .department)

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

    private func indicator(_ code: String, _ fields: [(String, String)], name: String? = nil) -> Change {
        let base = [("level1", "产出指标"), ("level2", "数量指标"), ("name", name ?? code)]
        return .create(
            .part(Self.dept, .indicator(try! Code(code))),
            (base + fields).map { FieldAssignment($0.0, $0.1) }
        )
    }

    private func findings(_ changes: [Change]) throws -> [Finding] { Checker().check(try state(changes)) }

    /// A table of 100 points: 执行率 10 (entered or the rule set's default) and one indicator of 90.
    private func table(_ fields: [(String, String)], name: String? = nil, execution: Bool = true) -> [Change] {
        var changes = [indicator("a", [("weight", "90")] + fields, name: name)]
        if execution {
            changes.append(dept([("budget_full", "100万元"), ("executed", "100万元"), ("printed_score", "10")]))
        }
        return changes
    }

    @Test func anOverScoredLineIsAnErrorWithTheRulesArithmetic() throws {
        let found = try findings(table([("target", "≥200个"), ("actual", "190个"), ("score", "88"), ("deviation", "x")]))
        let over = try #require(
            found.first { $0.rule == .scoreOver && $0.object == .part(Self.dept, .indicator(try Code("a"))) }
        )
        #expect(over.severity == .error)
        #expect(over.reported == "88")
        #expect(over.computed == "85.5")
        #expect(over.messageZH.contains("90 × 190/200"))
        #expect(!found.contains { $0.rule == .unmetScoredFull })
    }

    @Test func anUnderScoredLineIsAWarning() throws {
        let found = try findings(table([("target", "≥200个"), ("actual", "190个"), ("score", "80"), ("deviation", "x")]))
        let under = try #require(found.first { $0.rule == .scoreUnder })
        #expect(under.severity == .warning)
        #expect(under.computed == "85.5")
    }

    @Test func aWholePointScoreIsComparedRoundedToWholePoints() throws {
        // 90 × 190/200 = 85.5 → 86 at whole points.
        let right = try findings(table([("target", "≥200个"), ("actual", "190个"), ("score", "86"), ("deviation", "x")]))
        #expect(!right.contains { $0.rule == .scoreOver || $0.rule == .scoreUnder })
        let wrong = try findings(table([("target", "≥200个"), ("actual", "190个"), ("score", "87"), ("deviation", "x")]))
        #expect(wrong.contains { $0.rule == .scoreOver })
    }

    @Test func fullMarksOnAnUnmetTargetIsUnmetScoredFullNotBoth() throws {
        let found = try findings(table([("target", "≥200个"), ("actual", "190个"), ("score", "90"), ("deviation", "x")]))
        let unmet = try #require(found.first { $0.rule == .unmetScoredFull })
        #expect(unmet.computed == "85.5")
        #expect(!found.contains { $0.rule == .scoreOver && $0.object == unmet.object })
    }

    @Test func theExecutionLineIsComparedLikeAnyOther() throws {
        let changes = [
            indicator("a", [("weight", "90"), ("target", "≥2个"), ("actual", "2个"), ("score", "90")]),
            dept([("budget_full", "100万元"), ("executed", "90万元"), ("printed_score", "10")]),
        ]
        let over = try #require(
            try findings(changes).first {
                $0.rule == .scoreOver && $0.object == .expenditure(Self.dept) && $0.reported == "10"
            }
        )
        #expect(over.computed == "9")
        #expect(over.messageZH.contains("预算执行率"))
    }

    @Test func aPrintedTotalAndGradeAboveTheRulesAreOverScored() throws {
        let changes = [
            indicator(
                "a",
                [("weight", "90"), ("target", "≥200个"), ("actual", "100个"), ("score", "45"), ("deviation", "x")]
            ),
            dept([
                ("budget_full", "100万元"), ("executed", "100万元"), ("printed_score", "10"), ("printed_total", "95"),
                ("printed_grade", "优"),
            ]),
        ]
        let found = try findings(changes)
        #expect(found.contains { $0.rule == .scoreOver && $0.reported == "95" && $0.computed == "55" })
        #expect(found.contains { $0.rule == .scoreOver && $0.reported == "优" && $0.computed == "差" })
        #expect(found.contains { $0.rule == .totalMismatch })
    }

    @Test func theDefaultExecutionWeightCountsInTheWeightTotal() throws {
        // No execution_weight entered: the rule set's 10 counts, as the scorer counts it.
        let found = try findings([indicator("a", [("weight", "90"), ("target", "≥2个")])])
        #expect(!found.contains { $0.rule == .weightsSum })
        let short = try findings([indicator("a", [("weight", "80"), ("target", "≥2个")])])
        #expect(short.first { $0.rule == .weightsSum }?.computed == "90")
    }

    @Test func aMeasureTheScorerGivesFullMarksIsNotUnmetScoredFull() throws {
        let changes = [
            Change.update(
                .year(Self.unit, Self.year),
                [FieldAssignment("staff_authorized", "38"), FieldAssignment("staff_actual", "35")]
            ),
            indicator("a", [("weight", "90"), ("target", "100%"), ("measure", "staff_control"), ("score", "90")]),
        ]
        let found = try findings(changes)
        #expect(!found.contains { $0.rule == .unmetScoredFull || $0.rule == .scoreOver })
        #expect(!found.contains { $0.rule == .missingDeviationReason })
    }

    @Test func aCeilingByItsNameIsReadAsAtMost() throws {
        // 预算调整率 5% written without ≤; 3% is met.
        let found = try findings(table([("target", "5%"), ("actual", "3%"), ("score", "90")], name: "预算调整率"))
        #expect(!found.contains { $0.severity == .error })
        #expect(!found.contains { $0.rule == .directionUnknown })
        let unmet = try findings(table([("target", "5%"), ("actual", "8%"), ("score", "90")], name: "预算调整率"))
        #expect(unmet.first { $0.rule == .unmetScoredFull }?.computed == "56.25")
    }

    @Test func theNatureFieldGivesTheDirection() throws {
        let reverse = try findings(table([("target", "10天"), ("actual", "8天"), ("score", "90"), ("nature", "反向")]))
        #expect(!reverse.contains { $0.severity == .error || $0.rule == .directionUnknown })
        let positive = try findings(table([("target", "10天"), ("actual", "8天"), ("score", "90"), ("nature", "≥")]))
        #expect(positive.contains { $0.rule == .unmetScoredFull })
    }

    @Test func theNatureFieldReadsTheWideOperators() throws {
        let reverse = try findings(table([("target", "10天"), ("actual", "8天"), ("score", "90"), ("nature", "≦")]))
        #expect(!reverse.contains { $0.severity == .error || $0.rule == .directionUnknown })
    }

    @Test func aPrintedOperatorWinsOverTheNatureField() throws {
        let found = try findings(table([("target", "≥10天"), ("actual", "8天"), ("score", "90"), ("nature", "反向")]))
        #expect(found.contains { $0.rule == .unmetScoredFull })
    }

    @Test func anUnknownDirectionIsANoteNeverAnError() throws {
        let found = try findings(table([("target", "10天"), ("actual", "8天"), ("score", "90")], name: "办理时限"))
        let note = try #require(found.first { $0.rule == .directionUnknown })
        #expect(note.severity == .note)
        #expect(!found.contains { $0.severity == .error })
        // The actual equal to the target is met whichever way the target points.
        let equal = try findings(table([("target", "10天"), ("actual", "10天"), ("score", "90")], name: "办理时限"))
        #expect(!equal.contains { $0.rule == .directionUnknown })
    }

    @Test func aPrintedGroupScoreIsCheckedAgainstItsRowsAndTheRule() throws {
        let group = { (score: String) in
            Change.set(
                .part(Self.dept, .group(IndicatorGroup(level1: "产出指标"))),
                [FieldAssignment("weight", "90"), FieldAssignment("score", score)]
            )
        }
        let rows = table([("target", "≥200个"), ("actual", "190个"), ("score", "85.5"), ("deviation", "x")])
        #expect(
            !(try findings(rows + [group("85.5")])).contains { $0.rule == .groupScoreMismatch || $0.rule == .scoreOver }
        )
        let found = try findings(rows + [group("88")])
        let mismatch = try #require(found.first { $0.rule == .groupScoreMismatch })
        #expect(mismatch.reported == "88")
        #expect(mismatch.computed == "85.5")
        #expect(found.contains { $0.rule == .scoreOver && $0.object == mismatch.object })
    }
}
