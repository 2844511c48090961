import ArgumentParser
import JixiaoProtocol
import JixiaoServer
import JixiaoSystemd
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
            Runs in the foreground and logs to standard error, or to journald with structured \
            fields when run as a systemd service. Every accepted change is appended to the \
            journal in the state directory and synced before it is acknowledged. SIGTERM or \
            SIGINT stop it cleanly: no new connections, requests in flight answered, journal \
            synced, exit 0. SIGHUP re-reads --config and applies log_level and max_line. \
            Under systemd it adopts the socket of jixiao.socket, notifies readiness and feeds \
            the watchdog (see jixiaod(8)).
            """,
        version: "jixiaod \(ProtocolVersion.software)"
    )

    @Option(
        help: ArgumentHelp(
            "The Unix socket to listen on (env JIXIAO_SOCKET); ignored when systemd passes the socket.",
            valueName: "path"
        )
    )
    var socket: String?

    @Option(
        name: .customLong("socket-mode"),
        help: ArgumentHelp("The socket file's permission bits, in octal (default 0660).", valueName: "mode")
    )
    var socketMode: String?

    @Option(
        name: .customLong("socket-owner"),
        help: ArgumentHelp(
            "The socket file's owner, a user name or uid (default: the daemon's user).",
            valueName: "user"
        )
    )
    var socketOwner: String?

    @Option(
        name: .customLong("socket-group"),
        help: ArgumentHelp("The socket file's group, a name or gid (default: the daemon's group).", valueName: "group")
    )
    var socketGroup: String?

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

    @Option(
        help: ArgumentHelp(
            "A configuration file of 'key = value' lines (log_level, max_line), re-read on SIGHUP.",
            valueName: "file"
        )
    )
    var config: String?

    @Flag(help: "Check the configuration file and options, print the settings in effect, and exit.")
    var checkConfig = false

    @Option(
        help: ArgumentHelp(
            "Verify a state directory (checksums, sequence gaps, every record applies) without serving, and exit: "
                + "0 when sound, 1 when damaged.",
            valueName: "dir"
        )
    )
    var verify: String?

    @Flag(
        help: ArgumentHelp(
            "Start even though files the state directory's manifest lists are missing or damaged: serve what is "
                + "left, log and record the loss, and go on numbering after every sequence that may have been "
                + "acknowledged. Use once, after reading what the refused start said was lost."
        )
    )
    var acceptLoss = false

    @Option(
        name: .customLong("max-line"),
        help: "The longest request line accepted, in bytes (default 65536; overrides max_line)."
    )
    var maximumLineLength: Int?

    @Option(
        help: ArgumentHelp(
            "When the journal is synced: 'always' (default; acknowledge after fdatasync, shared by concurrent "
                + "writers) or 'batch' (acknowledge after the write, sync within --fsync-delay, so a power loss "
                + "may lose that window).",
            valueName: "always|batch"
        )
    )
    var fsync: String?

    @Option(
        name: .customLong("fsync-delay"),
        help: "With --fsync batch, the longest time in milliseconds between a write and its sync (default 100)."
    )
    var fsyncDelay: Int?

    @Option(
        help: "Log level: trace, debug, info, notice, warning, error or critical (default info; overrides log_level)."
    )
    var logLevel: String?

    func validate() throws {
        _ = try commandLineValues()
        if let socketMode, UInt32(socketMode, radix: 8).map({ $0 <= 0o777 }) != true {
            throw ValidationError("--socket-mode takes octal permission bits such as 0660, got '\(socketMode)'")
        }
    }

    func run() async throws {
        if let verify {
            try verifyStateDirectory(verify)
            return
        }
        let settings = try resolveSettings()
        if checkConfig {
            try printCheckedConfiguration(settings)
            return
        }
        let level = LiveLogLevel(settings.effective.logLevel ?? .info)
        let target = DaemonLogging.bootstrap(level: level)
        let logger = Logger(label: "jixiaod")
        target.explain(to: logger)
        for key in settings.commandLine.keysAlsoSet(in: settings.file) {
            logger.warning("\(key) in \(config ?? "") is ignored: the command line sets it")
        }
        // Trap SIGHUP before anything else can take time: its default action would end the daemon.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        var configuration = ServerConfiguration(
            socketPath: socket ?? environment("JIXIAO_SOCKET") ?? ServerConfiguration.defaultSocketPath,
            stateDirectory: stateDirectory ?? environment("JIXIAO_STATE_DIR")
                ?? ServerConfiguration.defaultStateDirectory,
            maximumLineLength: settings.effective.maximumLineLength ?? ConfigValues.defaults.maximumLineLength!,
            loadIfEmpty: loadIfEmpty,
            fsync: try fsyncPolicy(settings.effective),
            policy: AccessPolicy(settings.effective),
            socketOwner: socketOwner,
            socketGroup: socketGroup
        )
        if let socketMode { configuration.socketMode = UInt32(socketMode, radix: 8)! }
        configuration.limits = RuntimeLimits.Values(settings.effective)
        configuration.snapshots = settings.effective.snapshotSettings
        configuration.acceptLoss = acceptLoss
        let daemon: Daemon
        do {
            if let listener = try SocketActivation.inheritedListener() {
                configuration.inheritedSocket = listener.descriptor
                configuration.socketPath = listener.path ?? configuration.socketPath
                logger.info(
                    "socket-activated: serving on the socket systemd passed",
                    metadata: ["socket": "\(configuration.socketPath)", "fd": "\(listener.descriptor)"]
                )
            }
            ServiceManager.notify(.status("Replaying the journal"))
            daemon = try await Daemon.prepare(configuration, logger: logger)
        } catch {
            logger.critical("cannot start: \(error)")
            ServiceManager.notify(.status("Failed to start: \(error)"))
            throw ExitCode.failure
        }
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: daemon),
            .init(
                service: ReloadService(
                    signals: hangups,
                    configPath: config,
                    commandLine: settings.commandLine,
                    level: level,
                    daemon: daemon,
                    logger: logger
                )
            ),
            .init(service: ServiceManagerNotifier(daemon: daemon, logger: logger)),
        ]
        // Last, so that it is the first stopped on shutdown, before the daemon's event loops go.
        if let interval = ServiceWatchdog.interval() {
            services.append(
                .init(service: WatchdogService(interval: interval, logger: logger, probe: daemon.heartbeat))
            )
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services,
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
