import JixiaoCore
import JixiaoReports
import Testing

/// Seed 002's four tables re-scored by the default rules, each computed score and total
/// beside the one the report printed.
@Suite struct Seed002RescoringTests {
    private func score(_ owner: String) throws -> ExpenditureScore {
        let forms = try Seed002.forms()
        return try #require(forms.score(owner == "dept" ? .department : .project(try Code(owner))))
    }

    private func line(_ score: ExpenditureScore, _ code: String) throws -> ScoreLine {
        try #require(score.line(try Code(code)))
    }

    @Test func theDepartmentTablePrints98WhereItsFiguresMake85Point61() throws {
        let dept = try score("dept")
        #expect(dept.execution.printed == nil)
        #expect(dept.execution.computed?.plain == "10")
        #expect(dept.execution.computedValue == "166.02%")
        let daiban = try line(dept, "daiban")
        #expect(daiban.printed?.plain == "5")
        #expect(daiban.computed?.plain == "4.59")
        let chengben = try line(dept, "chengben")
        #expect(chengben.printed?.plain == "8")
        #expect(chengben.computed?.plain == "6.02")
        #expect(dept.printedSum?.plain == "78")
        #expect(dept.printedTotal?.plain == "98")
        #expect(dept.total?.plain == "85.61")
        #expect(dept.weightTotal.plain == "90")
        #expect(dept.grade == nil)
        #expect(dept.gradeNote == "不评定等级：分值合计90，不是100")
        let printed = dept.indicators.compactMap(\.printed).map(\.plain)
        let computed = dept.indicators.compactMap(\.computed).map(\.plain)
        #expect(printed == ["5", "5", "5", "5", "10", "10", "8", "10", "10", "10"])
        #expect(computed == ["5", "4.59", "5", "5", "10", "10", "6.02", "10", "10", "10"])
    }

    @Test func theProjectTablesCarry110PointsOfWeight() throws {
        let jicha = try score("jicha")
        #expect(jicha.indicators.allSatisfy { $0.computed == $0.printed })
        #expect(try line(jicha, "chengben").arithmetic.contains("the stated bound lies within the target"))
        #expect(jicha.total?.plain == "110")
        #expect(jicha.printedTotal == nil)
        #expect(jicha.grade == nil)
        #expect(jicha.gradeNote == "不评定等级：分值合计110，不是100")
        #expect(jicha.warnings.contains("一级指标“满意度指标”分值合计20，规则默认10（可调整，但须说明理由）"))
    }

    @Test func unitsThatDoNotMatchAndATargetThatIsANameWaitForTheOperator() throws {
        let zhengjiao = try score("zhengjiao")
        let canbao = try line(zhengjiao, "canbao")
        #expect(canbao.printed?.plain == "10")
        #expect(canbao.computed == nil)
        #expect(canbao.status == .pending("年度指标值单位为“万人次”，实际完成值单位为“万人”，无法比较，请人工评分"))
        #expect(!zhengjiao.isComplete)
        #expect(zhengjiao.sum.plain == "100")

        let lixiu = try score("lixiu")
        #expect(try line(lixiu, "renshu").computed == nil)
        #expect(try line(lixiu, "fugai").computed == nil)
        #expect(lixiu.sum.plain == "90")
        #expect(lixiu.gradeNote == "不评定等级：分值合计110，不是100")
    }

    @Test func anOperatorsScoreClosesTheGapAndTheTableShowsItsReason() throws {
        var state = try Seed002.state()
        let key = ExpenditureKey(try Code("hongjiang"), try FiscalYear(2024), .project(try Code("zhengjiao")))
        try state.apply(
            .update(
                .part(key, .indicator(try Code("canbao"))),
                [FieldAssignment("override_score", "10"), FieldAssignment("override_reason", "实际为30.35万人次，报告漏写“次”")]
            ),
            sequence: state.sequence + 1
        )
        let forms = try Seed002.forms(state)
        let zhengjiao = try #require(forms.score(.project(try Code("zhengjiao"))))
        #expect(zhengjiao.isComplete)
        #expect(zhengjiao.total?.plain == "110")
        let form = try #require(forms.evaluationForm(.project(try Code("zhengjiao"))))
        #expect(form.notes.contains("人工评分：参保征收服务数量 10分；理由：实际为30.35万人次，报告漏写“次”"))
    }

    @Test func theCompareViewShowsEachDifferenceAndTheCheckersFindings() throws {
        let forms = try Seed002.forms()
        let text = FormText.render(try forms.forms(owner: nil, base: nil), compare: true)
        for expected in [
            "5→4.59", "8→6.02", "98→85.61", "100%→166.02%", "（空）→10", "10→？", "≥100（缺1项）", "≥90（缺2项）",
            "rate-misreported", "unmet-scored-full", "missing-deviation-reason", "weights-sum", "total-mismatch",
            "unit-mismatch", "自评等级：不评定等级：分值合计90，不是100",
        ] {
            #expect(text.contains(expected), "the compare view lacks \(expected)")
        }
        let official = FormText.render(try forms.forms(owner: nil, base: nil), compare: false)
        #expect(!official.contains("→"))
        #expect(!official.contains("※"))
        #expect(official.contains("85.61"))
    }
}
