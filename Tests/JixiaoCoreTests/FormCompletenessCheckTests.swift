import JixiaoCore
import Testing

/// Rates over nothing, a blank 年度资金总额 row, a table printed in part, a table not
/// filled in: what real reports print and the checker must say.
@Suite struct FormCompletenessCheckTests {
    static let unit = try! Code("u")
    static let year = try! FiscalYear(2024)
    static let project = ExpenditureKey(unit, year, .project(try! Code("p")))

    private func findings(_ changes: [Change]) throws -> [Finding] {
        var state = ModelState()
        var sequence: Int64 = 0
        for change in [
            Change.create(.unit(Self.unit), [FieldAssignment("name", "单位")]), .create(.year(Self.unit, Self.year), []),
            .create(.project(Self.unit, Self.year, try Code("p")), [FieldAssignment("name", "项目")]),
        ] + changes {
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        return Checker().check(state)
    }

    private func project(_ fields: [(String, String)]) -> Change {
        .update(.expenditure(Self.project), fields.map { FieldAssignment($0.0, $0.1) })
    }

    private func line(_ code: String, _ fields: [(String, String)]) -> Change {
        .set(.part(Self.project, .line(try! LineItem(code))), fields.map { FieldAssignment($0.0, $0.1) })
    }

    private func indicator(_ code: String, _ fields: [(String, String)]) -> Change {
        let base = [("level1", "产出指标"), ("level2", "数量指标"), ("name", code)]
        return .create(
            .part(Self.project, .indicator(try! Code(code))),
            (base + fields).map { FieldAssignment($0.0, $0.1) }
        )
    }

    @Test func aFundsLineRatePrintedOverZeroIsAnError() throws {
        // 霍山: 彩票公益金 0 / 0 / 100%.
        let found = try findings([
            line("source.other", [("full", "0万元"), ("executed", "0万元"), ("printed_rate", "100%")])
        ])
        let zero = try #require(found.first { $0.rule == .rateZeroDenominator })
        #expect(zero.severity == .error)
        #expect(zero.reported == "100%")
        #expect(zero.computed == "不适用")
    }

    @Test func aZeroRatePrintedForALineWithNothingBudgetedOrSpentIsOnlyANote() throws {
        // 青神, 大英: 财政专户管理资金 0.00 / 0.00 printed 0.00% by the form itself.
        let found = try findings([
            line("source.other", [("full", "0万元"), ("executed", "0万元"), ("printed_rate", "0.00%")])
        ])
        #expect(!found.contains { $0.rule == .rateZeroDenominator })
        let note = try #require(found.first { $0.rule == .rateZeroOverZero })
        #expect(note.severity == .note)
        #expect(note.reported == "0.00%")
        #expect(note.computed == "不适用")
        // Anything spent over nothing budgeted, printed 0 %, is still an error.
        let spent = try findings([
            line("source.other", [("full", "0万元"), ("executed", "5万元"), ("printed_rate", "0%")])
        ])
        #expect(spent.first { $0.rule == .rateZeroDenominator }?.severity == .error)
    }

    @Test func aLineRateIsComparedAgainstTheInitialBudgetWhenNoFullOneIsPrinted() throws {
        let found = try findings([
            line("source.current", [("initial", "80万元"), ("executed", "40万元"), ("printed_rate", "60%")])
        ])
        #expect(found.first { $0.rule == .rateMisreported }?.computed == "50.00%")
    }

    @Test func aTruncatedRateIsAPrecisionNoteNotAnError() throws {
        // 97.60 % printed as 97 %: cut off, not rounded.
        let found = try findings([project([("budget_full", "100万元"), ("executed", "97.6万元"), ("printed_rate", "97%")])])
        #expect(found.contains { $0.rule == .ratePrecision && $0.severity == .note })
        #expect(!found.contains { $0.rule == .rateMisreported })
        let wrong = try findings([project([("budget_full", "100万元"), ("executed", "97.6万元"), ("printed_rate", "96%")])])
        #expect(wrong.contains { $0.rule == .rateMisreported })
    }

    @Test func aBlankTotalRowUsesItsPartsAndIsAnError() throws {
        let changes = [
            project([("budget_full", "0万元"), ("executed", "0万元"), ("execution_weight", "10"), ("printed_score", "10")]),
            line("source.current", [("full", "50万元"), ("executed", "45万元")]),
        ]
        let found = try findings(changes)
        let blanks = found.filter { $0.rule == .totalRowBlank }
        #expect(blanks.map(\.computed) == ["50.00", "45.00"])
        #expect(blanks.allSatisfy { $0.severity == .error })
        // The execution rate is scored from the parts: 10 × 45/50 = 9, so the printed 10 is over.
        #expect(found.contains { $0.rule == .scoreOver && $0.reported == "10" && $0.computed == "9" })
    }

    @Test func aProseReportNamingNoTotalIsNotABlankRow() throws {
        let found = try findings([
            project([("executed", "1629.25万元")]), line("source.current", [("full", "1481.93万元")]),
        ])
        #expect(!found.contains { $0.rule == .totalRowBlank })
    }

    @Test func theLevelsAddUpToTheYearsGrantsWhenTheCarryOverIsNotSplitByLevel() throws {
        // 道县: 中央 1222.1 + 省级 59.83 + 县本级 200 = 1481.93 = 当年财政拨款; 上年结转 147.32 beside.
        let changes = [
            project([("budget_full", "1629.25万元")]), line("level.central", [("full", "1222.1万元")]),
            line("level.province", [("full", "59.83万元")]), line("level.county", [("full", "200万元")]),
            line("source.current", [("full", "1481.93万元")]), line("source.carryover", [("full", "147.32万元")]),
        ]
        #expect(!(try findings(changes)).contains { $0.severity == .error })
        let short = [project([("budget_full", "1629.25万元")]), line("level.central", [("full", "1222.1万元")])]
        #expect(try findings(short).contains { $0.rule == .fundsByLevelSum })
    }

    @Test func sumsOverATablePrintedInPartAreNotesUnlessTheRowsSeenDecide() throws {
        let rows = [
            indicator("a", [("target", "≥2次"), ("actual", "2次"), ("weight", "40"), ("score", "40")]),
            project([("incomplete", "yes"), ("incomplete_reason", "只印出产出指标"), ("printed_total", "85")]),
        ]
        let found = try findings(rows)
        #expect(found.contains { $0.rule == .sumUnverifiable && $0.severity == .note })
        #expect(!found.contains { $0.rule == .weightsSum || $0.rule == .totalMismatch })
        // Weights 50 seen (执行率 10 included): 40 scored + 50 unseen bound the total at 90, above
        // the printed 85. Weights 70 seen: 40 + 30 bound it at 70, below the printed 95.
        let heavier = [
            indicator("a", [("target", "≥2次"), ("actual", "2次"), ("weight", "60"), ("score", "40")]),
            project([("incomplete", "yes"), ("incomplete_reason", "缺页"), ("printed_total", "95")]),
        ]
        let bounded = try #require(try findings(heavier).first { $0.rule == .totalMismatch })
        #expect(bounded.computed == "≤ 70")
        #expect(bounded.severity == .error)
    }

    @Test func anIndicatorWithoutItsActualMakesTheTableIncomplete() throws {
        let found = try findings([
            indicator("a", [("target", "≥2次"), ("weight", "50")]),
            indicator("b", [("target", "≥2次"), ("actual", "3次")]),
        ])
        let incomplete = found.filter { $0.rule == .tableIncomplete }.map(\.object)
        #expect(incomplete.count == 2)
        #expect(found.allSatisfy { $0.rule != .tableIncomplete || $0.severity == .error })
        // A transfer-payment table prints no weights at all: none is missing.
        let transfer = try findings([indicator("a", [("target", "≥2次"), ("actual", "3次")])])
        #expect(!transfer.contains { $0.rule == .tableIncomplete })
    }
}

/// Units an actual leaves out, budgets cut to what was spent, one line spent over its budget.
@Suite struct FiguresReadWithCareTests {
    static let unit = try! Code("u")
    static let year = try! FiscalYear(2024)
    static let project = ExpenditureKey(unit, year, .project(try! Code("p")))

