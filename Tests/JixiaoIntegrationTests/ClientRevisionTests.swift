import Foundation
import JixiaoClient
import Testing

/// The client's edit commands send `IF REV=n`: the revision given with `--rev`, or the one
/// read just before the change; `--force` skips the check.
@Suite struct ClientRevisionTests {
    @Test func editsCheckTheRevisionTheOperatorSaw() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE hongjiang name=洪江").statusLine == "OK seq=1")
        // Someone else renames it (revision 2) after our operator read revision 1.
        #expect(try connection.request("UNIT UPDATE hongjiang name=洪江市").statusLine == "OK seq=2")
        let stale = try ClientRun.jixiao(
            ["unit", "update", "hongjiang", "--name", "洪江市医保局", "--rev", "1"],
            socket: daemon.socketPath
        )
        #expect(stale.status != 0)
        #expect(stale.errors.contains("ERR CONFLICT hongjiang is at revision 2, not 1"), "\(stale.errors)")
        let current = try ClientRun.jixiao(
            ["unit", "update", "hongjiang", "--name", "洪江市医保局", "--rev", "2"],
            socket: daemon.socketPath
        )
        #expect(current.status == 0, "\(current.errors)")
        let byDefault = try ClientRun.jixiao(
            ["unit", "update", "hongjiang", "--name", "洪江"],
            socket: daemon.socketPath
        )
        #expect(byDefault.status == 0, "\(byDefault.errors)")
        let forced = try ClientRun.jixiao(
            ["unit", "update", "hongjiang", "--name", "洪江2", "--force"],
            socket: daemon.socketPath
        )
        #expect(forced.status == 0, "\(forced.errors)")
        let gone = try ClientRun.jixiao(["unit", "delete", "nowhere"], socket: daemon.socketPath)
        #expect(gone.errors.contains("ERR NOT_FOUND"), "\(gone.errors)")
    }
}
