import Foundation
import JixiaoClient
import Testing

/// Payments as a finance officer enters and reconciles them: checked as they are typed,
/// listed in 元 as on the vouchers, and never a 0.00 beside a rate of 100%.
@Suite struct PaymentCommandTests {
    private func seeded() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=县医保局", "YEAR CREATE u 2024",
            "PROJECT CREATE u 2024 p name=稽查经费 budget_initial=15万元",
            "LINE SET u 2024 p source.current initial=15万元",
            "PROJECT CREATE u 2024 tiny name=小额 budget_initial=31.58元",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        return daemon
    }

    private let chinese = ["LANG": "zh_CN.UTF-8"]

    @Test func aPaymentIsCheckedAsItIsEntered() throws {
        let daemon = try seeded()
        let outside = try ClientRun.jixiao(
            ["payment", "add", "u", "2024", "p", "--date", "2023-12-31", "--amount", "1234.56元"],
            socket: daemon.socketPath,
            environment: chinese
        )
        #expect(outside.status == 0, "the payment is kept as entered: \(outside.errors)")
        #expect(outside.output.hasPrefix("OK seq=") && outside.output.contains(" id=1"))
        #expect(
            outside.errors
                == "错误 payment-outside-year u/2024/p/payment/1: 付款1日期2023-12-31不在2024财政年度内（2024-01-01至2024-12-31）\n"
        )
        let unknown = try ClientRun.jixiao(
            [
                "payment", "add", "u", "2024", "p", "--date", "2024-03-15", "--amount", "100元", "--line",
                "source.curent",
            ],
            socket: daemon.socketPath
        )
        #expect(unknown.errors.contains("error payment-unknown-line u/2024/p/payment/2"), "\(unknown.errors)")
        let zero = try ClientRun.jixiao(
            ["payment", "add", "u", "2024", "p", "--date", "2024-03-15", "--amount", "0元"],
            socket: daemon.socketPath
        )
        #expect(zero.errors.contains("warning payment-zero u/2024/p/payment/3"), "\(zero.errors)")
        let above = try ClientRun.jixiao(
            [
                "payment", "add", "u", "2024", "p", "--date", "2024-06-30", "--amount", "15万元", "--line",
                "source.current",
            ],
            socket: daemon.socketPath
        )
        #expect(above.errors.contains("warning payments-above-budget"), "\(above.errors)")
        let fine = try ClientRun.jixiao(
            ["payment", "add", "u", "2024", "tiny", "--date", "2024-03-15", "--amount", "31.58元"],
            socket: daemon.socketPath
        )
        #expect(fine.status == 0)
        #expect(fine.errors == "", "a payment within its year and budget raises nothing")
    }

    @Test func paymentsListInYuanAsEnteredAndExactlyInWanOnRequest() throws {
        let daemon = try seeded()
        for amount in ["1234.56元", "0.5万元"] {
            let run = try ClientRun.jixiao(
                [
                    "payment", "add", "u", "2024", "p", "--date", "2024-03-15", "--amount", amount, "--line",
                    "source.current",
                ],
                socket: daemon.socketPath
            )
            #expect(run.status == 0, "\(run.errors)")
        }
        func amounts(_ extra: [String]) throws -> [String] {
            let run = try ClientRun.jixiao(["payment", "list", "u", "2024", "p"] + extra, socket: daemon.socketPath)
            let lines = run.output.split(separator: "\n").map {
                $0.split(separator: "\t", omittingEmptySubsequences: false)
            }
            guard let column = lines.first?.firstIndex(of: "amount") else { return [] }
            return lines.dropFirst().map { String($0[column]) }
        }
        #expect(try amounts([]) == ["1234.56", "5000.00"])
        #expect(try amounts(["--unit", "万元"]) == ["0.12", "0.50"])
        #expect(try amounts(["--unit", "万元", "--exact"]) == ["0.123456", "0.5"])
        #expect(try amounts(["--unit", "元"]) == ["1234.56", "5000.00"])

        let table = try ClientRun.jixiao(
            ["payment", "list", "u", "2024", "p", "--table"],
            socket: daemon.socketPath,
            environment: chinese
        )
        #expect(table.output.contains("金额(元)"), "\(table.output)")
        #expect(table.output.contains("1234.56"))
    }

    @Test func anAmountThatRoundsToZeroIsNeverShownAsZeroBesideARate() throws {
        let daemon = try seeded()
        let pay = try ClientRun.jixiao(
            ["payment", "add", "u", "2024", "tiny", "--date", "2024-03-15", "--amount", "31.58元"],
            socket: daemon.socketPath
        )
        #expect(pay.status == 0)
        let list = try ClientRun.jixiao(["project", "list", "u", "2024", "--json"], socket: daemon.socketPath)
        let tiny = list.output.split(separator: "\n").first { $0.contains("\"code\":\"tiny\"") } ?? ""
        #expect(tiny.contains("\"budget_initial\":\"0.003158\""), "\(tiny)")
        #expect(tiny.contains("\"executed\":\"0.003158\""), "全年执行数 follows the payments: \(tiny)")
        #expect(tiny.contains("\"execution_rate\":\"100.00\""), "\(tiny)")
        let yuan = try ClientRun.jixiao(
            ["project", "list", "u", "2024", "--json", "--unit", "元"],
            socket: daemon.socketPath
        )
        #expect(yuan.output.contains("\"executed\":\"31.58\""), "\(yuan.output)")
    }
}
