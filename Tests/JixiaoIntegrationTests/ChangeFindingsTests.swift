import Foundation
import JixiaoClient
import Testing

/// The findings that come back with a change are about the object it touched.
@Suite struct ChangeFindingsTests {
    @Test func anAddedPaymentBringsItsOwnFindingsNotTheWholeExpenditures() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=单位", "YEAR CREATE u 2024",
            "PROJECT CREATE u 2024 p name=项目 budget_full=35万元 executed=35万元 execution_weight=10",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        // The expenditure's own finding: its weights add up to 10 + 5, not 100.
        #expect(
            try connection.request(
                "INDICATOR CREATE u 2024 p a level1=产出指标 level2=数量指标 name=次数 target=≥2次 actual=3次 weight=5 score=5"
            ).isOK
        )
        #expect(try connection.request("CHECK RUN u 2024 p").cells.contains { $0[1] == "weights-sum" })

        let payment = try connection.request("PAYMENT ADD u 2024 p date=2024-01-15 amount=2万元")
        #expect(payment.statusLine.hasPrefix("OK seq=5 id=1"))
        #expect(payment.cells.map { $0[1] } == ["payments-vs-executed"])
        #expect(payment.cells.first?[2] == "u/2024/p")
    }
}
