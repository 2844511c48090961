import Foundation
import JixiaoClient
import Testing

/// Chinese for people, ASCII for scripts: the same rows as an aligned table with Chinese
/// headings, status words and China time, or as the protocol's TSV with its keys, words
/// and UTC.
@Suite struct PresentationTests {
    private let chinese = ["LANG": "zh_CN.UTF-8"]

    private func seeded() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=县医保局", "YEAR CREATE u 2024 staff_authorized=38 staff_actual=35",
            "PROJECT CREATE u 2024 jicha name=全市医疗机构稽查稽核工作经费 budget_initial=15万元 budget_full=15万元 executed=15万元",
            "PROJECT CREATE u 2024 lixiu name=离休干部医疗费 budget_initial=50万元 budget_full=50万元 executed=49.5万元",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        return daemon
    }

    @Test func statusWordsAndHeadingsAreChineseForPeopleAndASCIIForScripts() throws {
        let daemon = try seeded()
        let people = try ClientRun.jixiao(
            ["year", "get", "u", "2024", "--table"],
            socket: daemon.socketPath,
            environment: chinese
        )
        #expect(people.output.contains("状态"), "\(people.output)")
        #expect(people.output.contains("草稿"))
        #expect(people.output.contains("编制数"))
        let script = try ClientRun.jixiao(
            ["year", "get", "u", "2024"],
            socket: daemon.socketPath,
            environment: chinese
        )
        #expect(script.output.hasPrefix("unit\tyear\t"), "\(script.output)")
        #expect(script.output.contains("\tdraft\t"))
        #expect(!script.output.contains("草稿"))
    }

    @Test func historyTimesAreChinaTimeForPeopleAndUTCForScripts() throws {
        let daemon = try seeded()
        let script = try ClientRun.jixiao(["history", "u"], socket: daemon.socketPath)
        let utc = try #require(script.output.split(separator: "\n").dropFirst().first?.split(separator: "\t")[1])
        #expect(utc.hasSuffix("Z"), "\(utc)")
        let people = try ClientRun.jixiao(["history", "u", "--table"], socket: daemon.socketPath, environment: chinese)
        #expect(people.output.contains("时间(北京时间)"), "\(people.output)")
        #expect(people.output.contains("新建"))
        // 15:03:57.123Z is 23:03:57 in China.
        let hour = Int(utc.dropFirst(11).prefix(2))!
        let local = String(format: "%02d", (hour + 8) % 24)
        #expect(
            people.output.contains(" \(local):\(utc.dropFirst(14).prefix(5))"),
            "\(utc) in China time: \(people.output)"
        )
    }

    @Test func aWideTableWrapsToTheTerminalByColumnGroups() throws {
        let daemon = try seeded()
        let run = try ClientRun.jixiao(
            ["project", "list", "u", "2024", "--table"],
            socket: daemon.socketPath,
            environment: ["LANG": "zh_CN.UTF-8", "COLUMNS": "70"]
        )
        #expect(run.status == 0)
        for line in run.output.split(separator: "\n") {
            let width = line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
            #expect(width <= 70, "\(line)")
        }
        let blocks = run.output.components(separatedBy: "\n\n")
        #expect(blocks.count >= 2, "\(run.output)")
        #expect(blocks.dropFirst().allSatisfy { $0.hasPrefix("代码") }, "each later block starts with the project code")
    }
}
