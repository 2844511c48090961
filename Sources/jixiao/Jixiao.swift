import ArgumentParser
import JixiaoProtocol

/// `jixiao`: the operators' command-line client for jixiaod.
@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "Talk to jixiaod: units, years, projects, budgets, scores and the official tables.",
        discussion: """
            Output is an aligned table on a terminal, tab-separated with a header line when \
            piped, and JSON lines with --json.
            Exit codes: 0 ok; 1 the daemon refused the request (ERR); 64 bad usage; \
            69 no daemon reachable on the socket; 76 the connection broke or the reply was malformed; \
            3 (check) errors were found.
            """,
        version: "jixiao \(ProtocolVersion.software)",
        subcommands: [
            HelloCommand.self, PingCommand.self, StatusCommand.self, SnapshotCommand.self, RawCommand.self,
            BatchCommand.self,
            UnitCommand.self, YearCommand.self, ProjectCommand.self, DeptCommand.self, LineCommand.self,
            FundsCommand.self, MonitorCommand.self, MonthlyCommand.self, IndicatorCommand.self, CheckCommand.self,
            ScoreCommand.self, TableCommand.self,
            ReportCommand.self, RuleSetCommand.self, ExportCommand.self, BackupCommand.self, HistoryCommand.self,
            WatchCommand.self, WebUserCommand.self,
            ImportCommand.self, ExportFormsCommand.self,
        ]
    )
}
