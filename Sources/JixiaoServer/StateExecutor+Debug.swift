import JixiaoProtocol
import Logging

#if canImport(Glibc)
import Glibc
#endif

extension StateExecutor {
    /// Whether `DEBUG STALL` runs: always in a debug build; in a release build only when the
    /// daemon's environment has `JIXIAO_DEBUG_COMMANDS=1`, which the end-to-end test sets in
    /// a drop-in so that the watchdog is shown on the packaged binary. A server never sets it.
    static let debugCommandsAllowed: Bool = {
        #if DEBUG
        return true
        #else
        guard let value = getenv("JIXIAO_DEBUG_COMMANDS") else { return false }
        return String(cString: value) == "1"
        #endif
    }()

    /// `DEBUG STALL seconds`: blocks the executor's thread, as a hung disk would, so that
    /// tests can show the watchdog restarting a daemon whose executor makes no progress.
    /// A release build refuses it unless `debugCommandsAllowed`.
    func stall(seconds: Int) -> Reply {
        guard Self.debugCommandsAllowed else {
            return .error(
                ProtocolError(
                    .unknownCommand,
                    "DEBUG commands exist only in debug builds (or with JIXIAO_DEBUG_COMMANDS=1)"
                )
            )
        }
        logger.warning("DEBUG STALL: blocking the state executor", metadata: ["seconds": "\(seconds)"])
        var remaining = UInt32(seconds)
        while remaining > 0 { remaining = sleep(remaining) }
        logger.warning("DEBUG STALL: the state executor goes on")
        return .ok("STALLED", "seconds=\(seconds)")
    }
}
