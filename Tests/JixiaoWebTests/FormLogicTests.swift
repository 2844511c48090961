import JixiaoProtocol
import Testing

@testable import JixiaoWeb

@Suite struct FormLogicTests {
    @Test func aGridSendsOnlyChangedFieldsOfChangedRowsWithTheirRevisions() {
        let form = [
            "rev.a": "7", "target.a": "≥15次", "was.target.a": "≥12次", "actual.a": "", "was.actual.a": "",
            "rev.b": "8", "target.b": "100%", "was.target.b": "100%",
            "new.code": "c", "new.level1": "效益指标", "new.name": "新指标", "new.target": "",
        ]
        let lines = WebApp.gridChanges(form, unit: "ceshi", year: "2025", owner: "jiandu").map(\.text)
        #expect(
            lines == [
                "IF REV=7 INDICATOR UPDATE ceshi 2025 jiandu a target=≥15次",
                "INDICATOR CREATE ceshi 2025 jiandu c level1=效益指标 name=新指标",
            ]
        )
    }

    @Test(arguments: [
        ("12000", "元", "12000元"), ("１２，０００．５", "元", "12,000.5元"), (" 1.2 ", "万元", "1.2万元"),
        ("3万", "元", "3万"), ("-5000", "元", "-5000元"), ("", "元", ""),
    ])
    func amountsGetTheirUnit(typed: String, unit: String, sent: String) {
        #expect(WebApp.amount(typed, unit: unit) == sent)
    }

    @Test func afterLoginOnlyPathsOfThisServer() {
        #expect(WebApp.safeNext("/y/ceshi/2025") == "/y/ceshi/2025")
        for bad in ["https://evil.example/", "//evil.example/", "/\\evil", "/login", nil] {
            #expect(WebApp.safeNext(bad) == "/years")
        }
    }

    @Test func aPageListensToItsUnitYearAndWhatHoldsIt() {
        #expect(WatchFeed.isInside("ceshi/2025/jiandu/payment/3", scope: "ceshi/2025"))
        #expect(WatchFeed.isInside("ceshi/2025", scope: "ceshi/2025"))
        #expect(WatchFeed.isInside("ceshi", scope: "ceshi/2025"))
        #expect(WatchFeed.isInside("-", scope: "ceshi/2025"))
        #expect(!WatchFeed.isInside("ceshi/2026/dept", scope: "ceshi/2025"))
        #expect(!WatchFeed.isInside("ceshi2/2025", scope: "ceshi/2025"))
    }

    @Test func serverSentEventDataIsOneLineOfJSON() {
        let event = WatchEvent(
            sequence: 7,
            line: 1,
            lines: 1,
            time: "2025-01-01T00:00:00.000Z",
            author: "olga@jixiao-web",
            object: "a/2025/\"x\"\n",
            change: "PAYMENT ADD …"
        )
        #expect(WebApp.eventData(event) == "{\"seq\":7,\"author\":\"olga（网页）\",\"object\":\"a/2025/\\\"x\\\"\\n\"}")
    }

    @Test func journalTimesShowInChinaTime() {
        #expect(Labels.chinaTime("2025-06-30T17:30:05.123Z") == "2025-07-01 01:30:05")
        #expect(Labels.author("olga@jixiao-web") == "olga（网页）")
    }
}
