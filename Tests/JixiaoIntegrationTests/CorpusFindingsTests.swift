import Foundation
import JixiaoClient
import Testing

/// The corpus of real published self-evaluation tables (`Tests/Fixtures/reports`): each one,
/// loaded alone in a fresh daemon, makes the checker report exactly the errors and warnings a
/// careful reader verifies in it (its `.findings` file), every one with its figures, and no
/// other (info findings are allowed).
@Suite struct CorpusFindingsTests {
    @Test(arguments: CorpusFixture.names)
    func theCheckerFindsExactlyTheErrorsTheReportPrints(_ name: String) throws {
        let fixture = try CorpusFixture(name: name)
        let daemon: DaemonProcess
        do {
            daemon = try DaemonProcess(arguments: ["--load-if-empty", fixture.script.path])
        } catch {
            // The daemon refuses a script with a line it does not accept: name that line only.
            let reason = "\(error)".split(separator: "\n").filter { $0.contains("cannot start") }
            Issue.record("\(name) does not load: \(reason.first.map(String.init) ?? "\(error)")")
            return
        }
        let reply = try daemon.connect().request("CHECK RUN")
        let found = Set(
            reply.cells.map { Dictionary(uniqueKeysWithValues: zip(reply.columns, $0)) }
                .compactMap(CorpusFinding.init(row:))
                .filter(\.isAsserted)
        )
        let missed = fixture.expected.subtracting(found)
        let extra = found.subtracting(fixture.expected)
        #expect(
            missed.isEmpty && extra.isEmpty,
            """
            \(name): \(fixture.expected.count - missed.count) of \(fixture.expected.count) found
            missed (in the .findings file, not reported):
            \(CorpusFinding.listing(missed))
            false alarms (reported, not in the .findings file):
            \(CorpusFinding.listing(extra))
            """
        )
    }

    /// The issue asks for at least 15 reports from at least 6 provinces in at least 4
    /// templates (项目, 部门整体, 转移支付, 汇总表); the headers say which.
    @Test func theCorpusSpansEnoughReportsProvincesAndTemplates() throws {
        let fixtures = try CorpusFixture.names.map { try CorpusFixture(name: $0) }
        let provinces = Set(fixtures.map(\.province))
        let templates = Set(fixtures.map(\.templateFamily))
        let findings = fixtures.reduce(0) { $0 + $1.expected.count }
        let summary =
            "\(fixtures.count) reports, \(provinces.count) provinces (\(provinces.sorted().joined(separator: "、"))), "
            + "\(templates.count) templates (\(templates.sorted().joined(separator: "、"))), \(findings) findings"
        #expect(fixtures.count >= 15, "\(summary)")
        #expect(provinces.count >= 6, "\(summary)")
        #expect(templates.count >= 4, "\(summary)")
    }

    @Test func everyFixtureNamesItsSourceProvinceAndTemplate() throws {
        #expect(!CorpusFixture.names.isEmpty)
        for name in CorpusFixture.names {
            let fixture = try CorpusFixture(name: name)
            #expect(fixture.source.hasPrefix("http"), "\(name): Source is \(fixture.source)")
            #expect(!fixture.province.isEmpty, "\(name): no Province")
            #expect(!fixture.template.isEmpty, "\(name): no Template")
        }
    }
}

/// One finding as the corpus compares it: the columns of `CHECK RUN` that carry its figures.
struct CorpusFinding: Hashable, Sendable, CustomStringConvertible {
    var severity: String
    var rule: String
    var object: String
    var reported: String
    var computed: String

    /// Errors and warnings are asserted; info findings (`note` on the wire) may come and go.
    var isAsserted: Bool { severity == "error" || severity == "warning" }

    var description: String { [severity, rule, object, reported, computed].joined(separator: "\t") }

    init?(row: [String: String]) {
        guard let severity = row["severity"], let rule = row["rule"], let object = row["object"] else {
            return nil
        }
        self.init(
            severity: severity,
            rule: rule,
            object: object,
            reported: row["reported"] ?? "",
            computed: row["computed"] ?? ""
        )
    }

    init(severity: String, rule: String, object: String, reported: String, computed: String) {
        self.severity = severity
        self.rule = rule
        self.object = object
        self.reported = reported
        self.computed = computed
    }

    /// A `.findings` line: `severity rule object reported computed # why`, tab-separated.
    init?(findingsLine line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let figures = columns.prefix { !$0.hasPrefix("#") }
        guard figures.count >= 3 else { return nil }
        self.init(
            severity: figures[0],
            rule: figures[1],
            object: figures[2],
            reported: figures.count > 3 ? figures[3] : "",
            computed: figures.count > 4 ? figures[4] : ""
        )
    }

    static func listing(_ findings: Set<CorpusFinding>) -> String {
        findings.isEmpty ? "  (none)" : findings.map { "  \($0)" }.sorted().joined(separator: "\n")
    }
}

/// A `.findings` line that is neither a comment nor a finding row.
struct MalformedFindingsLine: Error, CustomStringConvertible {
    var fixture: String
    var line: String
    var description: String { "\(fixture).findings: not a finding row: \(line)" }
}

/// A fixture of the corpus: the report as a protocol script, its header and its findings file.
struct CorpusFixture {
    static let folder = TestEnvironment.packageRoot.appendingPathComponent("Tests/Fixtures/reports")

    /// The fixtures' base names (`101-jishan-2020-project`), sorted.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".jx") }.map { String($0.dropLast(3)) }.sorted()
    }()

    let name: String
    let script: URL
    let source: String
    let province: String
    let template: String
    let expected: Set<CorpusFinding>

    /// The kind of form the `Template` header names: a table and a report of one kind count once.
    var templateFamily: String {
        let families = ["汇总表", "转移支付", "部门整体", "项目支出"]
        return families.first { template.contains($0) } ?? template
    }

    init(name: String) throws {
        self.name = name
        script = Self.folder.appendingPathComponent(name + ".jx")
        let header = try String(contentsOf: script, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("#") }
        func field(_ key: String) -> String {
            let prefix = "# \(key):"
            guard let line = header.first(where: { $0.hasPrefix(prefix) }) else { return "" }
            return line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        }
        source = field("Source")
        province = field("Province")
        template = field("Template")
        let findings = try String(
            contentsOf: Self.folder.appendingPathComponent(name + ".findings"),
            encoding: .utf8
        )
        var expected: Set<CorpusFinding> = []
        for line in findings.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            // A row the test cannot read must not silently drop an expected finding.
            guard let finding = CorpusFinding(findingsLine: String(line)),
                ["error", "warning", "note", "info"].contains(finding.severity)
            else { throw MalformedFindingsLine(fixture: name, line: text) }
            if finding.isAsserted { expected.insert(finding) }
        }
        self.expected = expected
    }
}
