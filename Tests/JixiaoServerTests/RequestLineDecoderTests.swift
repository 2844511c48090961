import JixiaoServer
import NIOCore
import NIOEmbedded
import Testing

/// Feeds bytes through a `ByteToMessageHandler(RequestLineDecoder)` in an `EmbeddedChannel`.
struct DecoderHarness {
    let channel: EmbeddedChannel

    init(maximumLength: Int, maximumBufferSize: Int? = nil) throws {
        channel = EmbeddedChannel(
            handler: ByteToMessageHandler(
                RequestLineDecoder(maximumLength: maximumLength),
                maximumBufferSize: maximumBufferSize
            )
        )
    }

    init<Decoder: ByteToMessageDecoder>(decoder: Decoder, maximumBufferSize: Int? = nil) {
        channel = EmbeddedChannel(handler: ByteToMessageHandler(decoder, maximumBufferSize: maximumBufferSize))
    }

    /// Writes `bytes` in pieces of `chunk` bytes and returns the frames that came out.
    func feed(_ bytes: [UInt8], chunk: Int) throws -> [RequestFrame] {
        var frames: [RequestFrame] = []
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            try channel.writeInbound(ByteBuffer(bytes: bytes[start..<end]))
            frames += try read()
            start = end
        }
        return frames
    }

    /// Signals that the client closed its side and returns the frames that came out.
    func closeInput() throws -> [RequestFrame] {
        channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        channel.embeddedEventLoop.run()
        try channel.throwIfErrorCaught()
        return try read()
    }

    func read() throws -> [RequestFrame] {
        var frames: [RequestFrame] = []
        while let frame = try channel.readInbound(as: RequestFrame.self) { frames.append(frame) }
        return frames
    }
}

func line(_ text: String) -> RequestFrame { .line(ByteBuffer(string: text)) }

@Suite struct RequestLineDecoderTests {
    @Test func linesEndWithNewlineOrCarriageReturnNewline() throws {
        let harness = try DecoderHarness(maximumLength: 64)
        let frames = try harness.feed(Array("PING\nUNIT LIST\r\nHELLO\n".utf8), chunk: .max)
        #expect(frames == [line("PING"), line("UNIT LIST"), line("HELLO")])
        #expect(try harness.channel.finish().isClean)
    }

    @Test func emptyLinesAreFramesToo() throws {
        let harness = try DecoderHarness(maximumLength: 64)
        #expect(try harness.feed(Array("\n\r\n\n".utf8), chunk: .max) == [line(""), line(""), line("")])
    }

    @Test func onlyTheLastCarriageReturnIsTrimmed() throws {
        let harness = try DecoderHarness(maximumLength: 64)
        #expect(try harness.feed(Array("a\rb\r\r\n".utf8), chunk: .max) == [line("a\rb\r")])
    }

    @Test func incompleteLineWaitsForItsNewline() throws {
        let harness = try DecoderHarness(maximumLength: 64)
        #expect(try harness.feed(Array("UNIT LI".utf8), chunk: .max) == [])
        #expect(try harness.feed(Array("ST\r".utf8), chunk: .max) == [])
        #expect(try harness.feed(Array("\nPI".utf8), chunk: .max) == [line("UNIT LIST")])
    }

    static let mixedInput =
        "PING\nUNIT LIST\r\n\n\r\n"
        + #"PROJECT CREATE hongjiang 2024 jicha name="基层 医疗""# + "\n"
        + String(repeating: "x", count: 100) + "\n"
        + String(repeating: "y", count: 64) + "\n"
        + String(repeating: "z", count: 65) + "\n"
        + "HELLO\r\n"
        + "QUIT"
    static let mixedFrames: [RequestFrame] = [
        line("PING"), line("UNIT LIST"), line(""), line(""),
        line(#"PROJECT CREATE hongjiang 2024 jicha name="基层 医疗""#),
        .tooLong(bytes: 100),
        line(String(repeating: "y", count: 64)),
        .tooLong(bytes: 65),
        line("HELLO"),
    ]

    /// The input ends with an unterminated `QUIT`, which is dropped at close (PROTOCOL.md).
    @Test(arguments: [1, 2, 3, 7, 64, 1_000])
    func chunkingDoesNotChangeTheFrames(chunk: Int) throws {
        let harness = try DecoderHarness(maximumLength: 64)
        var frames = try harness.feed(Array(Self.mixedInput.utf8), chunk: chunk)
        frames += try harness.closeInput()
        #expect(frames == Self.mixedFrames)
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1_000])
    func overLongLineGivesOneFrameWithItsLengthAndTheNextLineStillDecodes(chunk: Int) throws {
        let harness = try DecoderHarness(maximumLength: 16)
        let input = String(repeating: "a", count: 17) + "\nPING\n" + String(repeating: "b", count: 500) + "\nQUIT\n"
        let frames = try harness.feed(Array(input.utf8), chunk: chunk)
        #expect(frames == [.tooLong(bytes: 17), line("PING"), .tooLong(bytes: 500), line("QUIT")])
    }

