import Foundation
import JixiaoCore
import JixiaoProtocol
import NIOCore
import Testing

@testable import JixiaoServer

/// The direct GET of an indicator (borrowed in place, fields by position, encoded into the
/// outgoing buffer) writes the bytes the table path writes, and fails with its errors.
@Suite struct DirectGetTests {
    static func examples() throws -> ModelState {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Protocol/examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jx") }
        var state = ModelState()
        for name in names.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard case .change(let change)? = try CommandParser.parse(String(line)) else { continue }
                try state.apply(change, sequence: state.sequence + 1)
            }
        }
        return state
    }

    /// Every expenditure of the model with its key.
    static func expenditures(_ state: ModelState) -> [(ExpenditureKey, Expenditure)] {
        state.unitList.flatMap { unit in
            unit.yearList.flatMap { year in
                [(ExpenditureKey(unit.code, year.year, .department), year.department)]
                    + year.projectList.map { (ExpenditureKey(unit.code, year.year, .project($0.code)), $0.expenditure) }
            }
        }
    }

    /// The reply's bytes as the table path writes them.
    static func tablePath(_ key: ObjectKey, _ state: ModelState) -> [UInt8] {
        let reply: Reply
        do {
            reply = .rows(try QueryTables.get(key, in: state))
        } catch {
            reply = .error(ProtocolError(error))
        }
        return Array(ReplyEncoder.encode(reply, format: .tsv).utf8)
    }

    /// The reply's bytes as the direct path writes them.
    static func directPath(_ key: ExpenditureKey, _ code: Code, _ state: ModelState) -> [UInt8] {
        var output = ByteBuffer()
        do {
            try state.withIndicator(key, code) { IndicatorRowEncoder.write($0, key: key, into: &output) }
        } catch {
            ReplyEncoder.encode(.error(ProtocolError(error)), format: .tsv, into: &output)
        }
        return Array(output.readableBytesView)
    }

    @Test func everyIndicatorOfTheExamplesIsTheSameBytesThroughBothPaths() throws {
        let state = try Self.examples()
        #expect(IndicatorRowEncoder.applies)
        var count = 0
        for (key, expenditure) in Self.expenditures(state) {
            for indicator in expenditure.indicatorList {
                let direct = Self.directPath(key, indicator.code, state)
                #expect(
                    direct == Self.tablePath(.part(key, .indicator(indicator.code)), state),
                    "\(key) \(indicator.code)"
                )
                count += 1
            }
        }
        #expect(count > 30)
    }

    @Test func aMissingUnitYearProjectOrIndicatorIsTheSameErrorThroughBothPaths() throws {
        let state = try Self.examples()
        let (key, expenditure) = try #require(Self.expenditures(state).first { !$0.1.indicatorList.isEmpty })
        let code = try #require(expenditure.indicatorList.first).code
        let missing = try Code("nosuchthing")
        let project = try #require(Self.expenditures(state).first { $0.0.owner != .department }).0
        for (owner, indicator) in [
            (ExpenditureKey(missing, key.year, key.owner), code),
            (ExpenditureKey(key.unit, try FiscalYear(1999), key.owner), code),
            (ExpenditureKey(project.unit, project.year, .project(missing)), code),
            (key, missing),
        ] {
            let direct = Self.directPath(owner, indicator, state)
            #expect(direct.starts(with: Array("ERR NOT_FOUND ".utf8)), "\(String(decoding: direct, as: UTF8.self))")
            #expect(direct == Self.tablePath(.part(owner, .indicator(indicator)), state))
        }
    }

    @Test func theBorrowedExpenditureIsTheOneTheCopyingLookupReturns() throws {
        let state = try Self.examples()
        for (key, expenditure) in Self.expenditures(state) {
            let copied = try state.expenditure(key)
            var same = false
            try state.withExpenditure(key) { same = $0 == expenditure && $0 == copied }
            #expect(same, "\(key)")
        }
    }

    @Test func fieldsByPositionAreTheFieldsByKey() throws {
        let state = try Self.examples()
        for (_, expenditure) in Self.expenditures(state) {
            for indicator in expenditure.indicatorList {
                for (position, field) in Indicator.fields.enumerated() {
                    #expect(indicator.exportValue(at: position) == indicator.exportValue(field.key), "\(field.key)")
                }
                #expect(indicator.exportValue(at: Indicator.fields.count) == nil)
            }
        }
    }

    @Test func aCellIsEscapedAsTheTableEncoderEscapesIt() {
        for text in ["", "plain", "a\tb", "back\\slash", "两行\n文字\r", "\\t not a tab", "中文 ≥2次"] {
            var output = ByteBuffer()
            IndicatorRowEncoder.writeCell(text, into: &output)
            #expect(Array(output.readableBytesView) == Array(ReplyEncoder.escapeTSV(text).utf8), "\(text)")
        }
    }
}
