import JixiaoCore
import Testing

/// Rule sets as data: settings read and written as fields, checked together, copied, changed,
/// picked by a unit-year, with refusals that leave the model untouched.
@Suite struct RuleSetTests {
    @Test func everySettingReadsBackAsItIsWritten() throws {
        var rules = RuleSet(name: try Code("r"), revision: 1)
        for field in RuleSet.fields where field.key != "label" {
            let value = try #require(RuleSet.standard.exportValue(field.key))
            try rules.assign(field.key, value)
            #expect(rules.exportValue(field.key) == value)
        }
        #expect(rules.exportValue("grades") == "优:90,良:80,中:60,差:0")
        #expect(rules.exportValue("weights") == "产出指标:50,效益指标:30,满意度指标:10")
        #expect(rules.exportValue("bands") == "达成:80,部分达成:60")
        #expect(rules.exportValue("execution_rule") == "proportional")
    }

    @Test func anEmptyValueRestoresTheDefault() throws {
        var rules = try ScoringFixture.rules(["reverse_formula": "deviation", "grades": "优:80,良:70,中:60,差:0"])
        try rules.assign("reverse_formula", "")
        try rules.assign("grades", "")
        #expect(rules.reverseFormula == .ratio)
        #expect(rules.grades == GradeScale.standard)
    }

    @Test func defaultWeightsMustTotal100() throws {
        #expect(throws: DomainError.self) { try ScoringFixture.rules(["weights": "产出指标:50,效益指标:30,满意度指标:20"]) }
        let moved = try ScoringFixture.rules(["weights": "产出指标:50,效益指标:30,满意度指标:20", "execution_weight": "0"])
        #expect(moved.weightTotal == ExactNumber(100))
    }

    @Test(arguments: [
        ("grades", "优:90,良:95,中:60,差:0"), ("grades", "优:90,良:80"), ("grades", "优:90,优:80,差:0"),
        ("bands", "达成:60,部分达成:80"), ("bands", "部分达成:60,达成:80"), ("bands", "达成:110,部分达成:60"),
        ("weights", "产出指标:50,产出指标:50"), ("decimals", "5"), ("reverse_formula", "s4"), ("nonsense", "1"),
    ])
    func badSettingsAreRefused(_ key: String, _ value: String) {
        var rules = RuleSet(name: try! Code("r"), revision: 1)
        #expect(throws: DomainError.self) { try rules.assign(key, value) }
    }

    private func model() throws -> ModelState {
        var state = ModelState()
        let unit = try Code("hj")
        let year = try FiscalYear(2024)
        let key = ExpenditureKey(unit, year, .department)
        let changes: [Change] = [
            .create(.unit(unit), [FieldAssignment("name", "洪江市医疗保障局")]), .create(.year(unit, year), []),
            .create(
                .part(key, .indicator(try Code("q"))),
                [
                    FieldAssignment("level1", "效益指标"), FieldAssignment("level2", "社会效益指标"),
                    FieldAssignment("name", "待遇保障"), FieldAssignment("target", "效果明显"),
                    FieldAssignment("actual", "有所改善"), FieldAssignment("weight", "10"),
                    FieldAssignment("completion", "部分达成"), FieldAssignment("override_score", "7"),
                    FieldAssignment("override_reason", "两个乡镇未覆盖"),
                ]
            ),
        ]
        for (index, change) in changes.enumerated() { try state.apply(change, sequence: Int64(index + 1)) }
        return state
    }

