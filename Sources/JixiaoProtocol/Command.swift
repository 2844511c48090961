public import JixiaoCore

/// A request with its arguments typed and checked: what the daemon executes.
public enum Command: Sendable, Equatable {
    /// `HELLO`: protocol version and server information.
    case hello
    /// `PING`.
    case ping
    /// `QUIT`: answer, then close.
    case quit
    /// `HELP [command]`.
    case help(String?)
    /// `FORMAT tsv|json`: switches the connection's row format.
    case format(RowFormat)
    /// Any command that changes the model.
    case change(Change)
    /// `UNIT GET unit`.
    case unitGet(Code)
    /// `UNIT LIST`.
    case unitList
    /// `YEAR GET unit year`.
    case yearGet(Code, FiscalYear)
    /// `YEAR LIST [unit]`.
    case yearList(Code?)
    /// `PROJECT GET unit year project`.
    case projectGet(Code, FiscalYear, Code)
    /// `PROJECT LIST unit year`.
    case projectList(Code, FiscalYear)
    /// `STATUS`: the daemon's uptime, journal and connections.
    case status
    /// `DEBUG STALL seconds`: blocks the state executor (debug builds only; for watchdog tests).
    case debugStall(seconds: Int)
}

/// How rows are written on a connection.
public enum RowFormat: String, Sendable, Equatable {
    /// A header line, then one tab-separated line per row.
    case tsv
    /// One JSON object per row, no header.
    case json
}
