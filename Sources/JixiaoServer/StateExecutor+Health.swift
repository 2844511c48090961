import JixiaoCore

extension StateExecutor {
    /// Counts a heartbeat, on the executor's thread: that it returns at all shows the
    /// executor is taking work. The watchdog pings systemd only after this returns, so a hung
    /// executor (a stuck `fdatasync`, a deadlock) stops the pings and gets the daemon
    /// restarted. It must touch the actor's state: a release build drops the hop to the
    /// executor for an empty method, and then the watchdog was fed while the executor hung
    /// (the end-to-end test of the packaged release binary showed it).
    @discardableResult
    public func heartbeat() -> UInt64 {
        heartbeats &+= 1
        return heartbeats
    }

    /// The model's size, the last sequence, the syncs made and the storage fault (if
    /// read-only), read together.
    public func counts() -> (units: Int, sequence: Int64, syncs: Int64, storageFault: String?) {
        (state.unitCount, state.sequence, syncs, storageFault)
    }
}
