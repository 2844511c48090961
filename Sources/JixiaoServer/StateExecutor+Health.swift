import JixiaoCore

extension StateExecutor {
    /// Does nothing, on the executor's thread: that it returns at all shows the executor is
    /// taking work. The watchdog pings systemd only after this returns, so a hung executor
    /// (a stuck `fdatasync`, a deadlock) stops the pings and gets the daemon restarted.
    public func heartbeat() {}

    /// The model's size, the last sequence, the syncs made and the storage fault (if
    /// read-only), read together.
    public func counts() -> (units: Int, sequence: Int64, syncs: Int64, storageFault: String?) {
        (state.unitCount, state.sequence, syncs, storageFault)
    }
}
