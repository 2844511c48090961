import CSystemd

/// The watchdog systemd keeps for the service (`WatchdogSec=`).
public enum ServiceWatchdog {
    /// How often systemd expects `WATCHDOG=1`, from `WATCHDOG_USEC` (and `WATCHDOG_PID`,
    /// which must name this process), through `sd_watchdog_enabled(3)`; `nil` when no
    /// watchdog is asked for.
    public static func interval() -> Duration? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return .microseconds(Int64(clamping: microseconds))
    }
}
