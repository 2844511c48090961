import Foundation
import JixiaoClient
import Testing

/// `make run`'s path: the daemon fills an empty state from `Protocol/examples/`.
@Suite struct ExampleDataTests {
    static let examples = TestEnvironment.packageRoot.appendingPathComponent("Protocol/examples").path

    @Test func theExamplesLoadIntoAnEmptyStateAndTheReadmeQueryAnswers() throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", Self.examples])
        let run = try ClientRun.jixiao(["project", "list", "hongjiang", "2024"], socket: daemon.socketPath)
        #expect(run.status == 0)
        let codes = run.output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[2] }
        #expect(codes == ["jicha", "zhengjiao", "lixiu"])
        let years = try daemon.connect().request("YEAR LIST").cells.map { "\($0[0])/\($0[1])" }
        #expect(years == ["qiyang/2021", "daoxian/2021", "hongjiang/2024", "nanyue/2023", "yuelu/2022"])
    }

    @Test func examplesAreNotLoadedAgainIntoAStateThatHasData() throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", Self.examples])
        let sequence = try daemon.connect().request("UNIT CREATE extra name=另一个").statusLine
        #expect(daemon.stop() == 0)
        try daemon.start()
        let next = try daemon.connect().request("UNIT CREATE extra2 name=又一个").statusLine
        #expect(next == "OK seq=\(Int(sequence.dropFirst("OK seq=".count))! + 1)")
    }

    @Test func aBadExampleFileStopsTheStartNamingFileAndLine() throws {
        let folder = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "UNIT CREATE a name=甲\n# comment\nYEAR CREATE a 20x4\n".write(
            to: folder.appendingPathComponent("bad.jx"),
            atomically: true,
            encoding: .utf8
        )
        let daemon = try DaemonProcess(arguments: [])
        daemon.stop()
        try? FileManager.default.removeItem(atPath: daemon.stateDirectory)
        let failing = try DaemonProcess.failing(arguments: ["--load-if-empty", folder.path], in: daemon)
        #expect(failing != 0)
        #expect(daemon.log.contains("bad.jx:3:"))
    }
}
