import JixiaoCore
import JixiaoProtocol
import Testing

@Suite struct ChangeCommandLineTests {
    /// Awkward texts: every character the line grammar quotes or escapes, and some it does not.
    static let texts: [String] = [
        "洪江市医疗保障局", "a", "a b", "  leading and trailing  ", "say \"hi\"", "\"", "\"\"", "back\\slash", "\\",
        "\\n is not a newline", "a=b", "=", "name=x", "#hash", "#", "a # b", "line\nbreak", "tab\there", "cr\rhere",
        "\r\n", "混合 \"引号\" \\ = # 文本\n第二行", "2024", "-3万", "≥2次", "80%-90%", "emoji 🧾",
        "é (e + combining acute)", "e\u{301}", "UNIT DELETE hongjiang", "'single'", "全角　空格", "nbsp\u{A0}here", "dept",
        "a\u{85}b",
    ]
    static let codes: [Code] = ["hongjiang", "a", "0", "x-1_y", String(repeating: "z", count: 64)].map { try! Code($0) }
    static let years: [FiscalYear] = [1990, 2024, 2100].map { try! FiscalYear($0) }
    static let lines: [LineItem] = ["income", "sangong.vehicle.purchase", "x_1.y2", "a"].map { try! LineItem($0) }
    /// Rule ids, real and not: the parser passes the word through and the model checks it.
    static let rules = ["low-execution", "rate-above-100", "no-such-rule", "a b", "a=b", "#", "", "规则", "x\"y"]
    /// Values as an operator may write them; "" clears a field. The parser does not check values.
    static let amounts: [String] = [
        "", "0万元", "0.000001万元", "-0.000001万元", "15万元", "506.48万元", "1,234.50元", "-3万", "999999999999.999999万元",
    ]

    /// Many changes: every kind of change of every family, with awkward texts and values.
    static var changes: [Change] {
        var changes: [Change] = []
        var random = Generator(seed: 2024)
        func text() -> String { random.pick(texts) }
        func amount() -> String { random.pick(amounts) }
        func optional(_ key: String, _ value: String) -> [FieldAssignment] {
            random.next() % 3 == 0 ? [] : [FieldAssignment(key, value)]
        }
        for (index, name) in texts.enumerated() {
            let unit = codes[index % codes.count]
            let code = codes[(index + 2) % codes.count]
            let year = years[index % years.count]
            let owners: [Owner] = [.department, .project(code)]
            let key = ExpenditureKey(unit, year, owners[index % 2])
            changes.append(.create(.unit(unit), [FieldAssignment("name", name)] + optional("supervisor", text())))
            changes.append(.update(.unit(unit), [FieldAssignment("name", name), FieldAssignment("offices", text())]))
            changes.append(.update(.unit(unit), [FieldAssignment("parent", "")]))
            changes.append(.create(.year(unit, year), optional("staff_actual", text())))
            changes.append(.update(.year(unit, year), [FieldAssignment("printed_control_rate", text())]))
            changes.append(
                .update(.expenditure(ExpenditureKey(unit, year, .department)), [FieldAssignment("executed", amount())])
            )
            for _ in 0..<4 {
                changes.append(
                    .create(
                        .project(unit, year, code),
                        [FieldAssignment("name", name)] + optional("budget_initial", amount())
                            + optional("budget_full", amount())
                            + optional("executed", amount()) + optional("implementer", text())
                    )
                )
                changes.append(
                    .update(
                        .project(unit, year, code),
                        optional("name", name) + [FieldAssignment("budget_full", amount())]
                    )
                )
            }
            let line = random.pick(lines)
            changes.append(.set(.part(key, .line(line)), optional("label", name) + optional("initial", amount())))
            changes.append(.delete(.part(key, .line(line))))
            changes.append(
                .create(
                    .part(key, .indicator(code)),
                    [
                        FieldAssignment("level1", name), FieldAssignment("level2", text()),
                        FieldAssignment("name", text()),
                        FieldAssignment("target", text()),
                    ] + optional("deviation", text())
                )
            )
            changes.append(.update(.part(key, .indicator(code)), [FieldAssignment("actual", text())]))
            changes.append(.delete(.part(key, .indicator(code))))
            let group = IndicatorGroup(level1: name, level2: index % 3 == 0 ? "" : text())
            changes.append(.set(.part(key, .group(group)), [FieldAssignment("weight", text())]))
            changes.append(.delete(.part(key, .group(group))))
            changes.append(.set(.part(key, .fact(code)), [FieldAssignment("value", name)] + optional("note", text())))
            changes.append(.delete(.part(key, .fact(code))))
            changes.append(
                .add(
                    key,
                    .adjustment,
                    [FieldAssignment("date", "2024-06-30"), FieldAssignment("amount", amount() + "x")]
                )
            )
            changes.append(.add(key, .payment, [FieldAssignment("amount", "1万元"), FieldAssignment("date", name)]))
            changes.append(.add(key, .goal, [FieldAssignment("text", name)] + optional("kind", text())))
            changes.append(.update(.part(key, .adjustment(index + 1)), [FieldAssignment("reason", name)]))
            changes.append(.update(.part(key, .payment(index + 1)), [FieldAssignment("note", name)]))
            changes.append(.delete(.part(key, .goal(index + 1))))
            changes.append(
                .set(.part(key, .allocation), optional("per_capita", amount()) + [FieldAssignment("central", text())])
            )
            changes.append(.delete(.part(key, .allocation)))
            changes.append(.addVocabulary(level: index % 2 + 1, name: name))
            changes.append(.disableCheck(unit, year, rule: random.pick(rules), reason: name))
            changes.append(.enableCheck(unit, year, rule: random.pick(rules)))
        }
        for unit in codes {
            changes.append(.delete(.unit(unit)))
            for year in years {
                changes.append(.delete(.year(unit, year)))
                for project in codes { changes.append(.delete(.project(unit, year, project))) }
            }
        }
        return changes
    }

