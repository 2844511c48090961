import Foundation
import JixiaoClient
import Testing

/// Bad input of any kind gets `ERR` with a stable code; the connection, the daemon and the
/// state are unharmed.
@Suite struct MalformedInputTests {
    /// A raw socket, to send bytes the client library would never produce.
    private func rawSocket(_ path: String) throws -> FileHandle {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8)
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(result == 0)
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Reads lines until `count` have arrived.
    private func readLines(_ handle: FileHandle, count: Int) -> [String] {
        var buffer = Data()
        while buffer.filter({ $0 == 0x0A }).count < count {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer += chunk
        }
        return String(decoding: buffer, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static let badLines: [(name: String, bytes: [UInt8], code: String)] = [
        ("unknown verb", Array("FROBNICATE hongjiang\n".utf8), "UNKNOWN_COMMAND"),
        ("unbalanced quote", Array("UNIT CREATE x name=\"洪江\n".utf8), "SYNTAX"),
        ("bad number", Array("PROJECT CREATE hongjiang 2024 p name=x budget_initial=12.3.4万元\n".utf8), "BAD_MONEY"),
        (
            "amount without a unit", Array("PROJECT CREATE hongjiang 2024 p name=x budget_initial=15\n".utf8),
            "BAD_MONEY"
        ),
        ("bad year", Array("YEAR CREATE hongjiang 20x4\n".utf8), "BAD_VALUE"),
        ("invalid UTF-8", Array("UNIT CREATE x name=".utf8) + [0xFF, 0xFE, 0x0A], "ENCODING"),
        ("NUL byte", Array("UNIT CREATE x name=a".utf8) + [0x00] + Array("b\n".utf8), "SYNTAX"),
        ("too many arguments", Array("UNIT GET a b\n".utf8), "ARITY"),
        ("unknown key", Array("UNIT CREATE x name=a colour=red\n".utf8), "BAD_ARGUMENT"),
        ("bad code", Array("UNIT CREATE 洪江 name=a\n".utf8), "BAD_VALUE"),
    ]

    @Test(arguments: badLines.indices)
    func aBadLineGetsItsErrorCodeAndChangesNothing(_ index: Int) throws {
        let (name, bytes, code) = Self.badLines[index]
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try connection.request("YEAR CREATE hongjiang 2024").isOK)
        let before = try stateSnapshot(connection)
        let journalSize = try Data(contentsOf: daemon.journalFiles[0]).count

        let socket = try rawSocket(daemon.socketPath)
        socket.write(Data(bytes) + Data("PING\n".utf8))
        let lines = readLines(socket, count: 2)
        #expect(lines.count == 2, "\(name)")
        #expect(lines.first?.hasPrefix("ERR \(code) ") == true, "\(name): \(lines)")
        #expect(lines.last == "OK PONG", "\(name): the connection stays usable")

        #expect(try stateSnapshot(connection) == before)
        #expect(try Data(contentsOf: daemon.journalFiles[0]).count == journalSize, "nothing journaled")
    }

    @Test func aTenMegabyteLineIsRefusedAndTheConnectionGoesOn() throws {
        let daemon = try DaemonProcess()
        let socket = try rawSocket(daemon.socketPath)
        let hugeLine = Data(("UNIT CREATE x name=" + String(repeating: "洪", count: 3_500_000) + "\n").utf8)
        #expect(hugeLine.count > 10_000_000)
        // Write from another thread: the daemon answers only after the newline, and the
        // socket buffer is far smaller than the line.
        let writer = Thread {
            socket.write(hugeLine)
            socket.write(Data("PING\n".utf8))
        }
        writer.start()
        let lines = readLines(socket, count: 2)
        #expect(lines.first?.hasPrefix("ERR LINE_TOO_LONG line of \(hugeLine.count - 1) bytes") == true)
        #expect(lines.last == "OK PONG")
        #expect(try daemon.connect().request("UNIT LIST").rowLines.isEmpty)
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        var lines = ["UNIT CREATE hongjiang name=洪江市医疗保障局", "YEAR CREATE hongjiang 2024"]
        for index in 0..<200 { lines.append("PROJECT CREATE hongjiang 2024 p\(index) name=p\(index)") }
        lines.append("PROJECT LIST hongjiang 2024")
        try connection.send(lines)
        for index in 0..<202 {
            #expect(try connection.readReply().statusLine == "OK seq=\(index + 1)")
        }
        let list = try connection.readReply()
        #expect(list.rowLines.count == 200)
        #expect(list.cells.map { $0[2] } == (0..<200).map { "p\($0)" })
    }

    @Test func blankLinesAndCommentsGetNoReply() throws {
        let daemon = try DaemonProcess()
        let socket = try rawSocket(daemon.socketPath)
        socket.write(Data("\n   \n# a comment\r\nPING\r\nHELLO\n".utf8))
        let lines = readLines(socket, count: 2)
        #expect(lines.first == "OK PONG")
        #expect(lines.last?.hasPrefix("OK jixiao protocol=1 ") == true)
    }

    @Test func anUnterminatedLineFromAVanishingClientIsNeverExecuted() throws {
        let daemon = try DaemonProcess()
        do {
            let socket = try rawSocket(daemon.socketPath)
            socket.write(Data("PING\nUNIT CREATE half name=半".utf8))
            #expect(readLines(socket, count: 1) == ["OK PONG"])
        }
        let connection = try daemon.connect()
        #expect(try connection.request("PING").statusLine == "OK PONG")
        #expect(try connection.request("UNIT LIST").rowLines.isEmpty, "the torn line was never a request")
    }

    @Test func aClientThatClosesItsWritingSideStillGetsEveryReply() throws {
        let daemon = try DaemonProcess()
        let socket = try rawSocket(daemon.socketPath)
        socket.write(Data("PING\nUNIT CREATE hongjiang name=洪江\nFORMAT json\nUNIT LIST\n".utf8))
        shutdown(socket.fileDescriptor, Int32(SHUT_WR))
        let lines = readLines(socket, count: 5)
        #expect(lines.count == 5)
        #expect(Array(lines.prefix(4)) == ["OK PONG", "OK seq=1", "OK format=json", "OK rows=1"])
        #expect(lines.last?.hasPrefix("{\"code\":\"hongjiang\",\"name\":\"洪江\"") == true)
    }
}
