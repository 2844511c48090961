import Foundation
import JixiaoClient
import Testing

/// The 部门绩效自评结果公开汇总表 through the real daemon and the real `jixiao`: 长安区医疗保障局
/// 2023 (corpus fixture 111's rows, with 结余数 as the page prints it) loaded, checked, changed
/// with the typed commands and printed.
@Suite struct SummaryTableTests {
    static let fixture = TestEnvironment.packageRoot.appendingPathComponent("Tests/Fixtures/changan-2023-summary.jx")
        .path

    private func seeded() throws -> DaemonProcess { try DaemonProcess(arguments: ["--load-if-empty", Self.fixture]) }

    /// `severity rule object reported computed` of the error and warning findings.
    private func findings(_ daemon: DaemonProcess) throws -> Set<[String]> {
        let reply = try daemon.connect().request("CHECK RUN changan 2023")
        #expect(reply.isOK, "\(reply.statusLine)")
        let rows = reply.cells.map { Dictionary(uniqueKeysWithValues: zip(reply.columns, $0)) }
        return Set(
            rows.filter { $0["severity"] == "error" || $0["severity"] == "warning" }.map { row in
                ["severity", "rule", "object", "reported", "computed"].map { row[$0] ?? "" }
            }
        )
    }

    @Test func theCheckerFindsExactlyWhatACarefulReaderFinds() throws {
        let daemon = try seeded()
        #expect(
            try findings(daemon) == [
                ["warning", "low-execution", "changan/2023/p08", "", "72.19%"],
                ["warning", "low-execution", "changan/2023/p09", "", "2.30%"],
                ["warning", "score-high-on-low-execution", "changan/2023/p09", "80", "2.30%"],
            ]
        )
    }

    @Test func aBalanceAndAReturnChangedWithTheTypedCommandsAreChecked() throws {
        let daemon = try seeded()
        let update = try ClientRun.jixiao(
            ["project", "update", "changan", "2023", "p08", "--balance", "32.925万元", "--returned", "40万元"],
            socket: daemon.socketPath
        )
        #expect(update.status == 0, "\(update.errors)")
        let found = try findings(daemon)
        #expect(found.contains(["error", "balance-mismatch", "changan/2023/p08", "32.93", "23.93"]))
        #expect(found.contains(["error", "returned-above-balance", "changan/2023/p08", "40.00", "32.93"]))
        let check = try ClientRun.jixiao(["check", "changan", "2023"], socket: daemon.socketPath)
        #expect(check.status == 3, "an error found: \(check.output)")

        let get = try daemon.connect().request("PROJECT GET changan 2023 p08")
        let row = Dictionary(uniqueKeysWithValues: zip(get.columns, get.cells.first ?? []))
        #expect(row["balance"] == "32.93")
        #expect(row["returned"] == "40.00")
        let export = try daemon.connect().request("EXPORT changan 2023")
        #expect(export.text.contains("balance=32.925万元 returned=40万元"), "\(export.text)")

        let fixed = try ClientRun.jixiao(
            ["project", "update", "changan", "2023", "p08", "--balance", "23.925万元", "--returned", ""],
            socket: daemon.socketPath
        )
        #expect(fixed.status == 0, "\(fixed.errors)")
        #expect(try findings(daemon).filter { $0[0] == "error" }.isEmpty)
    }

    @Test func theThresholdIsARuleSetSetting() throws {
        let daemon = try seeded()
        for arguments in [
            ["ruleset", "create", "hebei", "--high-score-min-execution", "80%"],
            ["ruleset", "use", "changan", "2023", "hebei"],
        ] {
            let run = try ClientRun.jixiao(arguments, socket: daemon.socketPath)
            #expect(run.status == 0, "\(arguments): \(run.errors)")
        }
        // Row 8 (72.19 %, 91) is below 80 % now.
        #expect(
            try findings(daemon).contains([
                "warning", "score-high-on-low-execution", "changan/2023/p08", "91", "72.19%",
            ])
        )
    }

    @Test func theTablePrintsTheSummaryWithItsOfficialHeadings() throws {
        let daemon = try seeded()
        let run = try ClientRun.jixiao(["table", "changan", "2023", "--form", "summary"], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        for heading in ["部门绩效自评结果公开汇总表", "预算数（调整后）", "结余交回财政数", "自评结果应用意见", "单位：万元", "区级"] {
            #expect(run.output.contains(heading), "\(heading)")
        }
        let row9 = try #require(
            run.output.split(separator: "\n").first { line in
                line.split(separator: "│").first?.trimmingCharacters(in: .whitespaces) == "9"
            }
        )
        #expect(
            row9.contains("86.03") && row9.contains("1.98") && row9.contains("84.06") && row9.contains("80"),
            "\(row9)"
        )

        let compare = try ClientRun.jixiao(
            ["table", "changan", "2023", "--form", "summary", "--compare"],
            socket: daemon.socketPath
        )
        #expect(compare.output.contains("score-high-on-low-execution"))

        let refused = try ClientRun.jixiao(
            ["table", "changan", "2023", "p01", "--form", "summary"],
            socket: daemon.socketPath
        )
        #expect(refused.status == 64, "\(refused.errors)")
        let protocolRefusal = try daemon.connect().request("TABLE changan 2023 p01 form=summary")
        #expect(protocolRefusal.error?.code == "BAD_VALUE")
    }

    @Test func theSummaryIsAWorkbookSheetWithExactAmountsAndItsTwoHeadingRowsRepeated() throws {
        let daemon = try seeded()
        let file = daemon.scratch.appendingPathComponent("changan-2023-summary.xlsx")
        let run = try ClientRun.jixiao(
            ["table", "changan", "2023", "--form", "summary", "--xlsx", file.path],
            socket: daemon.socketPath
        )
        #expect(run.status == 0, "\(run.errors)")
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb.worksheets[0]
            print(json.dumps({"sheets": wb.sheetnames, "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                              "D4": ws["D4"].value, "G5": ws["G5"].value, "D14": ws["D14"].value,
                              "I14": ws["I14"].value, "K14": ws["K14"].value, "titles": ws.print_title_rows},
                             ensure_ascii=False))
            """
        let json = try PythonRun.run(script, [file.path])
        let book = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(book["sheets"] as? [String] == ["绩效自评结果汇总表"])
        #expect((book["merged"] as? [String])?.contains("D4:G4") == true, "预算数（调整后） over its four levels")
        #expect(book["D4"] as? String == "预算数（调整后）")
        #expect(book["G5"] as? String == "区级")
        // Row 9 (sheet row 14): 中央 86.031, 结余 84.055 exact, 自评得分 80.
        #expect(book["D14"] as? Double == 86.031)
        #expect(book["I14"] as? Double == 84.055)
        #expect(book["K14"] as? Int == 80)
        #expect(book["titles"] as? String == "$4:$5")
    }
}
