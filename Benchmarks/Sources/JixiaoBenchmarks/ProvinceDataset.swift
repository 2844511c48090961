import Foundation
import JixiaoJournal

/// A province-sized model written straight into a journal (faster than sending it over the
/// socket, where every change waits for its own fsync): `units` bureaus, each with `years`
/// years of `projects` projects of `indicators` indicators, with realistic Chinese names,
/// targets and values. Deterministic, so runs compare.
struct ProvinceDataset: Sendable {
    var units: Int
    var years: Int = 10
    var projects: Int = 10
    var indicators: Int = 15

    /// 150 × 10 × 10 × 15 = 225,000 indicators.
    static let province = ProvinceDataset(units: 150)
    /// 1,334 × 10 × 10 × 15 ≈ 2,000,000 indicators.
    static let large = ProvinceDataset(units: 1_334)

    var indicatorCount: Int { units * years * projects * indicators }
    static let firstYear = 2015

    func unit(_ u: Int) -> String { "u\(u)" }
    func project(_ p: Int) -> String { "p\(p)" }
    func indicator(_ i: Int) -> String { "i\(i)" }

    /// A key spread evenly over the dataset: the `n`th indicator in a fixed shuffled order.
    func key(_ n: Int) -> (unit: String, year: Int, project: String, indicator: String) {
        let spread = (n &* 2_654_435_761) % indicatorCount
        let i = spread % indicators
        let p = spread / indicators % projects
        let y = spread / (indicators * projects) % years
        let u = spread / (indicators * projects * years)
        return (unit(u), Self.firstYear + y, project(p), indicator(i))
    }

    static let counties = [
        "洪江市", "鹤城区", "中方县", "沅陵县", "辰溪县", "溆浦县", "会同县", "麻阳苗族自治县", "新晃侗族自治县",
        "芷江侗族自治县", "靖州苗族侗族自治县", "通道侗族自治县", "岳麓区", "芙蓉区", "天心区",
    ]
    static let projectNames = [
        "城乡居民基本医疗保险基金监管专项经费", "医疗保障信息化建设项目", "医保经办服务能力提升工程", "异地就医直接结算工作经费",
        "医疗救助资金", "药品和医用耗材集中带量采购工作经费", "医保基金征收管理工作经费", "长期护理保险试点工作经费",
        "打击欺诈骗保专项治理经费", "医保政策宣传培训经费",
    ]
    /// (一级, 二级, 三级 name, target, actual).
    static let indicatorTemplates: [(String, String, String, String, String)] = [
        ("产出指标", "数量指标", "开展医保政策培训次数", "≥12次", "14次"),
        ("产出指标", "数量指标", "检查定点医药机构数量", "≥200家", "236家"),
        ("产出指标", "数量指标", "城乡居民参保人数", "≥45万人", "46.2万人"),
        ("产出指标", "质量指标", "基本医疗保险参保率", "≥95%", "96.8%"),
        ("产出指标", "质量指标", "异地就医直接结算率", "≥70%", "72.5%"),
        ("产出指标", "质量指标", "医保电子凭证激活率", "≥60%", "65.3%"),
        ("产出指标", "时效指标", "医保待遇按时支付率", "100%", "100%"),
        ("产出指标", "时效指标", "经办事项办理时限", "≤10天", "7天"),
        ("产出指标", "成本指标", "人均培训成本", "≤800元", "760元"),
        ("效益指标", "社会效益指标", "群众看病就医负担减轻程度", "有效减轻", "有效减轻"),
        ("效益指标", "社会效益指标", "追回违规使用医保基金", "≥300万元", "318万元"),
        ("效益指标", "可持续影响指标", "医保基金运行平稳程度", "平稳运行", "平稳运行"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "93.6%"),
        ("满意度指标", "服务对象满意度指标", "定点医药机构满意度", "≥85%", "88%"),
        ("效益指标", "社会效益指标", "门诊慢特病待遇落实率", "≥98%", "99.1%"),
    ]

    /// The journal's request lines, in order.
    func forEachLine(_ body: (String) throws -> Void) rethrows {
        for u in 0..<units {
            let county = Self.counties[u % Self.counties.count]
            try body("UNIT CREATE \(unit(u)) name=\(county)医疗保障局\(u / Self.counties.count)")
            for y in 0..<years {
                let year = Self.firstYear + y
                try body("YEAR CREATE \(unit(u)) \(year)")
                for p in 0..<projects {
                    let name = Self.projectNames[p % Self.projectNames.count]
                    try body(
                        "PROJECT CREATE \(unit(u)) \(year) \(project(p)) name=\(year)年度\(name) budget_initial=\(50 + p * 10)万元"
                    )
                    for i in 0..<indicators {
                        let t = Self.indicatorTemplates[(i + p) % Self.indicatorTemplates.count]
                        try body(
                            "INDICATOR CREATE \(unit(u)) \(year) \(project(p)) \(indicator(i)) level1=\(t.0) level2=\(t.1) "
                                + "name=\(t.2) target=\(t.3) actual=\(t.4) weight=6 score=6"
                        )
                    }
                }
            }
        }
    }

    /// Writes the journal into `stateDirectory` (created), as records of one line each, and
    /// returns how many records it holds.
    @discardableResult
    func writeJournal(
        into stateDirectory: String,
        extraLines: Int = 0,
        extra: (Int) -> String = { _ in "" }
    ) throws
        -> Int
    {
        let folder = stateDirectory + "/journal"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + StateDirectory.segmentName(startingAt: 1)
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let file = FileHandle(forWritingAtPath: path)
        else { throw BenchmarkError("cannot write \(path)") }
        defer { try? file.close() }
        var sequence: Int64 = 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 22)
        func add(_ line: String) throws {
            sequence += 1
            bytes +=
                JournalRecord(
                    sequence: sequence,
                    timestamp: Timestamp(milliseconds: 1_763_900_000_000 + sequence),
                    author: "bench",
                    lines: [line]
                ).encoded
            if bytes.count > 1 << 22 {
                try file.write(contentsOf: bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        try forEachLine(add)
        for n in 0..<extraLines { try add(extra(n)) }
        try file.write(contentsOf: bytes)
        return Int(sequence)
    }
}
