import Testing

@testable import JixiaoCore

/// An indicator's direction by the ending of its name (rules §B2), and the shortcut that
/// skips comparing the endings when the name's last character ends none of them.
@Suite struct TargetDirectionTests {
    private static func direction(named name: String, level2: String = "数量指标") throws -> TargetDirection {
        var indicator = Indicator(code: try Code("i", field: "code"), revision: 1)
        indicator.name = name
        indicator.level2 = level2
        return TargetDirection.of(indicator)
    }

    @Test func aNameEndingInACeilingIsACeilingAndInAFloorAFloor() throws {
        for ending in TargetDirection.ceilingEndings {
            #expect(try Self.direction(named: "预算" + ending).comparison == .atMost, "\(ending)")
            #expect(try Self.direction(named: "“预算 " + ending + "”（）").source == .kind, "\(ending)")
        }
        for ending in TargetDirection.floorEndings {
            #expect(try Self.direction(named: "医保" + ending) == TargetDirection(comparison: .atLeast, source: .kind))
        }
        #expect(try Self.direction(named: "医疗机构稽查工作次数").source == .assumed)
        #expect(try Self.direction(named: "医疗机构稽查工作次数", level2: "成本指标").comparison == .atMost)
    }

    @Test func aCompatibilityIdeographIsReadAsTheIdeographItStandsFor() throws {
        // U+F961 is canonically 率: the name still ends in 调整率 as characters compare.
        #expect(try Self.direction(named: "预算调整\u{F961}").comparison == .atMost)
        #expect(try Self.direction(named: "预算调整\u{F961}").source == .kind)
    }

    @Test func theShortcutSaysNoOnlyWhereNoEndingMatches() {
        let names = [
            "医疗机构稽查工作次数", "预算执行率", "成本", "服务对象满意度", "调整率\u{301}", "预算调整\u{F961}", "", "abc", "率",
            "全年开展医保政策培训次数", "参保人数", "费用", "满意",
        ]
        for name in names where !TargetDirection.mayEndWithAnEnding(name) {
            let endings = TargetDirection.ceilingEndings + TargetDirection.floorEndings
            #expect(!endings.contains(where: { name.hasSuffix($0) }), "\(name)")
        }
        #expect(!TargetDirection.mayEndWithAnEnding("医疗机构稽查工作次数"))
        #expect(TargetDirection.mayEndWithAnEnding("预算调整\u{F961}"))
    }
}
