import JixiaoCore
import JixiaoProtocol
import Testing

@Suite struct ModelExportTests {
    /// Lines covering every family, with updates and deletes, as an operator would type them.
    static let session = [
        "VOCAB ADD 1 name=社会效果",
        "VOCAB ADD 2 name=宣传指标",
        "VOCAB ADD 1 name=产出指标",
        "UNIT CREATE hongjiang name=洪江市医疗保障局 level=市 supervisor=洪江市人民政府 offices=综合股、基金股,稽核股",
        #"UNIT CREATE zhongxin name="洪江市医疗保障事务中心" parent=hongjiang"#,
        "UNIT CREATE qianjiang name=黔江区 level=区",
        #"UNIT UPDATE qianjiang supervisor="重庆市 \"黔江\" 区""#,
        "UNIT CREATE gone name=临时",
        "UNIT DELETE gone",
        "YEAR CREATE hongjiang 2024 staff_authorized=38 staff_actual=35人",
        "YEAR UPDATE hongjiang 2024 printed_control_rate=92.1%",
        #"CHECK DISABLE hongjiang 2024 low-execution reason="按季度 拨付""#,
        "CHECK DISABLE hongjiang 2024 rate-above-100 reason=结转",
        "CHECK ENABLE hongjiang 2024 rate-above-100",
        "YEAR CREATE hongjiang 2023",
        "YEAR CREATE zhongxin 2024",
        "DEPT UPDATE hongjiang 2024 budget_initial=506.48万元 budget_full=5064800元 executed=840.87万 printed_rate=100 printed_grade=优",
        "LINE SET hongjiang 2024 dept income initial=506.48万元 executed=840.87万元",
        "LINE SET hongjiang 2024 dept income.general initial=406.48万元 printed_share=80.25%",
        #"LINE SET hongjiang 2024 dept income.lottery label="彩票 公益金" actual=3万元 note="第一行\n第二行""#,
        "LINE SET hongjiang 2024 dept spend budget=1万元",
        "LINE DELETE hongjiang 2024 dept spend",
        "GROUP SET hongjiang 2024 dept level1=产出指标 weight=50",
        "GROUP SET hongjiang 2024 dept level1=产出指标 level2=数量指标 weight=20.50",
        "GROUP SET hongjiang 2024 dept level1=社会效果 level2=宣传指标 weight=10分",
        "INDICATOR CREATE hongjiang 2024 dept peixun level1=产出指标 level2=数量指标 name=培训次数 target=≥2次 weight=10",
        #"INDICATOR UPDATE hongjiang 2024 dept peixun actual="　3次" score=10 deviation="无""#,
        "INDICATOR CREATE hongjiang 2024 dept xuanchuan level1=社会效果 level2=宣传指标 name=宣传 target=效果明显 not_applicable=yes",
        "INDICATOR CREATE hongjiang 2024 dept gone level1=产出指标 level2=质量指标 name=x target=100%",
        "INDICATOR DELETE hongjiang 2024 dept gone",
        "FACT SET hongjiang 2024 dept canbao name=参保人数 value=303517人",
        "FACT SET hongjiang 2024 dept canbao note=截至年底",
        #"GOAL ADD hongjiang 2024 dept text="完成 年度目标""#,
        "GOAL ADD hongjiang 2024 dept kind=achieved text=已完成",
        ##"ADJUSTMENT ADD hongjiang 2024 dept date=2024-06-30 amount=10万元 kind=追加 reason="文件 #3""##,
        "PAYMENT ADD hongjiang 2024 dept date=2024-07-01 amount=5000元 line=source.current note=拨付",
        "PAYMENT ADD hongjiang 2024 dept date=2024-08-01 amount=1元",
        "PAYMENT DELETE hongjiang 2024 dept 5",
        "ALLOCATION SET hongjiang 2024 dept per_capita=640元 insured=10000 central=60% province=16",
        "ALLOCATION SET hongjiang 2024 dept city=12% county=12%",
        "PROJECT CREATE hongjiang 2024 jicha name=基层医疗 budget_initial=15万元 budget_full=15万元 executed=15万元 supervisor=洪江市医疗保障局",
        "PROJECT CREATE hongjiang 2024 gone name=x",
        "PROJECT DELETE hongjiang 2024 gone",
        "LINE SET hongjiang 2024 jicha level.central actual=1123万元",
        "INDICATOR CREATE hongjiang 2024 jicha manyi level1=满意度指标 level2=服务对象满意度指标 name=满意度 target=≥90%",
        "ADJUSTMENT ADD hongjiang 2024 jicha date=2024-03-01 amount=-1万元 kind=调减",
        "ALLOCATION SET hongjiang 2024 jicha per_capita=640元",
        "PROJECT CREATE hongjiang 2023 old name=旧项目 budget_initial=1元",
        "DEPT UPDATE zhongxin 2024 executed=1万元",
    ]