    @Test func manyChangesParseBackFromTheirCommandLine() throws {
        let changes = Self.changes
        #expect(changes.count > 1_000)
        for change in changes {
            let line = change.commandLine
            #expect(!line.contains("\n") && !line.contains("\r"), "a command line is one line: \(line)")
            #expect(try CommandParser.parse(line) == .change(change), "\(line)")
        }
    }

    static let hj = try! Code("hj")
    static let y2024 = try! FiscalYear(2024)
    static let jicha = try! Code("jicha")
    static let dept = ExpenditureKey(hj, y2024, .department)
    static let project = ExpenditureKey(hj, y2024, .project(jicha))

    static let canonical: [(Change, String)] = [
        (.create(.unit(try! Code("hongjiang")), [.init("name", "洪江市医疗保障局")]), "UNIT CREATE hongjiang name=洪江市医疗保障局"),
        (.create(.unit(hj), [.init("name", "洪江 市")]), #"UNIT CREATE hj name="洪江 市""#),
        (.create(.unit(hj), [.init("name", "a\"b\\c\nd\te\rf")]), #"UNIT CREATE hj name="a\"b\\c\nd\te\rf""#),
        (.create(.unit(hj), [.init("name", "x"), .init("level", "")]), #"UNIT CREATE hj name=x level="""#),
        (.update(.unit(hj), [.init("name", "x=y")]), #"UNIT UPDATE hj name="x=y""#),
        (.update(.unit(hj), [.init("name", "#1")]), ##"UNIT UPDATE hj name="#1""##),
        (.update(.unit(hj), [.init("offices", "综合股、基金股")]), "UNIT UPDATE hj offices=综合股、基金股"),
        (.delete(.unit(hj)), "UNIT DELETE hj"),
        (.create(.year(hj, y2024), []), "YEAR CREATE hj 2024"),
        (.create(.year(hj, y2024), [.init("staff_authorized", "38")]), "YEAR CREATE hj 2024 staff_authorized=38"),
        (.update(.year(hj, y2024), [.init("staff_actual", "35人")]), "YEAR UPDATE hj 2024 staff_actual=35人"),
        (.delete(.year(hj, y2024)), "YEAR DELETE hj 2024"),
        (.update(.expenditure(dept), [.init("executed", "840.87万元")]), "DEPT UPDATE hj 2024 executed=840.87万元"),
        (
            .create(
                .project(hj, y2024, jicha),
                [.init("name", "基层 医疗"), .init("budget_initial", "15万元"), .init("executed", "-0.000001万元")]
            ),
            #"PROJECT CREATE hj 2024 jicha name="基层 医疗" budget_initial=15万元 executed=-0.000001万元"#
        ),
        (
            .update(.project(hj, y2024, jicha), [.init("budget_initial", ""), .init("budget_full", "506.48万元")]),
            #"PROJECT UPDATE hj 2024 jicha budget_initial="" budget_full=506.48万元"#
        ),
        (.delete(.project(hj, y2024, jicha)), "PROJECT DELETE hj 2024 jicha"),
        (
            .set(.part(dept, .line(try! LineItem("sangong.reception"))), [.init("executed", "0.5万元")]),
            "LINE SET hj 2024 dept sangong.reception executed=0.5万元"
        ),
        (.delete(.part(project, .line(try! LineItem("level.central")))), "LINE DELETE hj 2024 jicha level.central"),
        (
            .create(
                .part(dept, .indicator(try! Code("peixun"))),
                [.init("level1", "产出指标"), .init("level2", "数量指标"), .init("name", "培训"), .init("target", "≥2次")]
            ),
            "INDICATOR CREATE hj 2024 dept peixun level1=产出指标 level2=数量指标 name=培训 target=≥2次"
        ),
        (
            .update(.part(dept, .indicator(try! Code("peixun"))), [.init("actual", "80%-90%")]),
            "INDICATOR UPDATE hj 2024 dept peixun actual=80%-90%"
        ),
        (.delete(.part(project, .indicator(try! Code("peixun")))), "INDICATOR DELETE hj 2024 jicha peixun"),
        (
            .set(.part(dept, .group(IndicatorGroup(level1: "产出指标", level2: "数量指标"))), [.init("weight", "20")]),
            "GROUP SET hj 2024 dept level1=产出指标 level2=数量指标 weight=20"
        ),
        (
            .delete(.part(dept, .group(IndicatorGroup(level1: "产出 指标")))),
            #"GROUP DELETE hj 2024 dept level1="产出 指标""#
        ),
        (
            .set(.part(dept, .fact(try! Code("canbao"))), [.init("name", "参保人数"), .init("value", "303517人")]),
            "FACT SET hj 2024 dept canbao name=参保人数 value=303517人"
        ),
        (.delete(.part(dept, .fact(try! Code("canbao")))), "FACT DELETE hj 2024 dept canbao"),
        (
            .add(project, .adjustment, [.init("date", "2024-06-30"), .init("amount", "-3万")]),
            "ADJUSTMENT ADD hj 2024 jicha date=2024-06-30 amount=-3万"
        ),
        (
            .add(dept, .payment, [.init("date", "2024-06-30"), .init("amount", "1元")]),
            "PAYMENT ADD hj 2024 dept date=2024-06-30 amount=1元"
        ),
        (.add(dept, .goal, [.init("text", "完成 目标")]), #"GOAL ADD hj 2024 dept text="完成 目标""#),
        (.update(.part(dept, .adjustment(3)), [.init("reason", "追加")]), "ADJUSTMENT UPDATE hj 2024 dept 3 reason=追加"),
        (.delete(.part(dept, .payment(12))), "PAYMENT DELETE hj 2024 dept 12"),
        (.update(.part(dept, .goal(1)), [.init("kind", "achieved")]), "GOAL UPDATE hj 2024 dept 1 kind=achieved"),
        (
            .set(.part(dept, .allocation), [.init("per_capita", "640元"), .init("central", "60%")]),
            "ALLOCATION SET hj 2024 dept per_capita=640元 central=60%"
        ),
        (.delete(.part(project, .allocation)), "ALLOCATION DELETE hj 2024 jicha"),
        (.addVocabulary(level: 1, name: "社会 效果"), #"VOCAB ADD 1 name="社会 效果""#),
        (.addVocabulary(level: 2, name: "宣传指标"), "VOCAB ADD 2 name=宣传指标"),
        (
            .disableCheck(hj, y2024, rule: "low-execution", reason: "按季度 拨付"),
            #"CHECK DISABLE hj 2024 low-execution reason="按季度 拨付""#
        ),
        (.enableCheck(hj, y2024, rule: "low-execution"), "CHECK ENABLE hj 2024 low-execution"),
    ]

    @Test(arguments: canonical)
    func commandLineIsCanonical(change: Change, line: String) throws {
        #expect(change.commandLine == line)
        #expect(try CommandParser.parse(line) == .change(change))
    }
}

/// SplitMix64, for repeatable "many values" tests (and a `RandomNumberGenerator`, so that
/// `randomElement(using:)` and `shuffled(using:)` repeat too).
struct Generator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
}
