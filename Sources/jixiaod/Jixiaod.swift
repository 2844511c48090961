import ArgumentParser
import JixiaoServer
import Logging
import ServiceLifecycle
import UnixSignals

#if canImport(Glibc)
import Glibc
#endif

/// `jixiaod`: the Jixiao daemon. Runs in the foreground; stop it with SIGTERM or SIGINT.
@main
struct Jixiaod: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiaod",
        abstract: "The Jixiao daemon: budgets and performance indicators, shared over a Unix socket.",
        discussion: """
            Runs in the foreground and logs to standard error. Every accepted change is \
            appended to the journal in the state directory and synced before it is acknowledged. \
            SIGTERM or SIGINT stop it cleanly: no new connections, requests in flight answered, \
            journal synced, exit 0.
            """
    )

    @Option(
        help: ArgumentHelp(
            "The Unix socket to listen on (env JIXIAO_SOCKET).",
            valueName: "path"
        )
    )
    var socket: String?

    @Option(
        name: .customLong("state-dir"),
        help: ArgumentHelp("The state directory holding the journal (env JIXIAO_STATE_DIR).", valueName: "dir")
    )
    var stateDirectory: String?

    @Option(
        name: .customLong("load-if-empty"),
        help: ArgumentHelp(
            "Command files (a .jx file or a folder of them) to load when the state is empty.",
            valueName: "path"
        )
    )
    var loadIfEmpty: String?

    @Option(name: .customLong("max-line"), help: "The longest request line accepted, in bytes.")
    var maximumLineLength: Int = 64 * 1024

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("unknown log level '\(logLevel)'")
        }
        guard maximumLineLength >= 1024 else { throw ValidationError("--max-line must be at least 1024") }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "jixiaod")
        let configuration = ServerConfiguration(
            socketPath: socket ?? environment("JIXIAO_SOCKET") ?? ServerConfiguration.defaultSocketPath,
            stateDirectory: stateDirectory ?? environment("JIXIAO_STATE_DIR")
                ?? ServerConfiguration.defaultStateDirectory,
            maximumLineLength: maximumLineLength,
            loadIfEmpty: loadIfEmpty
        )
        let daemon: Daemon
        do {
            daemon = try await Daemon.prepare(configuration, logger: logger)
        } catch {
            logger.critical("cannot start: \(error)")
            throw ExitCode.failure
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [.init(service: daemon)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        try await group.run()
    }

    private func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