    /// What `EXPORT` writes for ``session``: canonical values, creation order, no deleted objects.
    static let exported = [
        "VOCAB ADD 1 name=社会效果",
        "VOCAB ADD 2 name=宣传指标",
        "UNIT CREATE hongjiang name=洪江市医疗保障局 level=市 supervisor=洪江市人民政府 offices=综合股、基金股、稽核股",
        "UNIT CREATE zhongxin name=洪江市医疗保障事务中心",
        #"UNIT CREATE qianjiang name=黔江区 level=区 supervisor="重庆市 \"黔江\" 区""#,
        "UNIT UPDATE zhongxin parent=hongjiang",
        "YEAR CREATE hongjiang 2024 staff_authorized=38 staff_actual=35 printed_control_rate=92.1%",
        #"CHECK DISABLE hongjiang 2024 low-execution reason="按季度 拨付""#,
        "DEPT UPDATE hongjiang 2024 budget_initial=506.48万元 budget_full=506.48万元 executed=840.87万元 printed_rate=100% printed_grade=优",
        "LINE SET hongjiang 2024 dept income initial=506.48万元 executed=840.87万元",
        "LINE SET hongjiang 2024 dept income.general initial=406.48万元 printed_share=80.25%",
        #"LINE SET hongjiang 2024 dept income.lottery label="彩票 公益金" actual=3万元 note="第一行\n第二行""#,
        "GROUP SET hongjiang 2024 dept level1=产出指标 weight=50",
        "GROUP SET hongjiang 2024 dept level1=产出指标 level2=数量指标 weight=20.50",
        "GROUP SET hongjiang 2024 dept level1=社会效果 level2=宣传指标 weight=10",
        "INDICATOR CREATE hongjiang 2024 dept peixun level1=产出指标 level2=数量指标 name=培训次数 target=≥2次 actual=3次 weight=10 score=10 deviation=无",
        "INDICATOR CREATE hongjiang 2024 dept xuanchuan level1=社会效果 level2=宣传指标 name=宣传 target=效果明显 not_applicable=yes",
        "FACT SET hongjiang 2024 dept canbao name=参保人数 value=303517人 note=截至年底",
        #"GOAL ADD hongjiang 2024 dept kind=expected text="完成 年度目标""#,
        "GOAL ADD hongjiang 2024 dept kind=achieved text=已完成",
        ##"ADJUSTMENT ADD hongjiang 2024 dept date=2024-06-30 amount=10万元 kind=追加 reason="文件 #3""##,
        "PAYMENT ADD hongjiang 2024 dept date=2024-07-01 amount=0.5万元 line=source.current note=拨付",
        "ALLOCATION SET hongjiang 2024 dept per_capita=0.064万元 insured=10000 central=60% province=16% city=12% county=12%",
        "PROJECT CREATE hongjiang 2024 jicha name=基层医疗 supervisor=洪江市医疗保障局 budget_initial=15万元 budget_full=15万元 executed=15万元",
        "LINE SET hongjiang 2024 jicha level.central actual=1123万元",
        "INDICATOR CREATE hongjiang 2024 jicha manyi level1=满意度指标 level2=服务对象满意度指标 name=满意度 target=≥90%",
        "ADJUSTMENT ADD hongjiang 2024 jicha date=2024-03-01 amount=-1万元 kind=调减",
        "ALLOCATION SET hongjiang 2024 jicha per_capita=0.064万元",
        "YEAR CREATE hongjiang 2023",
        "PROJECT CREATE hongjiang 2023 old name=旧项目 budget_initial=0.0001万元",
        "YEAR CREATE zhongxin 2024",
        "DEPT UPDATE zhongxin 2024 executed=1万元",
    ]

    static let hongjiang = try! Code("hongjiang")
    static let zhongxin = try! Code("zhongxin")
    static let qianjiang = try! Code("qianjiang")
    static let y2024 = try! FiscalYear(2024)

    /// Parses and applies lines in order, each as the next sequence number.
    static func load(_ lines: [String], into state: inout ModelState) throws {
        for line in lines {
            guard let command = try CommandParser.parse(line) else { continue }
            guard case .change(let change) = command else { throw ProtocolError(.internal, "not a change: \(line)") }
            do {
                try state.apply(change, sequence: state.sequence + 1)
            } catch {
                throw ProtocolError(ProtocolError(error).code, "\(line): \(error)")
            }
        }
    }

    static func loaded(_ lines: [String]) throws -> ModelState {
        var state = ModelState()
        try load(lines, into: &state)
        return state
    }

    @Test func emptyModelExportsNothing() {
        #expect(ModelExport.lines(ModelState()).isEmpty)
    }

    @Test func exportWritesEveryObjectAsTheCommandThatRecreatesIt() throws {
        let state = try Self.loaded(Self.session)
        let lines = ModelExport.lines(state)
        #expect(lines.count == Self.exported.count)
        for (index, (actual, expected)) in zip(lines, Self.exported).enumerated() {
            #expect(actual == expected, "line \(index + 1)")
        }
    }

