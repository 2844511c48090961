import JixiaoCore
import JixiaoProtocol
import Testing

/// `IF REV=n` before a change: parsed into ``Command/conditional(revision:_:)``.
@Suite struct ConditionalRequestTests {
    @Test func aChangeMayCarryARevision() throws {
        let command = try CommandParser.parse("IF REV=57 INDICATOR UPDATE hongjiang 2024 dept peixun actual=3次")
        #expect(
            command
                == .conditional(
                    revision: 57,
                    .change(.update(.part(P.dept, .indicator(P.peixun)), P.fields(["actual": "3次"])))
                )
        )
        #expect(
            try CommandParser.parse("if rev=0 YEAR CREATE hongjiang 2024")
                == .conditional(
                    revision: 0,
                    .change(.create(.year(P.hj, P.y2024), []))
                )
        )
    }

    @Test(arguments: [
        ("IF REV=5 UNIT GET hongjiang", ErrorCode.badArgument),
        ("IF REV=-1 UNIT DELETE hongjiang", .badArgument),
        ("IF REV=x UNIT DELETE hongjiang", .badArgument),
        ("IF UNIT DELETE hongjiang", .badArgument),
        ("IF REV=5", .arity),
    ])
    func aBadConditionIsRefused(_ line: String, _ code: ErrorCode) {
        #expect(throws: ProtocolError.self) { try CommandParser.parse(line) }
        do {
            _ = try CommandParser.parse(line)
        } catch {
            #expect(error.code == code, "\(line): \(error)")
        }
    }

    @Test func yearMovesRoundTripThroughTheirCommandLines() throws {
        for change in [Change.submitYear(P.hj, P.y2024), .reopenYear(P.hj, P.y2024, reason: "补充 数据")] {
            #expect(try CommandParser.parse(change.commandLine) == .change(change))
        }
    }

    @Test func aSubmittedOrReopenedYearExportsItsMoves() throws {
        var state = ModelState()
        let lines = ["UNIT CREATE hongjiang name=洪江", "YEAR CREATE hongjiang 2024", "YEAR SUBMIT hongjiang 2024"]
        for (index, line) in lines.enumerated() {
            guard case .change(let change) = try CommandParser.parse(line) else {
                Issue.record()
                return
            }
            try state.apply(change, sequence: Int64(index + 1))
        }
        #expect(state.revision(of: .year(P.hj, P.y2024)) == 3)
        #expect(ModelExport.lines(state).suffix(1) == ["YEAR SUBMIT hongjiang 2024"])
        #expect(throws: DomainError.self) { try state.apply(.submitYear(P.hj, P.y2024), sequence: 4) }
        try state.apply(.reopenYear(P.hj, P.y2024, reason: "补充"), sequence: 4)
        #expect(
            ModelExport.lines(state).suffix(2) == [
                "YEAR SUBMIT hongjiang 2024", "YEAR REOPEN hongjiang 2024 reason=补充",
            ]
        )
        #expect(throws: DomainError.self) { try state.apply(.reopenYear(P.hj, P.y2024, reason: "x"), sequence: 5) }
        #expect(state.revision(of: .unit(try Code("nowhere"))) == 0)
    }
}