    @Test func aRuleSetIsCopiedChangedPickedAndDeleted() throws {
        var state = try model()
        let name = try Code("hunan")
        try state.apply(
            .createRuleSet(name, from: nil, [FieldAssignment("grades", "优:80,良:70,中:60,差:0")]),
            sequence: 4
        )
        try state.apply(.createRuleSet(try Code("copy"), from: name, [FieldAssignment("label", "副本")]), sequence: 5)
        #expect(try state.ruleSet(named: try Code("copy")).grades.description == "优:80,良:70,中:60,差:0")
        try state.apply(.updateRuleSet(name, [FieldAssignment("reverse_formula", "deviation")]), sequence: 6)
        #expect(try state.ruleSet(named: name).revision == 6)
        try state.apply(
            .update(.year(try Code("hj"), try FiscalYear(2024)), [FieldAssignment("ruleset", "hunan")]),
            sequence: 7
        )
        #expect(state.years(using: name) == ["hj/2024"])
        #expect(throws: DomainError.ruleSetInUse("hunan", years: ["hj/2024"])) {
            try state.validate(.deleteRuleSet(name))
        }
        try state.apply(
            .update(.year(try Code("hj"), try FiscalYear(2024)), [FieldAssignment("ruleset", "default")]),
            sequence: 8
        )
        try state.apply(.deleteRuleSet(name), sequence: 9)
        #expect(state.bureauRuleSets.map(\.name.text) == ["copy"])
    }

    @Test func theBuiltInSetCannotBeChangedOrDeletedAndNamesAreChecked() throws {
        let state = try model()
        let builtIn = try Code("default")
        #expect(throws: DomainError.self) {
            try state.validate(.updateRuleSet(builtIn, [FieldAssignment("decimals", "3")]))
        }
        #expect(throws: DomainError.self) { try state.validate(.deleteRuleSet(builtIn)) }
        #expect(throws: DomainError.ruleSetExists("default")) {
            try state.validate(.createRuleSet(builtIn, from: nil, []))
        }
        #expect(throws: DomainError.ruleSetNotFound("nope")) {
            try state.validate(.createRuleSet(try Code("x"), from: try Code("nope"), []))
        }
        #expect(throws: DomainError.ruleSetNotFound("nope")) {
            try state.validate(
                .update(.year(try Code("hj"), try FiscalYear(2024)), [FieldAssignment("ruleset", "nope")])
            )
        }
        #expect(throws: DomainError.self) {
            try state.validate(.createRuleSet(try Code("x"), from: nil, [FieldAssignment("execution_weight", "20")]))
        }
    }

    @Test func anOverrideOutsideItsBandIsRefusedBeforeItEntersTheModel() throws {
        var state = try model()
        let before = state
        let key = ObjectKey.part(
            ExpenditureKey(try Code("hj"), try FiscalYear(2024), .department),
            .indicator(try Code("q"))
        )
        #expect(throws: DomainError.self) {
            try state.apply(.update(key, [FieldAssignment("override_score", "8")]), sequence: 4)
        }
        #expect(state == before)
        do {
            try state.validate(.update(key, [FieldAssignment("override_score", "8")]))
        } catch {
            #expect("\(error)".contains("hj/2024/dept/indicator/q under rule set default"))
            #expect("\(error)".contains("the 部分达成 band [6, 8) of weight 10"))
        }
        // Changing the grade along with the score is accepted.
        try state.apply(
            .update(key, [FieldAssignment("completion", "达成"), FieldAssignment("override_score", "8")]),
            sequence: 4
        )
    }

    @Test func aRuleSetChangeThatWouldPutAnOverrideOutsideItsBandIsRefused() throws {
        var state = try model()
        let name = try Code("strict")
        try state.apply(.createRuleSet(name, from: nil, []), sequence: 4)
        try state.apply(
            .update(.year(try Code("hj"), try FiscalYear(2024)), [FieldAssignment("ruleset", "strict")]),
            sequence: 5
        )
        // 部分达成 from 75 % puts 7 of 10 out of its band [7.5, 8).
        #expect(throws: DomainError.self) {
            try state.validate(.updateRuleSet(name, [FieldAssignment("bands", "达成:80,部分达成:75")]))
        }
        #expect(throws: DomainError.self) {
            var copy = state
            try copy.apply(
                .createRuleSet(try Code("other"), from: nil, [FieldAssignment("bands", "达成:80,部分达成:75")]),
                sequence: 6
            )
            try copy.apply(
                .update(.year(try Code("hj"), try FiscalYear(2024)), [FieldAssignment("ruleset", "other")]),
                sequence: 7
            )
        }
    }

    @Test func computedMeasuresBelongToTheDepartmentOnly() throws {
        var state = try model()
        let project = ExpenditureKey(try Code("hj"), try FiscalYear(2024), .project(try Code("p")))
        try state.apply(.create(.expenditure(project), [FieldAssignment("name", "项目")]), sequence: 4)
        #expect(throws: DomainError.self) {
            try state.validate(
                .create(
                    .part(project, .indicator(try Code("m"))),
                    [
                        FieldAssignment("level1", "产出指标"), FieldAssignment("level2", "数量指标"),
                        FieldAssignment("name", "控制率"),
                        FieldAssignment("target", "≤100%"), FieldAssignment("measure", "staff_control"),
                    ]
                )
            )
        }
    }

    @Test func theCheckerGradesByTheYearsRuleSet() throws {
        var state = try model()
        let unit = try Code("hj")
        let year = try FiscalYear(2024)
        try state.apply(
            .update(
                .expenditure(ExpenditureKey(unit, year, .department)),
                [FieldAssignment("printed_total", "85"), FieldAssignment("printed_grade", "优")]
            ),
            sequence: 4
        )
        let national = Checker().check(state, unit: unit, year: year)
        #expect(national.contains { $0.rule == .gradeMismatch })
        try state.apply(
            .createRuleSet(try Code("hunan"), from: nil, [FieldAssignment("grades", "优:80,良:70,中:60,差:0")]),
            sequence: 5
        )
        try state.apply(.update(.year(unit, year), [FieldAssignment("ruleset", "hunan")]), sequence: 6)
        #expect(!Checker().check(state, unit: unit, year: year).contains { $0.rule == .gradeMismatch })
    }
}
