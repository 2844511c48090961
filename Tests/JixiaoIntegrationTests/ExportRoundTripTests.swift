import Foundation
import JixiaoClient
import Testing

/// `EXPORT` is the native format: loading an export into an empty daemon recreates exactly
/// what was exported.
@Suite struct ExportRoundTripTests {
    private func export(_ daemon: DaemonProcess) throws -> String {
        let run = try ClientRun.jixiao(["export"], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        return run.output
    }

    @Test func exportingTheExamplesLoadingAndExportingAgainGivesTheSameText() throws {
        let examples = TestEnvironment.packageRoot.appendingPathComponent("Protocol/examples").path
        let original = try DaemonProcess(arguments: ["--load-if-empty", examples])
        let first = try export(original)
        #expect(first.split(separator: "\n").count > 30)

        let file = original.scratch.appendingPathComponent("export.jx")
        try first.write(to: file, atomically: true, encoding: .utf8)
        let copy = try DaemonProcess(arguments: ["--load-if-empty", file.path])
        let second = try export(copy)
        #expect(second == first)
        #expect(try stateSnapshot(try copy.connect()) == stateSnapshot(try original.connect()))
    }

    @Test func aUnitYearExportLoadsAloneIntoAnEmptyDaemon() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "VOCAB ADD 2 name=自定义指标", "UNIT CREATE a name=甲 level=县", "UNIT CREATE b name=乙 parent=a",
            "YEAR CREATE b 2024 staff_authorized=10 staff_actual=9", "YEAR CREATE b 2023",
            "DEPT UPDATE b 2024 budget_initial=100万元 executed=90万元 printed_total=95",
            "LINE SET b 2024 dept spend executed=90万元",
            "LINE SET b 2024 dept spend.basic executed=60万元 printed_share=66.67%",
            "GROUP SET b 2024 dept level1=产出指标 weight=50",
            "INDICATOR CREATE b 2024 dept x level1=产出指标 level2=自定义指标 name=\"指标 一\" target=≥2次 actual=3次 weight=5 score=5",
            "GOAL ADD b 2024 dept kind=expected text=\"目标\\n第二行\"",
            "PROJECT CREATE b 2024 p name=项目 budget_initial=10万",
            "PAYMENT ADD b 2024 p date=2024-05-01 amount=3万元 line=source.current",
            "ADJUSTMENT ADD b 2024 p date=2024-04-01 amount=-1万元 kind=调减 reason=压减",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        let run = try ClientRun.jixiao(["export", "b", "2024"], socket: daemon.socketPath)
        #expect(run.status == 0)
        #expect(!run.output.contains("YEAR CREATE b 2023"))
        #expect(!run.output.contains("parent="), "the parent unit is not part of this export")

        let file = daemon.scratch.appendingPathComponent("b2024.jx")
        try run.output.write(to: file, atomically: true, encoding: .utf8)
        let copy = try DaemonProcess(arguments: ["--load-if-empty", file.path])
        #expect(try ClientRun.jixiao(["export", "b", "2024"], socket: copy.socketPath).output == run.output)
        let payments = try copy.connect().request("PAYMENT LIST b 2024 p")
        #expect(payments.cells.first?[5] == "3.00")
    }
}
