import Foundation
import JixiaoClient
import Testing

/// The errors the published reports carry, found by the checker in the seeds as entered in
/// `Protocol/examples/`, and no false alarm on figures that are right.
@Suite struct SeedFindingsTests {
    /// Findings as `rule object reported computed` rows.
    static let findings: [[String: String]] = {
        let examples = TestEnvironment.packageRoot.appendingPathComponent("Protocol/examples").path
        guard let daemon = try? DaemonProcess(arguments: ["--load-if-empty", examples]),
            let reply = try? daemon.connect().request("CHECK RUN")
        else { return [] }
        return reply.cells.map { Dictionary(uniqueKeysWithValues: zip(reply.columns, $0)) }
    }()

    private func finding(_ rule: String, _ object: String) -> [String: String]? {
        Self.findings.first { $0["rule"] == rule && $0["object"] == object }
    }

    @Test func aShareOf004PercentWhoseAmountMakes4Percent() throws {
        let found = try #require(finding("share-mismatch", "hongjiang/2024/dept/line/class.enterprises"))
        #expect(found["reported"] == "0.04%")
        #expect(found["computed"] == "4.00%")
    }

    @Test func fourExpenditurePartsAddingTo874Against840() throws {
        let found = try #require(finding("sum-mismatch", "hongjiang/2024/dept/line/class"))
        #expect(found["reported"] == "840.87")
        #expect(found["computed"] == "874.24")
    }

    @Test func anExecutionRatePrintedAs100WhereTheFiguresMake166() throws {
        let found = try #require(finding("rate-misreported", "hongjiang/2024/dept"))
        #expect(found["reported"] == "100%")
        #expect(found["computed"] == "166.02%")
    }

    @Test func weightsAddingTo90And110WhereTheTableClaims100() throws {
        #expect(finding("weights-sum", "hongjiang/2024/dept")?["computed"] == "90")
        for project in ["jicha", "zhengjiao", "lixiu"] {
            #expect(finding("weights-sum", "hongjiang/2024/\(project)")?["computed"] == "110", "\(project)")
        }
    }

    @Test func aTotalOf98OverScoresAddingTo78() throws {
        let found = try #require(finding("total-mismatch", "hongjiang/2024/dept"))
        #expect(found["reported"] == "98")
        #expect(found["computed"] == "78")
        #expect(found["message_en"]?.contains("88 even with full marks") == true)
    }

    @Test func anAtMost200TargetWithAnActualOf218ScoredFull() throws {
        let found = try #require(finding("unmet-scored-full", "hongjiang/2024/dept/indicator/daiban"))
        #expect(found["reported"] == "5")
        #expect(found["computed"] == "4.59")
    }

    @Test func anAmountWrittenInYuanWhereWanWasMeant() throws {
        let found = try #require(finding("unit-suspect", "nanyue/2023/jisheng"))
        #expect(found["message_en"]?.contains("31.58元") == true)
    }

    @Test func noFalseAlarmOnFiguresThatAreRight() throws {
        #expect(!Self.findings.isEmpty)
        // 祁阳: 3619.29 / 3556 = 101.78 % is right; only the rate above 100 % is worth a warning.
        #expect(finding("rate-misreported", "qiyang/2021/jiuzhu") == nil)
        #expect(finding("rate-above-100", "qiyang/2021/jiuzhu") != nil)
        // 道县: 1222.1 + 59.83 + 200 = 1481.93 is right.
        #expect(
            !Self.findings.contains {
                $0["object"]?.hasPrefix("daoxian/2021/jiuzhu") == true && $0["severity"] == "error"
            }
        )
        // 洪江: 35 / 38 = 92.1 % (printed to one decimal) is right.
        #expect(finding("rate-misreported", "hongjiang/2024") == nil)
    }
}
