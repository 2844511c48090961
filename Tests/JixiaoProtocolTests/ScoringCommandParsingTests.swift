import JixiaoCore
import JixiaoProtocol
import Testing

/// The scoring commands: rule set changes round-trip through their journal lines, queries
/// parse into typed requests, and bad words are refused with stable codes.
@Suite struct ScoringCommandParsingTests {
    @Test(arguments: [
        "RULESET CREATE hunan from=default grades=优:80,良:70,中:60,差:0 reverse_formula=deviation",
        "RULESET CREATE s4 label=\"某省 口径\" execution_rule=tiers:0=0%,60=50%,*=100%",
        "RULESET UPDATE hunan bands=达成:85,部分达成:60 decimals=",
        "RULESET DELETE hunan",
        "YEAR UPDATE hongjiang 2024 ruleset=hunan",
        "INDICATOR UPDATE hongjiang 2024 dept q completion=部分达成 override_score=7 override_reason=两个乡镇未覆盖",
        "INDICATOR CREATE hongjiang 2024 dept ctl level1=投入 level2=预算配置 name=在职人员控制率 target=≤100% weight=5 measure=staff_control",
    ])
    func changesRoundTripThroughTheirCanonicalLine(_ line: String) throws {
        guard case .change(let change)? = try CommandParser.parse(line) else {
            Issue.record("\(line) is not a change")
            return
        }
        let canonical = change.commandLine
        guard case .change(let again)? = try CommandParser.parse(canonical) else {
            Issue.record("\(canonical) is not a change")
            return
        }
        #expect(again == change)
        #expect(again.commandLine == canonical)
    }

    @Test func ruleSetCreateKeepsFromApartFromTheSettings() throws {
        let command = try CommandParser.parse("RULESET CREATE hunan from=base grades=优:80,良:70,中:60,差:0")
        #expect(
            command
                == .change(
                    .createRuleSet(
                        try Code("hunan"),
                        from: try Code("base"),
                        [FieldAssignment("grades", "优:80,良:70,中:60,差:0")]
                    )
                )
        )
    }

    @Test func queriesParseIntoTypedRequests() throws {
        #expect(
            try CommandParser.parse("SCORE hongjiang 2024") == .score(try Code("hongjiang"), try FiscalYear(2024), nil)
        )
        #expect(
            try CommandParser.parse("score hongjiang 2024 jicha")
                == .score(try Code("hongjiang"), try FiscalYear(2024), .project(try Code("jicha")))
        )
        let table = try CommandParser.parse("TABLE hongjiang 2024 dept format=HTML view=compare form=base")
        #expect(
            table
                == .table(
                    TableRequest(
                        unit: try Code("hongjiang"),
                        year: try FiscalYear(2024),
                        owner: .department,
                        format: .html,
                        view: .compare,
                        form: .base
                    )
                )
        )
        #expect(
            try CommandParser.parse("REPORT hongjiang 2024 format=text")
                == .report(ReportRequest(unit: try Code("hongjiang"), year: try FiscalYear(2024), format: .text))
        )
        #expect(try CommandParser.parse("RULESET LIST") == .ruleSets)
        #expect(try CommandParser.parse("RULESET GET default") == .ruleSet(try Code("default")))
    }

    @Test(arguments: [
        ("TABLE hongjiang 2024 format=pdf", ErrorCode.badValue), ("REPORT hongjiang 2024 format=html", .badValue),
        ("TABLE hongjiang 2024 view=draft", .badValue), ("SCORE hongjiang", .arity),
        ("RULESET UPDATE hunan", .badArgument), ("RULESET CREATE hunan colour=red", .badArgument),
        ("RULESET CREATE Hunan", .badValue),
    ])
    func badRequestsAreRefusedWithStableCodes(_ line: String, _ code: ErrorCode) {
        do {
            _ = try CommandParser.parse(line)
            Issue.record("\(line) was accepted")
        } catch {
            #expect(error.code == code, "\(error)")
        }
    }

    @Test func domainRefusalsOfRuleSetsMapToTheirCodes() {
        #expect(ProtocolError(DomainError.ruleSetNotFound("x")).code == .notFound)
        #expect(ProtocolError(DomainError.ruleSetExists("x")).code == .exists)
        #expect(ProtocolError(DomainError.ruleSetInUse("x", years: ["a/2024"])).code == .notEmpty)
    }

    @Test func anExportRecreatesRuleSetsBeforeTheYearsThatPickThem() throws {
        var state = ModelState()
        let lines = [
            "RULESET CREATE hunan grades=优:80,良:70,中:60,差:0", "RULESET CREATE unused label=未用",
            "UNIT CREATE hj name=洪江市医疗保障局", "YEAR CREATE hj 2024 ruleset=hunan", "YEAR CREATE hj 2023",
        ]
        for (index, line) in lines.enumerated() {
            guard case .change(let change)? = try CommandParser.parse(line) else { return }
            try state.apply(change, sequence: Int64(index + 1))
        }
        let all = ModelExport.lines(state)
        #expect(all[0].hasPrefix("RULESET CREATE hunan label=") == false)
        #expect(all[0].hasPrefix("RULESET CREATE hunan execution_weight=10 "))
        #expect(all[1].hasPrefix("RULESET CREATE unused label=未用 "))
        #expect(all.contains("YEAR CREATE hj 2024 ruleset=hunan"))
        let year = ModelExport.lines(state, unit: try Code("hj"), year: try FiscalYear(2024))
        #expect(year.filter { $0.hasPrefix("RULESET") }.count == 1, "a year's export has the rule set it picks only")

        var copy = ModelState()
        for (index, line) in all.enumerated() {
            guard case .change(let change)? = try CommandParser.parse(line) else { return }
            try copy.apply(change, sequence: Int64(index + 1))
        }
        #expect(ModelExport.lines(copy) == all)
    }
}
