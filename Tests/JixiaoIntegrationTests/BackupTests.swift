import Foundation
import JixiaoClient
import Testing

/// `jixiao backup FILE` takes a consistent online backup that restores as a journal segment.
@Suite struct BackupTests {
    @Test func anOnlineBackupRestoresToTheSameState() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try connection.request("YEAR CREATE hongjiang 2024").isOK)
        for index in 0..<20 {
            let line = "PROJECT CREATE hongjiang 2024 p\(index) name=\"项目 \\\"\(index)\\\"\" budget_initial=\(index)万元"
            #expect(try connection.request(line).isOK)
        }
        let before = try stateSnapshot(connection)
        let file = daemon.scratch.appendingPathComponent("backup.jxj").path
        let run = try ClientRun.jixiao(["backup", file], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("up to sequence 22"))
        #expect(!FileManager.default.fileExists(atPath: file + ".partial"))
        // Writes after the backup are not in it.
        #expect(try connection.request("PROJECT CREATE hongjiang 2024 later name=之后").isOK)

        let restored = try DaemonProcess { state in
            let journal = state + "/journal"
            try FileManager.default.createDirectory(atPath: journal, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: file, toPath: journal + "/00000000000000000001.jxj")
        }
        #expect(try stateSnapshot(try restored.connect()) == before)
        #expect(restored.log.contains("journal.records=22"))
    }
}
