import JixiaoSystemd
public import Logging
public import ServiceLifecycle

/// Keeps systemd told what the daemon is doing (`Type=notify`): `READY=1` once serving,
/// a `STATUS=` line kept current while it runs, and `STOPPING=1` when shutdown begins.
///
/// Run it after the ``Daemon`` in the service group: the daemon has replayed the journal
/// and its socket is accepting before this service starts, and on shutdown this one is
/// stopped first, so `STOPPING=1` goes out before the daemon starts draining.
public struct ServiceManagerNotifier: Service, CustomStringConvertible {
    private let daemon: Daemon
    private let logger: Logger
    private let interval: Duration

    /// Creates the notifier.
    /// - Parameters:
    ///   - daemon: the daemon whose status is reported.
    ///   - logger: for notifications that fail.
    ///   - interval: how often the `STATUS=` line is refreshed (sent only when it changed).
    public init(daemon: Daemon, logger: Logger, interval: Duration = .seconds(1)) {
        self.daemon = daemon
        self.logger = logger
        self.interval = interval
    }

    public var description: String { "ServiceManagerNotifier" }

    public func run() async throws {
        let first = await daemon.status().summary
        check(ServiceManager.notify([.ready, .status(first)]), "READY=1")
        if ServiceManager.isListening {
            try? await cancelWhenGracefulShutdown {
                var last = first
                while true {
                    try await Task.sleep(for: interval)
                    let summary = await daemon.status().summary
                    if summary != last {
                        check(ServiceManager.notify(.status(summary)), "STATUS=")
                        last = summary
                    }
                }
            }
        } else {
            try? await gracefulShutdown()
        }
        check(ServiceManager.notify([.stopping, .status("Shutting down: answering what is in flight")]), "STOPPING=1")
    }

    private func check(_ result: ServiceManager.NotifyResult, _ what: String) {
        if case .failed(let errno) = result {
            logger.warning(
                "could not notify systemd; is NOTIFY_SOCKET hidden by the sandbox?",
                metadata: ["notify": "\(what)", "errno": "\(errno)"]
            )
        }
    }
}