    @Test func exportLoadsIntoAnEmptyModelAndExportsTheSameLines() throws {
        let state = try Self.loaded(Self.session)
        let exported = ModelExport.lines(state)
        let reloaded = try Self.loaded(exported)
        #expect(ModelExport.lines(reloaded) == exported)
        #expect(reloaded.sequence == Int64(exported.count))
        // The computed figures come back with the fields.
        let department = ExpenditureKey(Self.hongjiang, Self.y2024, .department)
        for model in [state, reloaded] {
            let expenditure = try model.expenditure(department)
            #expect(try expenditure.adjustedBudget == Money(parsing: "516.48万元"))
            #expect(try expenditure.paidTotal == Money(parsing: "5000元"))
            #expect(try expenditure.allocation?.owed(by: "central") == Money(parsing: "384万元"))
            #expect(expenditure.allocation?.shareTotal == ExactNumber(100))
            #expect(try model.unit(Self.zhongxin).parent == Self.hongjiang)
            #expect(model.vocabulary.contains("社会效果", level: 1))
        }
    }

    @Test(
        arguments: [
            ("hongjiang", nil), ("zhongxin", nil), ("qianjiang", nil), ("hongjiang", 2024), ("hongjiang", 2023),
            ("zhongxin", 2024), ("qianjiang", 2024),
        ] as [(String, Int?)]
    )
    func unitOrYearExportLoadsIntoAnEmptyModel(unit: String, year: Int?) throws {
        let state = try Self.loaded(Self.session)
        let code = try Code(unit)
        let fiscalYear = try year.map { try FiscalYear($0) }
        let lines = ModelExport.lines(state, unit: code, year: fiscalYear)
        let reloaded = try Self.loaded(lines)
        #expect(reloaded.unitList.map(\.code) == [code])
        #expect(
            try reloaded.unit(code).yearList.map(\.year)
                == state.unit(code).yearList.map(\.year).filter { fiscalYear == nil || $0 == fiscalYear }
        )
        #expect(ModelExport.lines(reloaded) == lines)
        // The whole export has the same lines for this unit.
        let unitLines = { (line: String) in line.split(separator: " ").dropFirst(2).first == Substring(unit) }
        #expect(
            lines.filter(unitLines)
                == ModelExport.lines(state, year: fiscalYear).filter(unitLines).filter { !$0.contains("parent=") }
        )
    }

    @Test func unitExportOfASubordinateLeavesOutItsParent() throws {
        let state = try Self.loaded(Self.session)
        let lines = ModelExport.lines(state, unit: Self.zhongxin)
        #expect(
            lines == [
                "VOCAB ADD 1 name=社会效果", "VOCAB ADD 2 name=宣传指标", "UNIT CREATE zhongxin name=洪江市医疗保障事务中心",
                "YEAR CREATE zhongxin 2024", "DEPT UPDATE zhongxin 2024 executed=1万元",
            ]
        )
        #expect(try Self.loaded(lines).unit(Self.zhongxin).parent == nil)
    }

    @Test func yearExportOfEveryUnitHoldsEveryUnitButOnlyThatYear() throws {
        let state = try Self.loaded(Self.session)
        let lines = ModelExport.lines(state, year: Self.y2024)
        let reloaded = try Self.loaded(lines)
        #expect(reloaded.unitList.map(\.code) == [Self.hongjiang, Self.zhongxin, Self.qianjiang])
        #expect(try reloaded.unit(Self.hongjiang).yearList.map(\.year) == [Self.y2024])
        #expect(try reloaded.unit(Self.qianjiang).yearList.isEmpty)
        #expect(ModelExport.lines(reloaded) == lines)
    }

    /// Whatever an operator does, accepted or refused, the export loads again.
    @Test func exportOfAnyReachableStateLoads() throws {
        var state = try Self.loaded(Self.session)
        let attempts = [
            "INDICATOR UPDATE hongjiang 2024 dept peixun target=",
            "FACT SET hongjiang 2024 dept canbao value=",
            "ADJUSTMENT UPDATE hongjiang 2024 dept 3 date=",
            "PAYMENT UPDATE hongjiang 2024 dept 4 date=",
            "GOAL UPDATE hongjiang 2024 dept 1 text=",
            "UNIT UPDATE hongjiang name=",
            "LINE SET hongjiang 2024 dept income.lottery label=",
            "ALLOCATION SET hongjiang 2024 jicha per_capita=",
            "ADJUSTMENT ADD hongjiang 2024 jicha date=0999-12-31 amount=1元",
        ]
        for line in attempts {
            var copy = state
            if (try? Self.load([line], into: &copy)) != nil { state = copy }
        }
        let exported = ModelExport.lines(state)
        var reloaded = ModelState()
        var refused = 0
        for line in exported {
            do {
                try Self.load([line], into: &reloaded)
            } catch {
                Issue.record("the export does not load: \(error)")
                refused += 1
            }
        }
        if refused == 0 { #expect(ModelExport.lines(reloaded) == exported) }
    }
}
