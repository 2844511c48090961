import ArgumentParser

/// `jixiao status`: what the daemon is doing, for operators and monitoring scripts.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the daemon's version, uptime, units, journal sequence and size, connections, last snapshot.",
        discussion: """
            Rows are key/value pairs: version, uptime_s (seconds), units, journal_seq (the last \
            record's sequence), journal_bytes (the journal's size on disk), connections (open, \
            including this one), last_snapshot (none until snapshots exist), mode (read-write, \
            or read-only after a storage fault: free space, then send RESUME), storage_fault, \
            journal_syncs (syncs since start). Piped, they are \
            tab-separated, e.g. jixiao status | awk '$1 == "journal_seq" {print $2}'.
            """
    )
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("STATUS") }
}

/// `jixiao snapshot`: asks for a snapshot now (admin), e.g. before a planned restart or a
/// retention clean-up, instead of waiting for `snapshot_every`.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Write a snapshot of the state now and start a new journal segment (admin).",
        discussion: """
            Prints seq (the last record the snapshot holds), bytes and file. Start-up loads the             newest snapshot and replays only the records after it; journal_retention then says             which older segments and snapshots stay. One snapshot at a time: while one is being             written the request is refused with CONFLICT.
            """
    )
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("SNAPSHOT") }
}
