import Foundation
import JixiaoClient
import Testing

/// A plain GET line is answered on the fast path (read from its bytes, written into the
/// connection's buffer); the same request spelled so that only the general parser reads it
/// (a quoted word) gets the same bytes, in a pipelined batch, in order, with the batch's
/// own acknowledged changes seen.
@Suite struct PipelinedGetTests {
    static let setup = [
        "UNIT CREATE hongjiang name=洪江市医疗保障局", "YEAR CREATE hongjiang 2024",
        #"INDICATOR CREATE hongjiang 2024 dept peixun level1=产出指标 level2=数量指标 name="全年开展医保政策培训次数" target=≥2次 actual=3次 weight=5 score=5 deviation="按\\季度""#,
    ]

    @Test func aBatchOfGetsIsAnsweredInOrderAlikeThroughTheFastAndTheGeneralPath() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in Self.setup { #expect(try connection.request(line).isOK, "\(line)") }
        let plain = "INDICATOR GET hongjiang 2024 dept peixun"
        let quoted = #"INDICATOR GET hongjiang 2024 dept "peixun""#
        let lines = [
            plain, quoted, "INDICATOR GET hongjiang 2024 dept nosuch", #"INDICATOR GET hongjiang 2024 dept "nosuch""#,
            "INDICATOR GET hongjiang 2023 dept peixun", #"INDICATOR GET hongjiang "2023" dept peixun"#,
            "INDICATOR UPDATE hongjiang 2024 dept peixun actual=4次", plain,
            "indicator\tget  hongjiang 2024 dept peixun", "INDICATOR GET hongjiang 2024 dept peixun extra",
            #"INDICATOR GET hongjiang 2024 dept "peixun" extra"#, "YEAR GET hongjiang 2024",
            #"YEAR GET "hongjiang" 2024"#,
        ]
        try connection.send(lines)
        let replies = try lines.map { _ in try connection.readReply().text }
        #expect(replies[0].hasPrefix("OK rows=1\nunit\tyear\towner\tcode\tlevel1\t"), "\(replies[0])")
        #expect(replies[0].contains("\t按\\\\季度\t"), "the backslash is escaped: \(replies[0])")
        #expect(replies[0] == replies[1])
        #expect(replies[2].hasPrefix("ERR NOT_FOUND "), "\(replies[2])")
        #expect(replies[2] == replies[3])
        #expect(replies[4].hasPrefix("ERR NOT_FOUND "), "\(replies[4])")
        #expect(replies[4] == replies[5])
        #expect(replies[6].hasPrefix("OK seq="))
        #expect(replies[7].contains("\t4次\t"), "the batch's own change is seen: \(replies[7])")
        #expect(replies[8] == replies[7])
        #expect(replies[9].hasPrefix("ERR ARITY "), "\(replies[9])")
        #expect(replies[9] == replies[10])
        #expect(replies[11].hasPrefix("OK rows=1\n"))
        #expect(replies[11] == replies[12])
    }

    @Test func aGetInJSONIsTheSameThroughBothPaths() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in Self.setup { #expect(try connection.request(line).isOK, "\(line)") }
        let socket = try RawSocket(daemon.socketPath)
        #expect(
            socket.transmit(
                "FORMAT json\nINDICATOR GET hongjiang 2024 dept peixun\nINDICATOR GET hongjiang 2024 dept \"peixun\"\n"
            )
        )
        let lines = (0..<5).map { _ in socket.readLine() }
        #expect(lines[0] == "OK format=json")
        #expect(lines[1] == "OK rows=1")
        #expect(lines[2]?.contains(#""actual":"3次""#) == true, "\(lines[2] ?? "")")
        #expect(lines[3] == lines[1])
        #expect(lines[4] == lines[2])
    }

    /// GETs before `QUIT` are answered (in place, by the batcher), none after it, in the
    /// same write or a later one.
    @Test func nothingAfterQuitIsAnswered() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in Self.setup { #expect(try connection.request(line).isOK, "\(line)") }
        let get = "INDICATOR GET hongjiang 2024 dept peixun\n"
        let socket = try RawSocket(daemon.socketPath)
        #expect(socket.transmit(get + "QUIT\n" + get))
        #expect(socket.readLine() == "OK rows=1")
        #expect(socket.readLine()?.hasPrefix("unit\tyear\t") == true)
        #expect(socket.readLine()?.hasPrefix("hongjiang\t2024\tdept\tpeixun\t") == true)
        #expect(socket.readLine() == "OK BYE")
        _ = socket.transmit(get)
        #expect(socket.readLine(timeout: 1) == nil)
        #expect(socket.closedByPeer(within: 5))
    }
}
