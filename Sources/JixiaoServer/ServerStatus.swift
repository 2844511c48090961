public import JixiaoProtocol

/// What the daemon is doing, for `STATUS`, `jixiao status` and systemd's `STATUS=` line.
public struct ServerStatus: Sendable, Equatable {
    /// The software version.
    public var version: String
    /// Seconds since the daemon started serving.
    public var uptimeSeconds: Int64
    /// Units in the model.
    public var units: Int
    /// The sequence number of the last journal record (the number of records, since they
    /// count from 1 without gaps).
    public var journalSequence: Int64
    /// The journal's size on disk, in bytes, over all its segments.
    public var journalBytes: Int64
    /// Open client connections, including the one asking.
    public var connections: Int
    /// When the last snapshot was taken; `nil` while there is none (snapshots are yet to come).
    public var lastSnapshot: String?
    /// Why the daemon is read-only (a storage fault), or `nil` while it accepts writes.
    public var storageFault: String?
    /// Journal syncs since the daemon started (each covers every record written since the
    /// one before: group commit).
    public var journalSyncs: Int64

    /// Creates a status.
    public init(
        version: String,
        uptimeSeconds: Int64,
        units: Int,
        journalSequence: Int64,
        journalBytes: Int64,
        connections: Int,
        lastSnapshot: String?,
        storageFault: String? = nil,
        journalSyncs: Int64 = 0
    ) {
        self.version = version
        self.uptimeSeconds = uptimeSeconds
        self.units = units
        self.journalSequence = journalSequence
        self.journalBytes = journalBytes
        self.connections = connections
        self.lastSnapshot = lastSnapshot
        self.storageFault = storageFault
        self.journalSyncs = journalSyncs
    }

    /// The `STATUS` reply's rows: `key value`, one per fact, in a fixed order.
    public var table: RowTable {
        RowTable(
            columns: ["key", "value"],
            rows: [
                ["version", version],
                ["uptime_s", String(uptimeSeconds)],
                ["units", String(units)],
                ["journal_seq", String(journalSequence)],
                ["journal_bytes", String(journalBytes)],
                ["connections", String(connections)],
                ["last_snapshot", lastSnapshot ?? "none"],
                ["mode", storageFault == nil ? "read-write" : "read-only"],
                ["storage_fault", storageFault ?? "none"],
                ["journal_syncs", String(journalSyncs)],
            ]
        )
    }

    /// One line for `systemctl status`: `5 units, 312 records, 2 connections`.
    public var summary: String {
        (storageFault == nil ? "" : "READ-ONLY after a storage fault (send RESUME once fixed); ")
            + "\(units) unit\(units == 1 ? "" : "s"), \(journalSequence) record\(journalSequence == 1 ? "" : "s"), "
            + "\(connections) connection\(connections == 1 ? "" : "s")"
    }
}
