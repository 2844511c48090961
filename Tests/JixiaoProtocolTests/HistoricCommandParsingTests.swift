import JixiaoCore
import JixiaoProtocol
import Testing

/// `AT`, `HISTORY` and `WATCH` as lines, and the moments people write.
@Suite struct HistoricCommandParsingTests {
    @Test func atSeqWrapsAQuery() throws {
        #expect(try CommandParser.parse("AT SEQ 1234 UNIT LIST") == .at(.sequence(1234), .list(.units)))
        #expect(try CommandParser.parse("at seq 0 EXPORT") == .at(.sequence(0), .export(nil, nil)))
    }

    @Test func aTimeWithoutAnOffsetIsChinaTime() throws {
        // 2024-06-30T18:00+08:00 is 10:00 UTC.
        let utc = try MomentText.milliseconds(parsing: "2024-06-30T10:00Z", day: .end)
        #expect(
            try CommandParser.parse("AT 2024-06-30T18:00 UNIT LIST") == .at(.time(milliseconds: utc), .list(.units))
        )
        #expect(try MomentText.milliseconds(parsing: "2024-06-30T18:00:00+08:00", day: .end) == utc)
        #expect(try MomentText.milliseconds(parsing: "2024-06-30T05:00-05:00", day: .end) == utc)
        #expect(MomentText.utc(utc) == "2024-06-30T10:00:00.000Z")
    }

    @Test func aBareDateIsTheWholeDayInChina() throws {
        let end = try MomentText.milliseconds(parsing: "2024-06-30", day: .end)
        let start = try MomentText.milliseconds(parsing: "2024-06-30", day: .start)
        #expect(MomentText.utc(end) == "2024-06-30T15:59:59.999Z")
        #expect(MomentText.utc(start) == "2024-06-29T16:00:00.000Z")
    }

    @Test(arguments: [
        "2024-13-01", "2024-06-31", "2024-06-30T24:00", "yesterday", "2024-06-30T18:00+8", "2024-06-30T18:00:00.1234",
    ])
    func badTimesAreRefused(text: String) {
        #expect(throws: ProtocolError.self) { try MomentText.milliseconds(parsing: text, day: .end) }
    }

    @Test(arguments: [
        "AT SEQ 3 UNIT CREATE x name=y", "AT SEQ 3 WATCH", "AT SEQ 3 HISTORY x", "AT SEQ 3 STATUS",
        "AT SEQ 3 AT SEQ 2 UNIT LIST",
    ])
    func atRefusesWhatIsNotAModelQuery(line: String) {
        #expect(throws: ProtocolError.self) { try CommandParser.parse(line) }
    }

    @Test(arguments: ["AT", "AT SEQ", "AT SEQ -1 UNIT LIST", "AT SEQ 5", "AT 2024-06-30"])
    func atNeedsAPointAndAQuery(line: String) {
        #expect(throws: ProtocolError.self) { try CommandParser.parse(line) }
    }

    @Test func historyTakesAPathOrAUnitAndYearWithBounds() throws {
        let from = try MomentText.milliseconds(parsing: "2024-06-01", day: .start)
        let to = try MomentText.milliseconds(parsing: "2024-06-30", day: .end)
        #expect(
            try CommandParser.parse("HISTORY hongjiang 2024 from=2024-06-01 to=2024-06-30")
                == .history(HistoryRequest(object: .year(P.hj, P.y2024), from: from, to: to))
        )
        #expect(
            try CommandParser.parse("HISTORY hongjiang/2024/jicha/payment/3")
                == .history(HistoryRequest(object: .part(P.project, .payment(3))))
        )
        #expect(try CommandParser.parse("HISTORY hongjiang") == .history(HistoryRequest(object: .unit(P.hj))))
        #expect(throws: ProtocolError.self) { try CommandParser.parse("HISTORY hongjiang/2024/jicha/budget/1") }
    }

    @Test func pathsRoundTrip() throws {
        let keys: [ObjectKey] = [
            .unit(P.hj), .year(P.hj, P.y2024), .expenditure(P.dept), .expenditure(P.project),
            .part(P.dept, .line(P.income)), .part(P.project, .indicator(P.peixun)), .part(P.dept, .fact(P.canbao)),
            .part(P.dept, .goal(2)), .part(P.dept, .adjustment(1)), .part(P.dept, .allocation),
            .part(P.dept, .group(IndicatorGroup(level1: "产出指标", level2: "数量指标"))),
        ]
        for key in keys { #expect(try ObjectKey(path: key.description) == key) }
    }

    @Test func watchScopesEncloseWhatIsInside() throws {
        let year = WatchRequest(scope: .year(P.hj, P.y2024))
        #expect(year.covers(.part(P.project, .indicator(P.peixun)), deleting: false))
        #expect(!year.covers(.unit(P.hj), deleting: false))
        #expect(year.covers(.unit(P.hj), deleting: true), "deleting the unit deletes the year")
        #expect(!year.covers(.year(P.hj, try FiscalYear(2025)), deleting: false))
        #expect(!year.covers(nil, deleting: false))
        #expect(WatchRequest().covers(nil, deleting: false))
        #expect(try CommandParser.parse("WATCH") == .watch(WatchRequest()))
        #expect(
            try CommandParser.parse("WATCH hongjiang 2024 jicha")
                == .watch(WatchRequest(scope: .expenditure(P.project)))
        )
    }

    @Test func eventLinesRoundTrip() {
        let event = WatchEvent(
            sequence: 1234,
            line: 1,
            lines: 2,
            time: "2026-11-23T15:03:57.123Z",
            author: "alice",
            object: "hongjiang/2024/jicha",
            change: "PROJECT UPDATE hongjiang 2024 jicha name=\"洪江 市\""
        )
        #expect(WatchEvent(line: event.text) == event)
        #expect(WatchEvent(line: "OK PONG") == nil)
    }
}
