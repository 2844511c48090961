import JixiaoProtocol
import Logging

#if canImport(Glibc)
import Glibc
#endif

extension StateExecutor {
    /// `DEBUG STALL seconds`: blocks the executor's thread, as a hung disk would, so that
    /// tests can show the watchdog restarting a daemon whose executor makes no progress.
    /// Only debug builds have the command; a release build refuses it.
    func stall(seconds: Int) -> Reply {
        #if DEBUG
        logger.warning("DEBUG STALL: blocking the state executor", metadata: ["seconds": "\(seconds)"])
        var remaining = UInt32(seconds)
        while remaining > 0 { remaining = sleep(remaining) }
        logger.warning("DEBUG STALL: the state executor goes on")
        return .ok("STALLED", "seconds=\(seconds)")
        #else
        return .error(ProtocolError(.unknownCommand, "DEBUG commands exist only in debug builds"))
        #endif
    }
}
