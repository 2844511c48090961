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
