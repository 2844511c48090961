import JixiaoJournal
import JixiaoProtocol
import NIOCore

extension Daemon {
    /// What the daemon is doing now: `STATUS`, `jixiao status` and systemd's `STATUS=`.
    public func status() async -> ServerStatus {
        let counts = await executor.counts()
        let uptime = ContinuousClock.now - started
        return ServerStatus(
            version: ProtocolVersion.software,
            uptimeSeconds: uptime.components.seconds,
            units: counts.units,
            journalSequence: counts.sequence,
            journalBytes: directory.journalBytes(),
            connections: connections.count,
            lastSnapshot: await executor.lastSnapshotDescription(),
            storageFault: counts.storageFault,
            journalSyncs: counts.syncs
        )
    }

    /// Returns once the state executor and the listener's event loop have each run a no-op:
    /// the watchdog's proof that the daemon makes progress. It never returns while either is
    /// hung, and then systemd, missing the pings, restarts the daemon.
    /// - Throws: when the listener's event loop has shut down.
    public func heartbeat() async throws {
        await executor.heartbeat()
        try await listener.channel.eventLoop.submit {}.get()
    }
}
