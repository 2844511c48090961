import ArgumentParser
import JixiaoClient
import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// Options every subcommand that talks to the daemon shares.
struct ClientOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The daemon's socket (env JIXIAO_SOCKET; default /run/jixiao/jixiao.sock).",
            valueName: "path"
        )
    )
    var socket: String?

    @Flag(help: "Print rows as JSON lines.")
    var json = false

    @Option(
        help: ArgumentHelp(
            "Ask as of a past moment (2024-06-30T18:00 China time, 2024-06-30 for the end of that day, …Z for UTC) or journal sequence (1234).",
            valueName: "time|seq"
        )
    )
    var at: String?

    /// The socket path: the option, then the environment, then the default.
    var socketPath: String {
        if let socket { return socket }
        if let value = getenv("JIXIAO_SOCKET"), value.pointee != 0 { return String(cString: value) }
        return "/run/jixiao/jixiao.sock"
    }

    /// Connects, switching to JSON rows when asked.
    func connect() throws -> ClientConnection {
        do {
            let connection = try ClientConnection(socketPath: socketPath)
            if json { try connection.setFormat(.json) }
            if let at { connection.asOf = at.allSatisfy({ ("0"..."9").contains($0) }) ? "SEQ \(at)" : at }
            return connection
        } catch {
            throw Output.fail(error)
        }
    }

    /// Sends one request and prints its reply; fails with the documented exit code.
    func run(_ line: String) throws {
        let connection = try connect()
        let reply: ReceivedReply
        do {
            reply = try connection.request(line)
        } catch {
            throw Output.fail(error)
        }
        try Output.print(reply)
    }
}

/// Words for a protocol line from the client's arguments.
enum Line {
    /// A `key=value` word for each option that was given.
    static func keyed(_ pairs: [(String, String?)]) -> [String] {
        pairs.compactMap { key, value in value.map { WordQuoting.keyed(key, $0) } }
    }

    /// Joins words into a line, quoting positional ones.
    static func make(_ command: String, _ positional: [String], _ keyed: [String] = []) -> String {
        ([command] + positional.map(WordQuoting.quote) + keyed).joined(separator: " ")
    }
}
