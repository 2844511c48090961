import Foundation
import JixiaoClient
import Testing

/// A full disk under the state directory: writes fail with `ERR STORAGE` and the daemon turns
/// read-only, reads go on, nothing acknowledged is lost, and after space is freed and an
/// admin sends `RESUME`, writes go on.
///
/// Needs root to mount a small tmpfs; without root the test is skipped and says why.
@Suite struct DiskFullTests {
    @Test(.enabled(if: getuid() == 0, "needs root to mount a small tmpfs on the state directory"))
    func writesFailAtTheLimitReadsGoOnAndResumeAfterSpaceIsFreed() throws {
        var mountPoint: String?
        let daemon = try DaemonProcess { state in
            try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
            try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=512k,mode=0750", "tmpfs", state])
            mountPoint = state
        }
        defer {
            daemon.stop(signal: SIGKILL)
            if let mountPoint { try? Self.run("/bin/umount", [mountPoint]) }
        }
        // Leave about 24 KiB free: a filler file takes the rest.
        let filler = daemon.stateDirectory + "/filler"
        let free = try Self.freeBytes(daemon.stateDirectory)
        #expect(FileManager.default.createFile(atPath: filler, contents: Data(count: max(0, free - 24 * 1024))))

        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try connection.request("YEAR CREATE hongjiang 2024").isOK)
        var acknowledged: [String] = []
        var refusal: ReceivedReply?
        for index in 0..<5000 {
            let code = "p\(index)"
            let name = "一个名字相当长的项目，用来写满这个小文件系统 \(index)"
            let reply = try connection.request("PROJECT CREATE hongjiang 2024 \(code) name=\"\(name)\"")
            if reply.isOK {
                acknowledged.append(code)
            } else {
                refusal = reply
                break
            }
        }
        let refused = try #require(refusal, "the disk never filled up")
        #expect(refused.statusLine.hasPrefix("ERR STORAGE"))
        #expect(acknowledged.count > 10)
        #expect(daemon.log.contains("STORAGE FAULT"))

        // Read-only: reads work and show exactly what was acknowledged; writes are refused.
        #expect(try connection.request("PROJECT LIST hongjiang 2024").rowLines.count == acknowledged.count)
        #expect(try connection.request("UNIT GET hongjiang").isOK)
        let more = try connection.request("PROJECT CREATE hongjiang 2024 more name=更多")
        #expect(more.statusLine.hasPrefix("ERR STORAGE"))
        let status = try connection.request("STATUS").cells
        #expect(status.contains(["mode", "read-only"]))
        let before = try stateSnapshot(connection)

        // Space freed, an admin resumes, writes go on.
        try FileManager.default.removeItem(atPath: filler)
        #expect(try connection.request("RESUME").statusLine.hasPrefix("OK mode=read-write"))
        #expect(try connection.request("STATUS").cells.contains(["mode", "read-write"]))
        let after = try connection.request("PROJECT CREATE hongjiang 2024 after name=之后")
        #expect(after.statusLine == "OK seq=\(acknowledged.count + 3)")

        // Nothing acknowledged was lost, and nothing refused came back.
        daemon.stop(signal: SIGKILL)
        try daemon.start()
        let again = try daemon.connect()
        let projects = try again.request("PROJECT LIST hongjiang 2024").cells.map { $0[2] }
        #expect(projects.count == acknowledged.count + 1)
        #expect(Set(projects) == Set(acknowledged + ["after"]))
        #expect(try again.request("PROJECT DELETE hongjiang 2024 after").isOK)
        #expect(try stateSnapshot(again) == before)
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: ["tool": tool, "arguments": arguments])
        }
    }

    private static func freeBytes(_ path: String) throws -> Int {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { throw CocoaError(.fileReadUnknown) }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }
}
