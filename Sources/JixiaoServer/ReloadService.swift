import JixiaoSystemd
public import Logging
public import ServiceLifecycle
public import UnixSignals

/// Re-reads the configuration file on SIGHUP (`systemctl reload jixiao`) and applies what
/// can change without a restart: the log level, the request line limit and the roles.
///
/// systemd sees `RELOADING=1` … `READY=1` around it. A file that does not parse changes
/// nothing: the error is logged with its file and line, and the daemon keeps running on
/// the configuration it had. Values given on the command line win over the file, as at
/// start-up.
public struct ReloadService: Service, CustomStringConvertible {
    private let signals: UnixSignalsSequence
    private let configPath: String?
    private let commandLine: ConfigValues
    private let level: LiveLogLevel
    private let daemon: Daemon
    private let logger: Logger

    /// Creates the service.
    /// - Parameters:
    ///   - signals: SIGHUP, trapped before start-up so that an early one cannot kill the daemon.
    ///   - configPath: the file to re-read; `nil` when the daemon runs without one.
    ///   - commandLine: the values given as options, which the file cannot override.
    ///   - level: the daemon's shared log level.
    ///   - daemon: whose limits change.
    ///   - logger: for the outcome.
    public init(
        signals: UnixSignalsSequence,
        configPath: String?,
        commandLine: ConfigValues,
        level: LiveLogLevel,
        daemon: Daemon,
        logger: Logger
    ) {
        self.signals = signals
        self.configPath = configPath
        self.commandLine = commandLine
        self.level = level
        self.daemon = daemon
        self.logger = logger
    }

    public var description: String { "ReloadService" }

    public func run() async throws {
        for await _ in signals.cancelOnGracefulShutdown() {
            await reload()
        }
    }

    /// Reloads once.
    /// - Returns: whether the new configuration was applied.
    @discardableResult
    public func reload() async -> Bool {
        ServiceManager.notify([.reloadingNow, .status("Reloading the configuration")])
        let applied = apply()
        ServiceManager.notify([.ready, .status(await daemon.status().summary)])
        return applied
    }

    private func apply() -> Bool {
        guard let configPath else {
            logger.notice("SIGHUP: no configuration file (--config) to reload; nothing changed")
            return false
        }
        let file: ConfigValues
        do {
            file = try ConfigFile.load(configPath)
        } catch {
            logger.error(
                "configuration reload failed; keeping the running configuration",
                metadata: ["config": "\(configPath)", "error": "\(error)"]
            )
            return false
        }
        for key in commandLine.keysAlsoSet(in: file) {
            logger.warning("\(key) in \(configPath) is ignored: the command line sets it")
        }
        let effective = ConfigValues.defaults.overridden(by: file).overridden(by: commandLine)
        if (try? effective.fsyncPolicy()) != daemon.configuration.fsync
            || effective.snapshotSettings != daemon.configuration.snapshots
        {
            logger.warning(
                "fsync, fsync_delay, snapshot_every and journal_retention are read at start-up only; the new values take effect when the daemon restarts"
            )
        }
        let before = (level.level, daemon.limits.maximumLineLength)
        level.level = effective.logLevel ?? .info
        daemon.limits.maximumLineLength = effective.maximumLineLength ?? before.1
        daemon.limits.policy = AccessPolicy(effective)
        daemon.limits.current = RuntimeLimits.Values(effective)
        logger.notice(
            "configuration reloaded",
            metadata: [
                "config": "\(configPath)",
                "log_level": "\(before.0) -> \(level.level)",
                "max_line": "\(before.1) -> \(daemon.limits.maximumLineLength)",
            ]
        )
        return true
    }
}