    private func findings(_ changes: [Change]) throws -> [Finding] {
        var state = ModelState()
        var sequence: Int64 = 0
        for change in [
            Change.create(.unit(Self.unit), [FieldAssignment("name", "单位")]), .create(.year(Self.unit, Self.year), []),
            .create(.project(Self.unit, Self.year, try Code("p")), [FieldAssignment("name", "项目")]),
        ] + changes {
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        return Checker().check(state)
    }

    private func indicator(_ fields: [(String, String)]) -> Change {
        let base = [("level1", "产出指标"), ("level2", "数量指标"), ("name", "人次")]
        return .create(
            .part(Self.project, .indicator(try! Code("a"))),
            (base + fields).map { FieldAssignment($0.0, $0.1) }
        )
    }

    @Test func anActualWithoutAUnitIsReadInTheTargetsUnitAndSaid() throws {
        // 150 against ≤300万元 is 150万元, met — not 150元.
        let found = try findings([
            indicator([("target", "≤300万元"), ("actual", "150"), ("weight", "90"), ("score", "90")])
        ])
        let missing = try #require(found.first { $0.rule == .actualUnitMissing })
        #expect(missing.severity == .warning)
        #expect(missing.reported == "150")
        #expect(missing.computed == "万元")
        #expect(!found.contains { $0.severity == .error })
    }

    @Test func percentWrittenOutIsAPercent() throws {
        // 泸溪: ≥100百分比 with 100 is met.
        let found = try findings([
            indicator([("target", "≥100百分比"), ("actual", "100"), ("weight", "90"), ("score", "90")])
        ])
        #expect(!found.contains { $0.rule == .unmetScoredFull || $0.rule == .missingDeviationReason })
    }

    @Test func aBareDecimalAgainstAPercentAsksWhetherItIsThePercent() throws {
        let found = try findings([
            indicator([("target", "≥95%"), ("actual", "0.96"), ("weight", "90"), ("score", "90")])
        ])
        let decimal = try #require(found.first { $0.rule == .percentAsDecimal })
        #expect(decimal.computed == "96%")
        #expect(decimal.messageZH.contains("是否应为96%"))
        #expect(!found.contains { $0.severity == .error || $0.rule == .actualUnitMissing })
    }

    @Test func aBareZeroIsZeroInTheTargetsUnitAndNotAFinding() throws {
        // 重庆 预算调整率 ≤3% with 0 printed bare: met, neither unit finding.
        let found = try findings([
            indicator([("target", "≤3%"), ("actual", "0"), ("weight", "90"), ("score", "90")])
        ])
        #expect(!found.contains { $0.rule == .percentAsDecimal || $0.rule == .actualUnitMissing })
        #expect(!found.contains { $0.severity == .error || $0.rule == .missingDeviationReason })
    }

    @Test func aBudgetCutToExactlyWhatWasSpentIsFlagged() throws {
        let row = { (full: String) in
            Change.update(
                .expenditure(Self.project),
                [("budget_initial", "202.64万元"), ("budget_full", full), ("executed", "132.91万元")].map {
                    FieldAssignment($0.0, $0.1)
                }
            )
        }
        let cut = try #require(try findings([row("132.91万元")]).first { $0.rule == .budgetCutToSpent })
        #expect(cut.reported == "132.91")
        #expect(cut.computed == "202.64")
        #expect(!(try findings([row("140万元")])).contains { $0.rule == .budgetCutToSpent })
    }

    @Test func oneLineSpentOverItsBudgetWhileAnotherUnderspends() throws {
        let line = { (code: String, full: String, executed: String) in
            Change.set(
                .part(Self.project, .line(try! LineItem(code))),
                [FieldAssignment("label", code), FieldAssignment("full", full), FieldAssignment("executed", executed)]
            )
        }
        let found = try findings([
            line("source.current.yunzhuan", "40万元", "43.91万元"), line("source.current.baochou", "100万元", "80万元"),
        ])
        let over = try #require(found.first { $0.rule == .lineOverspent })
        #expect(over.reported == "43.91")
        #expect(over.computed == "40.00")
        let alone = try findings([line("source.current.yunzhuan", "40万元", "43.91万元")])
        #expect(!alone.contains { $0.rule == .lineOverspent })
    }
}
