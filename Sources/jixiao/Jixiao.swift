import ArgumentParser
import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// `jixiao`: the operators' command-line client for jixiaod.
///
/// The subcommands follow a bureau's year: 目标 (the year's targets: budgets, lines,
/// goals, indicators), 执行 (payments, adjustments, monitoring), 自评 (actual values,
/// scores, checks, the official tables), 报送 (submit, reopen, export).
@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: L(
            "绩效管理客户端：单位、年度、预算、指标、付款、评分与官方表格，连接 jixiaod。",
            "Talk to jixiaod: units, years, budgets, indicators, payments, scores and the official tables."
        ),
        discussion: L(
            """
            终端上输出对齐的中文表格，管道中输出带表头的制表符分隔行，--json 输出 JSON 行（键名为英文）。
            金额默认以万元两位小数显示（付款以元显示）；--unit 元|万元 与 --exact 可改。
            退出码：0 成功；1 守护进程拒绝了请求（ERR）；3 审核发现错误（check）；4 有红色预警（monitor）；\
            64 用法错误；65 导入的文件无法读取（import）；69 连接不到守护进程；75 等待应答超时（--timeout）；76 连接中断或应答有误；77 无权连接套接字。
            """,
            """
            Output is an aligned table on a terminal, tab-separated with a header line when piped, and JSON \
            lines with --json. Amounts are in 万元 to two decimals (payments in 元); --unit 元|万元 and --exact \
            change that.
            Exit codes: 0 ok; 1 the daemon refused the request (ERR); 3 (check) errors were found; 4 (monitor) \
            a red warning stands; 64 bad usage; 65 (import) a file that cannot be read; 69 no daemon reachable on the socket; 75 no answer within \
            --timeout; 76 the connection broke or the reply was malformed; 77 no permission on the socket.
            """
        ),
        version: "jixiao \(ProtocolVersion.software)",
        subcommands: [
            HelloCommand.self, PingCommand.self, StatusCommand.self, HistoryCommand.self, WatchCommand.self,
            BatchCommand.self, RawCommand.self, BackupCommand.self, SnapshotCommand.self, ResumeCommand.self,
            WebUserCommand.self,
        ],
        groupedSubcommands: [
            CommandGroup(
                name: L("目标", "Targets"),
                subcommands: [
                    UnitCommand.self, YearCommand.self, DeptCommand.self, ProjectCommand.self, FundsCommand.self,
                    IncomeCommand.self, SpendCommand.self, ClassCommand.self, SangongCommand.self,
                    PublicFundsCommand.self, BuildingCommand.self, LineCommand.self, GoalCommand.self,
                    GroupCommand.self, IndicatorCommand.self, AllocationCommand.self, VocabCommand.self,
                ]
            ),
            CommandGroup(
                name: L("执行", "Execution"),
                subcommands: [
                    PaymentCommand.self, AdjustmentCommand.self, MonitorCommand.self, MonthlyCommand.self,
                    RollupCommand.self, CarryoverCommand.self, ImportCommand.self,
                ]
            ),
            CommandGroup(
                name: L("自评", "Self-evaluation"),
                subcommands: [
                    ActualCommand.self, OverrideCommand.self, FactCommand.self, ScoreCommand.self, CheckCommand.self,
                    TableCommand.self, ReportCommand.self, RuleSetCommand.self,
                ]
            ),
            CommandGroup(
                name: L("报送", "Submission"),
                subcommands: [SubmitCommand.self, ReopenCommand.self, ExportCommand.self, ExportFormsCommand.self]
            ),
        ]
    )

    /// Parses, runs, and prints help and usage errors in the run's language (see
    /// ``HelpText``); exits with the command's code. The commands scripts loop over are
    /// read before ArgumentParser runs (``QuickCommands``); their exit codes need no message.
    static func main() {
        if let quick = QuickCommands.recognise(Array(CommandLine.arguments.dropFirst())) {
            do {
                try quick.options.run(quick.line)
                return
            } catch let code as ExitCode {
                Glibc.exit(code.rawValue)
            } catch {
                finish(error)
            }
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            finish(error)
        }
    }

    /// Prints `error` as ArgumentParser renders it for the whole tree (help, usage, a
    /// message) and exits with its code.
    static func finish(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        // Rendered unwrapped and wrapped by display width (see HelpWrapping).
        let message = HelpWrapping.wrap(
            HelpText.localized(fullMessage(for: error, columns: 10_000)),
            width: Presentation.terminalWidth ?? 80
        )
        if !message.isEmpty {
            if code == .success {
                print(message)
            } else {
                Output.writeError(message.hasSuffix("\n") ? message : message + "\n")
            }
        }
        Glibc.exit(code.rawValue)
    }
}
