import JixiaoCore
import JixiaoJournal

extension StateExecutor {
    /// Counts a heartbeat, on the executor's thread: that it returns at all shows the
    /// executor is taking work. The watchdog pings systemd only after this returns, so a hung
    /// executor (a stuck `fdatasync`, a deadlock) stops the pings and gets the daemon
    /// restarted. It must touch the actor's state: with an empty body the release build's
    /// watchdog went on being fed while `DEBUG STALL` hung the executor (seen in the
    /// end-to-end test of the packaged binary; the optimizer drops a hop nothing needs).
    @discardableResult
    public func heartbeat() -> UInt64 {
        heartbeats &+= 1
        checkJournalPlace()
        return heartbeats
    }

    /// The model's size, the last sequence, the syncs made and the storage fault (if
    /// read-only), read together.
    public func counts() -> (units: Int, sequence: Int64, syncs: Int64, storageFault: String?) {
        checkJournalPlace()
        return (state.unitCount, state.sequence, syncs, storageFault)
    }

    /// A journal removed under an idle daemon turns it read-only at the next `STATUS` or
    /// watchdog ping, not only at the next write: what it reports is what it can do.
    func checkJournalPlace() {
        guard storageFault == nil, let fault = writer.placeFault() else { return }
        perform(log.storageFailed("\(fault)"))
    }
}
