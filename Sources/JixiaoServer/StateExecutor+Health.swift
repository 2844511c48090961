import JixiaoCore

extension StateExecutor {
    /// Does nothing, on the executor's thread: that it returns at all shows the executor is
    /// taking work. The watchdog pings systemd only after this returns, so a hung executor
    /// (a stuck `fdatasync`, a deadlock) stops the pings and gets the daemon restarted.
    public func heartbeat() {}

    /// The model's size and the last sequence, read together.
    public func counts() -> (units: Int, sequence: Int64) {
        (state.unitCount, state.sequence)
    }
}
