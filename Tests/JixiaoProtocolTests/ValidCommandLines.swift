import JixiaoCore
import JixiaoProtocol

/// Values the parser tests share.
enum P {
    static let hj = try! Code("hongjiang")
    static let jicha = try! Code("jicha")
    static let y2024 = try! FiscalYear(2024)
    static let dept = ExpenditureKey(hj, y2024, .department)
    static let project = ExpenditureKey(hj, y2024, .project(jicha))
    static let peixun = try! Code("peixun")
    static let canbao = try! Code("canbao")
    static let income = try! LineItem("income.general")

    static func fields(_ pairs: KeyValuePairs<String, String>) -> [FieldAssignment] {
        pairs.map { FieldAssignment($0.key, $0.value) }
    }
}

extension CommandParserTests {
    /// One valid line per command of ``CommandTable/all``, with what it must parse to.
    static let validLines: [String: (line: String, command: Command)] = [
        "HELLO": ("HELLO", .hello),
        "PING": ("PING", .ping),
        "STATUS": ("STATUS", .status),
        "RESUME": ("RESUME", .resume),
        "BACKUP": ("BACKUP", .backup),
        "SNAPSHOT": ("SNAPSHOT", .snapshot),
        "DEBUG STALL": ("DEBUG STALL 1", .debugStall(seconds: 1)),
        "QUIT": ("QUIT", .quit),
        "BEGIN": ("BEGIN", .begin),
        "COMMIT": ("COMMIT", .commit),
        "ROLLBACK": ("ROLLBACK", .rollback),
        "HELP": ("HELP", .help(nil)),
        "FORMAT": ("FORMAT json", .format(.json)),
        "MONEY": ("MONEY yuan", .money(.yuan)),
        "UNIT CREATE": (
            #"UNIT CREATE hongjiang name="洪江市 医疗保障局" level=市 offices=综合股、基金股"#,
            .change(.create(.unit(P.hj), P.fields(["name": "洪江市 医疗保障局", "level": "市", "offices": "综合股、基金股"])))
        ),
        "UNIT UPDATE": (
            "UNIT UPDATE hongjiang name=洪江市医保局 parent=",
            .change(.update(.unit(P.hj), P.fields(["name": "洪江市医保局", "parent": ""])))
        ),
        "UNIT DELETE": ("UNIT DELETE hongjiang", .change(.delete(.unit(P.hj)))),
        "UNIT GET": ("UNIT GET hongjiang", .get(.unit(P.hj))),
        "UNIT LIST": ("UNIT LIST", .list(.units)),
        "YEAR SUBMIT": ("YEAR SUBMIT hongjiang 2024", .change(.submitYear(P.hj, P.y2024))),
        "YEAR REOPEN": (
            "YEAR REOPEN hongjiang 2024 reason=数据有误", .change(.reopenYear(P.hj, P.y2024, reason: "数据有误"))
        ),
        "YEAR CREATE": (
            "YEAR CREATE hongjiang 2024 staff_authorized=38",
            .change(.create(.year(P.hj, P.y2024), P.fields(["staff_authorized": "38"])))
        ),
        "YEAR UPDATE": (
            "YEAR UPDATE hongjiang 2024 staff_actual=35人 printed_control_rate=92.1%",
            .change(.update(.year(P.hj, P.y2024), P.fields(["staff_actual": "35人", "printed_control_rate": "92.1%"])))
        ),
        "YEAR DELETE": ("YEAR DELETE hongjiang 2024", .change(.delete(.year(P.hj, P.y2024)))),
        "YEAR GET": ("YEAR GET hongjiang 2024", .get(.year(P.hj, P.y2024))),
        "YEAR LIST": ("YEAR LIST", .list(.years(nil))),
        "DEPT UPDATE": (
            "DEPT UPDATE hongjiang 2024 budget_initial=506.48万元 printed_grade=优",
            .change(.update(.expenditure(P.dept), P.fields(["budget_initial": "506.48万元", "printed_grade": "优"])))
        ),
        "DEPT GET": ("DEPT GET hongjiang 2024", .get(.expenditure(P.dept))),
        "PROJECT CREATE": (
            "PROJECT CREATE hongjiang 2024 jicha name=基层医疗 budget_initial=15万元 budget_full=150000元 executed=506.48万",
            .change(
                .create(
                    .project(P.hj, P.y2024, P.jicha),
                    P.fields([
                        "name": "基层医疗", "budget_initial": "15万元", "budget_full": "150000元", "executed": "506.48万",
                    ])
                )
            )
        ),
        "PROJECT UPDATE": (
            "PROJECT UPDATE hongjiang 2024 jicha budget_full=16万 executed=",
            .change(.update(.project(P.hj, P.y2024, P.jicha), P.fields(["budget_full": "16万", "executed": ""])))
        ),
        "PROJECT DELETE": ("PROJECT DELETE hongjiang 2024 jicha", .change(.delete(.project(P.hj, P.y2024, P.jicha)))),
        "PROJECT GET": ("PROJECT GET hongjiang 2024 jicha", .get(.project(P.hj, P.y2024, P.jicha))),
        "PROJECT LIST": ("PROJECT LIST hongjiang 2024", .list(.projects(P.hj, P.y2024))),
        "LINE SET": (
            "LINE SET hongjiang 2024 dept income.general initial=506.48万元 printed_share=100%",
            .change(.set(.part(P.dept, .line(P.income)), P.fields(["initial": "506.48万元", "printed_share": "100%"])))
        ),
        "LINE DELETE": (
            "LINE DELETE hongjiang 2024 jicha income.general", .change(.delete(.part(P.project, .line(P.income))))
        ),
        "LINE GET": ("LINE GET hongjiang 2024 dept income.general", .get(.part(P.dept, .line(P.income)))),
        "LINE LIST": ("LINE LIST hongjiang 2024 dept", .list(.parts(P.dept, .line))),
        "INDICATOR CREATE": (
            "INDICATOR CREATE hongjiang 2024 dept peixun level1=产出指标 level2=数量指标 name=培训次数 target=≥2次 weight=10",
            .change(
                .create(
                    .part(P.dept, .indicator(P.peixun)),
                    P.fields(["level1": "产出指标", "level2": "数量指标", "name": "培训次数", "target": "≥2次", "weight": "10"])
                )
            )
        ),
        "INDICATOR UPDATE": (
            "INDICATOR UPDATE hongjiang 2024 jicha peixun actual=3次 score=10",
            .change(.update(.part(P.project, .indicator(P.peixun)), P.fields(["actual": "3次", "score": "10"])))
        ),
        "INDICATOR DELETE": (
            "INDICATOR DELETE hongjiang 2024 dept peixun", .change(.delete(.part(P.dept, .indicator(P.peixun))))
        ),
        "INDICATOR GET": ("INDICATOR GET hongjiang 2024 dept peixun", .get(.part(P.dept, .indicator(P.peixun)))),
        "INDICATOR LIST": ("INDICATOR LIST hongjiang 2024 jicha", .list(.parts(P.project, .indicator))),
        "GROUP SET": (
            "GROUP SET hongjiang 2024 dept level1=产出指标 level2=数量指标 weight=20",
            .change(
                .set(
                    .part(P.dept, .group(IndicatorGroup(level1: "产出指标", level2: "数量指标"))),
                    P.fields(["weight": "20"])
                )
            )
        ),
        "GROUP DELETE": (
            "GROUP DELETE hongjiang 2024 dept level1=产出指标",
            .change(.delete(.part(P.dept, .group(IndicatorGroup(level1: "产出指标")))))
        ),
        "GROUP LIST": ("GROUP LIST hongjiang 2024 dept", .list(.parts(P.dept, .group))),
        "FACT SET": (
            "FACT SET hongjiang 2024 dept canbao name=参保人数 value=303517人",
            .change(.set(.part(P.dept, .fact(P.canbao)), P.fields(["name": "参保人数", "value": "303517人"])))
        ),
        "FACT DELETE": ("FACT DELETE hongjiang 2024 dept canbao", .change(.delete(.part(P.dept, .fact(P.canbao))))),
        "FACT GET": ("FACT GET hongjiang 2024 dept canbao", .get(.part(P.dept, .fact(P.canbao)))),
        "FACT LIST": ("FACT LIST hongjiang 2024 dept", .list(.parts(P.dept, .fact))),
        "ADJUSTMENT ADD": (
            "ADJUSTMENT ADD hongjiang 2024 jicha date=2024-06-30 amount=10万元 kind=追加",
            .change(.add(P.project, .adjustment, P.fields(["date": "2024-06-30", "amount": "10万元", "kind": "追加"])))
        ),
        "ADJUSTMENT UPDATE": (
            "ADJUSTMENT UPDATE hongjiang 2024 jicha 1 reason=文件",
            .change(.update(.part(P.project, .adjustment(1)), P.fields(["reason": "文件"])))
        ),
        "ADJUSTMENT DELETE": (
            "ADJUSTMENT DELETE hongjiang 2024 jicha 2", .change(.delete(.part(P.project, .adjustment(2))))
        ),
        "ADJUSTMENT LIST": ("ADJUSTMENT LIST hongjiang 2024 jicha", .list(.parts(P.project, .adjustment))),
        "PAYMENT ADD": (
            "PAYMENT ADD hongjiang 2024 dept date=2024-07-01 amount=5000元 line=source.current",
            .change(
                .add(P.dept, .payment, P.fields(["date": "2024-07-01", "amount": "5000元", "line": "source.current"]))
            )
        ),
        "PAYMENT UPDATE": (
            "PAYMENT UPDATE hongjiang 2024 dept 3 note=退款",
            .change(.update(.part(P.dept, .payment(3)), P.fields(["note": "退款"])))
        ),
        "PAYMENT DELETE": ("PAYMENT DELETE hongjiang 2024 dept 3", .change(.delete(.part(P.dept, .payment(3))))),
        "PAYMENT LIST": ("PAYMENT LIST hongjiang 2024 dept", .list(.parts(P.dept, .payment))),
        "GOAL ADD": (
            #"GOAL ADD hongjiang 2024 dept text="完成 年度目标""#, .change(.add(P.dept, .goal, P.fields(["text": "完成 年度目标"])))
        ),
        "GOAL UPDATE": (
            "GOAL UPDATE hongjiang 2024 dept 1 kind=achieved",
            .change(.update(.part(P.dept, .goal(1)), P.fields(["kind": "achieved"])))
        ),
        "GOAL DELETE": ("GOAL DELETE hongjiang 2024 dept 1", .change(.delete(.part(P.dept, .goal(1))))),
        "GOAL LIST": ("GOAL LIST hongjiang 2024 dept", .list(.parts(P.dept, .goal))),
        "ALLOCATION SET": (
            "ALLOCATION SET hongjiang 2024 dept per_capita=640元 insured=10000 central=60%",
            .change(
                .set(
                    .part(P.dept, .allocation),
                    P.fields(["per_capita": "640元", "insured": "10000", "central": "60%"])
                )
            )
        ),
        "ALLOCATION DELETE": ("ALLOCATION DELETE hongjiang 2024 dept", .change(.delete(.part(P.dept, .allocation)))),
        "ALLOCATION GET": ("ALLOCATION GET hongjiang 2024 jicha", .get(.part(P.project, .allocation))),
        "VOCAB ADD": (#"VOCAB ADD 1 name="社会 效果""#, .change(.addVocabulary(level: 1, name: "社会 效果"))),
        "VOCAB LIST": ("VOCAB LIST", .list(.vocabulary)),
        "CHECK RUN": ("CHECK RUN hongjiang 2024 jicha", .check(P.hj, P.y2024, .project(P.jicha))),
        "CHECK RULES": ("CHECK RULES", .checkRules),
        "FUNDS": ("FUNDS hongjiang 2024 jicha", .funds(P.project)),
        "MONITOR": (
            "MONITOR hongjiang 2024 date=2024-06-30", .monitor(P.hj, P.y2024, try! CivilDate(parsing: "2024-06-30"))
        ),
        "MONTHLY": ("MONTHLY hongjiang 2024 jicha", .monthly(P.project)),
        "RULESET CREATE": (
            "RULESET CREATE hunan from=default grades=优:80,良:70,中:60,差:0",
            .change(
                .createRuleSet(
                    try! Code("hunan"),
                    from: try! Code("default"),
                    [FieldAssignment("grades", "优:80,良:70,中:60,差:0")]
                )
            )
        ),
        "RULESET UPDATE": (
            "RULESET UPDATE hunan reverse_formula=deviation",
            .change(.updateRuleSet(try! Code("hunan"), [FieldAssignment("reverse_formula", "deviation")]))
        ),
        "RULESET DELETE": ("RULESET DELETE hunan", .change(.deleteRuleSet(try! Code("hunan")))),
        "RULESET GET": ("RULESET GET default", .ruleSet(try! Code("default"))),
        "RULESET LIST": ("RULESET LIST", .ruleSets),
        "SCORE": ("SCORE hongjiang 2024 dept", .score(P.hj, P.y2024, .department)),
        "TABLE": (
            "TABLE hongjiang 2024 jicha format=csv view=compare",
            .table(TableRequest(unit: P.hj, year: P.y2024, owner: .project(P.jicha), format: .csv, view: .compare))
        ),
        "REPORT": (
            "REPORT hongjiang 2024 format=text", .report(ReportRequest(unit: P.hj, year: P.y2024, format: .text))
        ),
        "ROLLUP": ("ROLLUP hongjiang 2024", .rollup(P.hj, P.y2024)),
        "CARRYOVER": ("CARRYOVER hongjiang 2024 dept", .carryOver(P.dept)),
        "CHECK DISABLE": (
            #"CHECK DISABLE hongjiang 2024 low-execution reason="按季度 拨付""#,
            .change(.disableCheck(P.hj, P.y2024, rule: "low-execution", reason: "按季度 拨付"))
        ),
        "CHECK ENABLE": (
            "CHECK ENABLE hongjiang 2024 low-execution", .change(.enableCheck(P.hj, P.y2024, rule: "low-execution"))
        ),
        "EXPORT": ("EXPORT", .export(nil, nil)),
        "HISTORY": (
            "HISTORY hongjiang/2024/dept/indicator/peixun",
            .history(HistoryRequest(object: .part(P.dept, .indicator(P.peixun))))
        ),
        "WATCH": ("WATCH hongjiang 2024 from=12", .watch(WatchRequest(scope: .year(P.hj, P.y2024), from: 12))),
        "UNWATCH": ("UNWATCH", .unwatch),
    ]
}
