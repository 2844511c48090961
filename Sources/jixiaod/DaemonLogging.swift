import JixiaoServer
import JixiaoSystemd
import Logging

/// Where the daemon's logs go, chosen once at start-up.
enum DaemonLogging {
    /// The destination.
    enum Target {
        /// journald, natively, with structured fields: running as a systemd service.
        case journal
        /// Standard error, as text: run by hand or in tests.
        case standardError
        /// Standard error although it is the journal: journald's socket is not writable
        /// (a sandbox hides it), and native entries would be silently lost.
        case standardErrorWithoutJournald

        /// Logs the choice when it needs explaining.
        func explain(to logger: Logger) {
            if case .standardErrorWithoutJournald = self {
                logger.warning(
                    "standard error is the journal but \(SystemJournal.socketPath) is not writable; logging as plain text without structured fields"
                )
            }
        }
    }

    /// Bootstraps swift-log: journald when standard error is the journal and journald
    /// listens, standard error otherwise; either way at the daemon's live level.
    /// - Parameter level: the shared level a reload changes.
    /// - Returns: where logs go.
    static func bootstrap(level: LiveLogLevel) -> Target {
        let target: Target
        if SystemJournal.standardErrorIsJournal {
            target = SystemJournal.isAvailable ? .journal : .standardErrorWithoutJournald
        } else {
            target = .standardError
        }
        LoggingSystem.bootstrap { label in
            switch target {
            case .journal:
                LiveLevelLogHandler(JournaldLogHandler(identifier: "jixiaod"), level: level)
            case .standardError, .standardErrorWithoutJournald:
                LiveLevelLogHandler(StreamLogHandler.standardError(label: label), level: level)
            }
        }
        return target
    }
}
