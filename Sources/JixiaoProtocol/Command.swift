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
    /// `MONEY wan|yuan|exact`: how the connection's rows write amounts.
    case money(MoneyFormat)
    /// Any command that changes the model.
    case change(Change)
    /// `… GET`: one object.
    case get(ObjectKey)
    /// `… LIST`: the objects of a kind in a scope.
    case list(ListScope)
    /// `EXPORT [unit [year]]`.
    case export(Code?, FiscalYear?)
    /// `CHECK RUN [unit [year [owner]]]`.
    case check(Code?, FiscalYear?, Owner?)
    /// `CHECK RULES`.
    case checkRules
    /// `FUNDS unit year owner`: funds by source and by level.
    case funds(ExpenditureKey)
    /// `ROLLUP unit year`: the department's figures summed with its subordinate units'.
    case rollup(Code, FiscalYear)
    /// `CARRYOVER unit year owner`: carry what is left into next year's 上年结转.
    case carryOver(ExpenditureKey)
    /// `STATUS`: the daemon's uptime, journal and connections.
    case status
    /// `MONITOR [unit [year]] [date=…]`: execution against time progress (双监控).
    case monitor(Code?, FiscalYear?, CivilDate?)
    /// `MONTHLY unit year owner`: cumulative payments per month against the even pace.
    case monthly(ExpenditureKey)
    /// `RESUME`: an admin command; after a storage fault made the daemon read-only, reopens
    /// the journal and accepts writes again.
    case resume
    /// `BACKUP`: an admin command; the journal's durable records, as lines, for
    /// `jixiao backup FILE` to save as a journal segment.
    case backup
    /// `SNAPSHOT`: an admin command; writes a snapshot of the model and starts a new journal
    /// segment, answering once the snapshot file is durable.
    case snapshot
    /// `DEBUG STALL seconds`: blocks the state executor (debug builds only; for watchdog tests).
    case debugStall(seconds: Int)
    /// `SCORE unit year [owner]`: the forms scored by the year's rule set.
    case score(Code, FiscalYear, Owner?)
    /// `TABLE unit year [owner] …`: the official self-evaluation tables, rendered.
    case table(TableRequest)
    /// `REPORT unit year …`: a draft of the 自评报告.
    case report(ReportRequest)
    /// `RULESET GET name`.
    case ruleSet(Code)
    /// `RULESET LIST`.
    case ruleSets
    /// `BEGIN`: the connection's next changes are queued until `COMMIT`.
    case begin
    /// `COMMIT`: makes the queued changes as one journal record, all or nothing.
    case commit
    /// `ROLLBACK`: discards the queued changes.
    case rollback
    /// `IF REV=n <change>`: the change, made only if the object it changes still has
    /// revision `n` (0: does not exist).
    indirect case conditional(revision: Int64, Command)
    /// `AT SEQ n <query>` or `AT <time> <query>`: a query answered from the state as it was
    /// (rebuilt from the journal, off the executor).
    indirect case at(AsOf, Command)
    /// `HISTORY object [from=…] [to=…]`: an object's changes from the journal, with who
    /// made them and the fields before and after.
    case history(HistoryRequest)
    /// `WATCH [unit [year [owner]]] [from=seq]`: committed changes as event lines, live.
    case watch(WatchRequest)
    /// `UNWATCH`: ends a watch; the connection takes requests again.
    case unwatch
}

/// What a `LIST` command lists.
public enum ListScope: Sendable, Equatable {
    /// `UNIT LIST`.
    case units
    /// `YEAR LIST [unit]`.
    case years(Code?)
    /// `PROJECT LIST unit year`.
    case projects(Code, FiscalYear)
    /// `LINE LIST`, `INDICATOR LIST`, … of one expenditure.
    case parts(ExpenditureKey, PartKind)
    /// `VOCAB LIST`.
    case vocabulary
}

/// The kinds of part an expenditure lists.
public enum PartKind: String, Sendable, CaseIterable {
    case line, indicator, group, fact, adjustment, payment, goal
}

/// How rows are written on a connection.
public enum RowFormat: String, Sendable, Equatable {
    /// A header line, then one tab-separated line per row.
    case tsv
    /// One JSON object per row, no header.
    case json
}
