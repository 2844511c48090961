import ArgumentParser

/// `jixiao status`: what the daemon is doing, for operators and monitoring scripts.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: L(
            "显示守护进程的版本、运行时间、单位数、日志序号与大小、连接数、最近快照。",
            "Show the daemon's version, uptime, units, journal sequence and size, connections, last snapshot."
        ),
        discussion: L(
            "每行一个键和值：version、uptime_s（秒）、units、journal_seq（最后一条日志的序号）、journal_bytes（日志占用的磁盘字节）、connections（打开的连接，含本连接）、last_snapshot（还没有快照时为 none）、mode（read-write，存储故障后为 read-only：腾出空间后发送 RESUME）、storage_fault、journal_syncs（启动以来的同步次数）。管道中为制表符分隔，如 jixiao status | awk '$1 == \"journal_seq\" {print $2}'。",
            "Rows are key/value pairs: version, uptime_s (seconds), units, journal_seq (the last record's sequence), journal_bytes (the journal's size on disk), connections (open, including this one), last_snapshot (none until a snapshot is written), mode (read-write, or read-only after a storage fault: free space, then send RESUME), storage_fault, journal_syncs (syncs since start). Piped, they are tab-separated, e.g. jixiao status | awk '$1 == \"journal_seq\" {print $2}'."
        )
    )
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("STATUS") }
}

/// `jixiao snapshot`: asks for a snapshot now (admin), e.g. before a planned restart or a
/// retention clean-up, instead of waiting for `snapshot_every`.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: L(
            "立即写一份快照并开始新的日志段（管理员）。",
            "Write a snapshot of the state now and start a new journal segment (admin)."
        ),
        discussion: L(
            "打印 seq（快照包含的最后一条日志）、bytes 和 file。启动时载入最新快照，只重放其后的日志；journal_retention 决定保留哪些旧日志段和快照。一次只写一份：正在写时请求被拒绝（CONFLICT）。",
            "Prints seq (the last record the snapshot holds), bytes and file. Start-up loads the newest snapshot and replays only the records after it; journal_retention then says which older segments and snapshots stay. One snapshot at a time: while one is being written the request is refused with CONFLICT."
        )
    )
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("SNAPSHOT") }
}

/// `jixiao resume`: after a storage fault made the daemon read-only and the cause is
/// fixed, accept writes again (admin).
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: L("存储故障排除后恢复写入（管理员）。", "Accept writes again after a storage fault is fixed (admin)."),
        discussion: L(
            "存储故障（磁盘满、I/O 错误）后守护进程转为只读（jixiao status 的 mode 为 read-only）。腾出空间或修好磁盘后执行本命令；原因仍在则下一次修改再次失败。",
            "After a storage fault (disk full, I/O error) the daemon is read-only (jixiao status: mode read-only). Free the space or fix the disk, then run this; if the cause remains, the next change fails again."
        )
    )
    @OptionGroup var options: ClientOptions
    func run() throws { try options.run("RESUME") }
}