    /// A line of exactly the limit is accepted whether its CRLF arrives with it or after it:
    /// TCP segmentation must not decide whether a request is answered.
    @Test(arguments: [1, 2, 3, 7, 16, 17, 18, 64])
    func lineOfExactlyTheLimitEndedByCRLFIsAcceptedHoweverItIsChunked(chunk: Int) throws {
        let harness = try DecoderHarness(maximumLength: 16)
        let text = String(repeating: "c", count: 16)
        let frames = try harness.feed(Array((text + "\r\nPING\r\n").utf8), chunk: chunk)
        #expect(frames == [line(text), line("PING")])
    }

    /// The byte count in `LINE_TOO_LONG` is the line's length without its terminator, as for
    /// a line that arrives in one piece.
    @Test(arguments: [1, 7, 64, 1_000])
    func overLongCRLFLineReportsItsLengthWithoutTheTerminatorHoweverItIsChunked(chunk: Int) throws {
        let harness = try DecoderHarness(maximumLength: 16)
        let frames = try harness.feed(Array((String(repeating: "d", count: 100) + "\r\nPING\r\n").utf8), chunk: chunk)
        #expect(frames == [.tooLong(bytes: 100), line("PING")])
    }

    /// PROTOCOL.md: "Only a line ended by a newline is a request. Bytes after the last newline
    /// when the client closes the connection are dropped unexecuted."
    @Test func unterminatedLastLineIsDroppedWhenInputCloses() throws {
        let harness = try DecoderHarness(maximumLength: 64)
        #expect(try harness.feed(Array("PING\nQUIT".utf8), chunk: .max) == [line("PING")])
        let atClose = try harness.closeInput()
        #expect(atClose == [])
    }

    @Test func unterminatedLineEndingInCarriageReturnIsDroppedAtClose() throws {
        let harness = try DecoderHarness(maximumLength: 64)
        #expect(try harness.feed(Array("QUIT\r".utf8), chunk: .max) == [])
        let atClose = try harness.closeInput()
        #expect(atClose == [])
    }

    @Test func unterminatedLastLineIsDroppedWhenTheChannelCloses() throws {
        let harness = try DecoderHarness(maximumLength: 64)
        #expect(try harness.feed(Array("PING\nUNIT DELETE hongjiang".utf8), chunk: 3) == [line("PING")])
        try harness.channel.close().wait()
        harness.channel.embeddedEventLoop.run()
        let atClose = try harness.read()
        #expect(atClose == [])
    }

    @Test func closingWithNothingBufferedGivesNoFrame() throws {
        let harness = try DecoderHarness(maximumLength: 64)
        #expect(try harness.feed(Array("PING\n".utf8), chunk: .max) == [line("PING")])
        let atClose = try harness.closeInput()
        #expect(atClose == [])
    }

    @Test func overLongUnterminatedTailIsDroppedAtClose() throws {
        let harness = try DecoderHarness(maximumLength: 16)
        #expect(
            try harness.feed(Array(("PING\n" + String(repeating: "e", count: 40)).utf8), chunk: 7) == [line("PING")]
        )
        let atClose = try harness.closeInput()
        #expect(atClose == [])
    }

    /// While a 1 MB line streams in, the handler's buffer never holds more than the limit
    /// after a decode: `ByteToMessageHandler` itself fails with `PayloadTooLargeError` if it does.
    @Test(arguments: [1_024, 4_096, 65_536])
    func megabyteLineIsDiscardedAsItArrives(chunk: Int) throws {
        let limit = 1_024
        let probe = BufferProbe()
        let harness = DecoderHarness(
            decoder: ProbingDecoder(inner: RequestLineDecoder(maximumLength: limit), probe: probe),
            maximumBufferSize: limit
        )
        let megabyte = 1 << 20
        var frames: [RequestFrame] = []
        var sent = 0
        while sent < megabyte {
            let size = min(chunk, megabyte - sent)
            try harness.channel.writeInbound(ByteBuffer(repeating: UInt8(ascii: "m"), count: size))
            sent += size
            frames += try harness.read()
        }
        frames += try harness.feed(Array("\nPING\n".utf8), chunk: .max)
        #expect(frames == [.tooLong(bytes: megabyte), line("PING")])
        #expect(probe.largestReadableAfterDecode <= limit)
        #expect(probe.largestCapacity <= 2 * (limit + chunk), "buffer capacity grew to \(probe.largestCapacity)")
    }
}

/// Records how much the handler's buffer holds each time the decoder returns.
final class BufferProbe {
    var largestReadableAfterDecode = 0
    var largestCapacity = 0

    func record(_ buffer: ByteBuffer) {
        largestReadableAfterDecode = max(largestReadableAfterDecode, buffer.readableBytes)
        largestCapacity = max(largestCapacity, buffer.capacity)
    }
}

/// Wraps the decoder under test to observe the buffer it is handed.
struct ProbingDecoder: ByteToMessageDecoder {
    typealias InboundOut = RequestFrame
    var inner: RequestLineDecoder
    let probe: BufferProbe

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        probe.largestCapacity = max(probe.largestCapacity, buffer.capacity)
        let state = try inner.decode(context: context, buffer: &buffer)
        probe.record(buffer)
        return state
    }

    mutating func decodeLast(
        context: ChannelHandlerContext,
        buffer: inout ByteBuffer,
        seenEOF: Bool
    ) throws -> DecodingState {
        let state = try inner.decodeLast(context: context, buffer: &buffer, seenEOF: seenEOF)
        probe.record(buffer)
        return state
    }
}
