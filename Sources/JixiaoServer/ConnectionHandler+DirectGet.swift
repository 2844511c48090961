import JixiaoCore
import JixiaoProtocol
import NIOCore

/// The fast path of a GET: the line read by ``GetLineParser`` from its bytes, the reply
/// written into the connection's outgoing buffer, all on the connection's thread without
/// a suspension.
///
/// It takes the same steps as ``ConnectionHandler/reply(to:session:)`` for a GET (the
/// groups after a reload, the request rate, the transaction's owner, the role, the
/// published model, the `max_rows` and `ERR INTERNAL` handling), through the same
/// functions; only the parsing and the encoding differ, and they give the same command and
/// the same bytes. A line it does not recognise is left to the general path untouched.
extension ConnectionHandler {
    /// Answers `frame` into `output` when it is a plain GET line; `false` (nothing done,
    /// the session untouched) for any other frame.
    func answerDirectly(_ frame: RequestFrame, session: inout Session, into output: inout ByteBuffer) -> Bool {
        // A watching connection refuses a GET: the general path says so.
        guard case .line(let line) = frame, !session.isWatching,
            let command = line.withUnsafeReadableBytes({ GetLineParser.command($0) }), case .get(let key) = command
        else { return false }
        refreshGroups(of: &session)
        let current = limits.current
        let reply: Reply
        if let refusal = admit(lineBytes: line.readableBytes, current, session: &session) {
            reply = refusal
        } else {
            let policy = limits.policy
            let role = policy.role(of: session.peer)
            if let refusal = refusal(of: command, role: role, policy: policy, session: &session) {
                reply = refusal
            } else if let answer = executor.answerGet(
                key,
                format: session.format,
                money: session.money,
                into: &output
            ) {
                reply = answer
            } else {
                return true
            }
        }
        let finished = finished(
            reply,
            current,
            request: String(decoding: line.readableBytesView, as: UTF8.self),
            session: session
        )
        ReplyEncoder.encode(finished, format: session.format, into: &output)
        return true
    }
}

extension ReplyEncoder {
    /// Appends one reply's bytes (every line ended by `\n`) to a buffer.
    static func encode(_ reply: Reply, format: RowFormat, into output: inout ByteBuffer) {
        var text = ""
        encode(reply, format: format, into: &text)
        output.writeString(text)
    }
}
