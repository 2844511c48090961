public import NIOCore

/// Splits the inbound byte stream into request lines, with a bound on line length.
///
/// Accepts `\n` and `\r\n`. A line over `maximumLength` bytes is not buffered: its bytes
/// are dropped as they arrive and, once its newline comes, a single
/// ``RequestFrame/tooLong(bytes:)`` is emitted so that the connection can answer
/// `ERR LINE_TOO_LONG` and go on. Memory per connection therefore stays under about
/// `maximumLength` whatever a client sends. Only a line ended by a newline is a request:
/// bytes left unterminated when the client closes are dropped, never executed.
public struct RequestLineDecoder: ByteToMessageDecoder {
    public typealias InboundOut = RequestFrame

    /// The longest line accepted, in bytes, without its terminator.
    public let maximumLength: Int
    /// Bytes of the current line already searched for a newline (so that a client
    /// sending one byte at a time does not make the search quadratic).
    private var searched = 0
    /// Bytes dropped of an over-long line, while dropping.
    private var discarded: Int?
    /// Whether the last byte dropped was `\r` (so that a `\r\n` split across reads is not
    /// counted as part of the line).
    private var discardedEndsWithCarriageReturn = false

    /// Creates a decoder.
    public init(maximumLength: Int) {
        self.maximumLength = maximumLength
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = nextFrame(&buffer) else { return .needMoreData }
        context.fireChannelRead(wrapInboundOut(frame))
        return .continue
    }

    public mutating func decodeLast(
        context: ChannelHandlerContext,
        buffer: inout ByteBuffer,
        seenEOF: Bool
    ) throws -> DecodingState {
        if let frame = nextFrame(&buffer) {
            context.fireChannelRead(wrapInboundOut(frame))
            return .continue
        }
        // Bytes after the last newline are a request the client never finished (it died
        // or its write was cut): executing them could apply a truncated figure, so they
        // are dropped.
        buffer.moveReaderIndex(to: buffer.writerIndex)
        searched = 0
        discarded = nil
        return .needMoreData
    }

    /// Takes the next frame out of `buffer`, or returns `nil` when more bytes are needed.
    mutating func nextFrame(_ buffer: inout ByteBuffer) -> RequestFrame? {
        let view = buffer.readableBytesView
        let start = view.startIndex + searched
        guard let newline = view[start...].firstIndex(of: 0x0A) else {
            if let discarded {
                self.discarded = discarded + view.count
                if let last = view.last { discardedEndsWithCarriageReturn = last == 0x0D }
                buffer.moveReaderIndex(forwardBy: view.count)
                searched = 0
            } else if view.count > maximumLength + (view.last == 0x0D ? 1 : 0) {
                // One byte over is allowed when it is the `\r` of a `\r\n` still to come.
                discarded = view.count
                discardedEndsWithCarriageReturn = view.last == 0x0D
                buffer.moveReaderIndex(forwardBy: view.count)
                searched = 0
            } else {
                searched = view.count
            }
            return nil
        }
        let length = newline - view.startIndex
        searched = 0
        if let discarded {
            self.discarded = nil
            let endsWithCarriageReturn = length > 0 ? view[newline - 1] == 0x0D : discardedEndsWithCarriageReturn
            buffer.moveReaderIndex(forwardBy: length + 1)
            return .tooLong(bytes: discarded + length - (endsWithCarriageReturn ? 1 : 0))
        }
        let line = buffer.readSlice(length: length)!
        buffer.moveReaderIndex(forwardBy: 1)
        let trimmed = Self.trimmingCarriageReturn(line)
        if trimmed.readableBytes > maximumLength { return .tooLong(bytes: trimmed.readableBytes) }
        return .line(trimmed)
    }

    private static func trimmingCarriageReturn(_ line: ByteBuffer) -> ByteBuffer {
        guard line.readableBytesView.last == 0x0D else { return line }
        return line.getSlice(at: line.readerIndex, length: line.readableBytes - 1)!
    }
}
