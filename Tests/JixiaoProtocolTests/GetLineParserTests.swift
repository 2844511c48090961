import Foundation
import JixiaoCore
import Testing

@testable import JixiaoProtocol

/// The byte-level GET parser gives the general parser's command for every line it
/// recognises, and leaves every other line (malformed ones included) to the general
/// parser, so that replies and errors stay what they were.
@Suite struct GetLineParserTests {
    /// The examples (`Protocol/examples`), loaded as `--load-if-empty` loads them.
    static func examples() throws -> ModelState {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Protocol/examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jx") }
        var lines: [String] = []
        for name in names.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return try ModelExportTests.loaded(lines)
    }

    /// A GET line for every object of the model that has one (goals have none), but groups,
    /// which the fast path leaves.
    static func getLines(_ state: ModelState) -> [String] {
        var lines: [String] = []
        for unit in state.unitList {
            lines.append("UNIT GET \(unit.code)")
            for year in unit.yearList {
                lines.append("YEAR GET \(unit.code) \(year.year)")
                lines.append("DEPT GET \(unit.code) \(year.year)")
                var owners: [(String, Expenditure)] = [("dept", year.department)]
                for project in year.projectList {
                    lines.append("PROJECT GET \(unit.code) \(year.year) \(project.code)")
                    owners.append((project.code.text, project.expenditure))
                }
                for (owner, expenditure) in owners {
                    let address = "\(unit.code) \(year.year) \(owner)"
                    lines += expenditure.indicatorList.map { "INDICATOR GET \(address) \($0.code)" }
                    lines += expenditure.lineList.map { "LINE GET \(address) \($0.item)" }
                    lines += expenditure.factList.map { "FACT GET \(address) \($0.code)" }
                    lines += expenditure.adjustmentList.map { "ADJUSTMENT GET \(address) \($0.id)" }
                    lines += expenditure.paymentList.map { "PAYMENT GET \(address) \($0.id)" }
                    if expenditure.allocation != nil { lines.append("ALLOCATION GET \(address)") }
                }
            }
        }
        return lines
    }

    static func fast(_ line: String) -> Command? {
        Array(line.utf8).withUnsafeBytes { GetLineParser.command($0) }
    }

    /// What the general parser makes of a line: its command, or its error.
    static func general(_ line: String) -> Result<Command?, ProtocolError> {
        Result { () throws(ProtocolError) in try CommandParser.parse(line) }
    }

    /// For any line: the fast parser gives nothing, or exactly the general parser's command.
    static func agree(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let fast = fast(line) else { return }
        switch general(line) {
        case .success(let command): #expect(command == fast, "\(line)", sourceLocation: sourceLocation)
        case .failure(let error):
            Issue.record("the fast parser took \(line), which the general parser refuses: \(error)")
        }
    }

    @Test func everyObjectOfTheExamplesParsesToTheSameGetThroughBothParsers() throws {
        let lines = Self.getLines(try Self.examples())
        #expect(lines.count > 100)
        #expect(lines.contains { $0.hasPrefix("INDICATOR GET") } && lines.contains { $0.hasPrefix("PROJECT GET") })
        for line in lines {
            let fast = Self.fast(line)
            #expect(fast != nil, "\(line)")
            #expect(try CommandParser.parse(line) == fast, "\(line)")
            // The same line in other spellings the lexer accepts: lower case, tabs, blanks.
            let words = line.split(separator: " ")
            for variant in [
                line.lowercased(), words.joined(separator: "\t"), "  " + words.joined(separator: " \t ") + "\t",
                words[0].lowercased() + " gEt " + words.dropFirst(2).joined(separator: " "),
            ] {
                #expect(Self.fast(variant) != nil, "\(variant)")
                Self.agree(variant)
            }
        }
    }

    @Test func linesTheFastPathDoesNotRecogniseAreLeftToTheGeneralParser() {
        let leftAlone = [
            "", "   ", "GET", "INDICATOR", "INDICATOR GET", "# INDICATOR GET hongjiang 2024 dept peixun",
            "INDICATOR GET hongjiang 2024 dept", "INDICATOR GET hongjiang 2024 dept peixun extra",
            "INDICATOR GET hongjiang 2024 dept peixun a b c d", "INDICATOR GET hongjiang 2024 dept \"peixun\"",
            "INDICATOR GET hongjiang 2024 dept peixun x=1", "INDICATOR GET hongjiang 2024 dept peixun#",
            "INDICATOR GET hongjiang 2O24 dept peixun", "INDICATOR GET hongjiang 2024 dept pei/xun",
            "INDICATOR GET hongjiang 2024 dept 培训", "INDICATOR GET hong\u{1}jiang 2024 dept peixun",
            "INDICATOR GET hongjiang 2024 dept peixun\u{7F}", "INDICATOR GETS hongjiang 2024 dept peixun",
            "INDICATOR LIST hongjiang 2024 dept", "INDICATOR UPDATE hongjiang 2024 dept peixun actual=3次",
            "GROUP GET hongjiang 2024 dept level1=产出指标", "AT SEQ 3 INDICATOR GET hongjiang 2024 dept peixun",
            "IF REV=3 INDICATOR GET hongjiang 2024 dept peixun", "PROJECT GET hongjiang 2024 dept",
            "PAYMENT GET hongjiang 2024 dept 0", "PAYMENT GET hongjiang 2024 dept -1", "GOAL GET hongjiang 2024 dept x",
            "GOAL GET hongjiang 2024 dept 1", "RULESET GET default", "HELP INDICATOR", "STATUS",
            "UNIT GET \(String(repeating: "a", count: 65))", "YEAR GET hongjiang 1800", "DEPT GET hongjiang",
        ]
        for line in leftAlone {
            #expect(Self.fast(line) == nil, "\(line)")
        }
    }

    /// Lines near GET lines (each of a seeded set of edits of an example's lines): the fast
    /// parser never disagrees with the general one.
    @Test func editedGetLinesNeverMakeTheParsersDisagree() throws {
        let lines = Self.getLines(try Self.examples())
        let pieces = [" ", "\t", "=", "\"", "#", "x", "X", "0", "-", ".", "\u{1}", "中", "GET", "dept", "99999"]
        var generator = Generator(seed: 19)
        var taken = 0
        for _ in 0..<3000 {
            var bytes = Array(generator.pick(lines).utf8)
            for _ in 0...(generator.next() % 3) {
                let at = Int(generator.next() % UInt64(bytes.count + 1))
                switch generator.next() % 3 {
                case 0: bytes.insert(contentsOf: Array(generator.pick(pieces).utf8), at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: if at < bytes.count { bytes[at] = pieces[Int(generator.next() % 12)].utf8.first! }
                }
            }
            let line = String(decoding: bytes, as: UTF8.self)
            if Self.fast(line) != nil { taken += 1 }
            Self.agree(line)
        }
        #expect(taken > 100)
    }
}
