import JixiaoSystemd
public import Logging
public import ServiceLifecycle

/// Feeds systemd's watchdog (`WatchdogSec=`), but only while the daemon makes progress.
///
/// Each ping follows a probe that must run on the state executor and on the listener's
/// event loop (``Daemon/heartbeat()``). A timer thread that pinged regardless would keep a
/// hung daemon alive forever; this way a stuck `fdatasync` or a deadlock stops the pings,
/// and systemd kills and restarts the daemon.
public struct WatchdogService: Service, CustomStringConvertible {
    private let interval: Duration
    private let probe: @Sendable () async throws -> Void
    private let logger: Logger

    /// Creates the service.
    /// - Parameters:
    ///   - interval: systemd's watchdog interval (`WATCHDOG_USEC`); the probe runs four
    ///     times per interval, so one slow probe does not miss the deadline.
    ///   - logger: for start-up and failures.
    ///   - probe: returns once the daemon has shown progress.
    public init(interval: Duration, logger: Logger, probe: @escaping @Sendable () async throws -> Void) {
        self.interval = interval
        self.logger = logger
        self.probe = probe
    }

    public var description: String { "WatchdogService" }

    public func run() async throws {
        logger.info("watchdog armed", metadata: ["watchdog.interval": "\(interval)"])
        try? await cancelWhenGracefulShutdown {
            while true {
                try await probe()
                if case .failed(let errno) = ServiceManager.notify(.watchdog) {
                    logger.error("could not ping the systemd watchdog", metadata: ["errno": "\(errno)"])
                }
                try await Task.sleep(for: interval / 4)
            }
        }
    }
}
