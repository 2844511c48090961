import Foundation
import JixiaoClient
import Testing

/// Text echoed back is written one way for every control character, text fields take a tab
/// as they take a line break, and a watch cancelled during its catch-up is not an error.
@Suite struct EscapingTests {
    @Test func aRawTabFromTheRequestIsEscapedInTheErrorLine() throws {
        let daemon = try DaemonProcess()
        let socket = try RawSocket(daemon.socketPath)
        socket.transmit("UNIT GET \"a\\tb\"\n")
        let line = try #require(socket.readLine())
        #expect(line.hasPrefix("ERR BAD_VALUE"))
        #expect(!line.contains("\t"), "no raw tab in a status line: \(line)")
        #expect(line.contains("'a\\u{9}b'"), "\(line)")
        socket.transmit("UNIT GET \"a\\u{1b}b\"\n")
        let escape = try #require(socket.readLine())
        #expect(!escape.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(escape)")
    }

    @Test func aTabInATextFieldIsTakenLikeALineBreak() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE u name=单位").isOK)
        #expect(try connection.request("YEAR CREATE u 2024").isOK)
        #expect(try connection.request("GOAL ADD u 2024 dept text=\"第一\\n第二\"").isOK)
        #expect(try connection.request("GOAL ADD u 2024 dept text=\"项目\\t金额\"").isOK)
        let goals = try connection.request("GOAL LIST u 2024 dept").cells.flatMap { $0 }
        #expect(goals.contains("第一\n第二"))
        #expect(goals.contains("项目\t金额"))
        // And it comes back the same after a replay of the journal.
        daemon.stop()
        try daemon.start()
        let again = try daemon.connect().request("GOAL LIST u 2024 dept").cells.flatMap { $0 }
        #expect(again.contains("项目\t金额"))
    }

    @Test func aWatchCancelledDuringItsCatchUpIsNoError() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE u name=单位").isOK)
        for index in 0..<20 {
            #expect(try connection.request("UNIT UPDATE u name=单位\(index)").isOK)
        }
        for _ in 0..<5 {
            let watcher = try RawSocket(daemon.socketPath)
            watcher.transmit("WATCH from=0\nUNWATCH\nQUIT\n")
            while watcher.readLine(timeout: 2) != nil {}
        }
        #expect(try connection.request("PING").isOK)
        #expect(!daemon.log.contains("CancellationError"), "\(daemon.log)")
        #expect(!daemon.log.contains("reading the journal for a watcher failed"), "\(daemon.log)")
    }
}
