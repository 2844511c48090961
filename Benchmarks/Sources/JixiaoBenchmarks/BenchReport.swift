import Foundation

/// One measured figure: Jixiao's, the reference's (Redis, or a floor) from the same run,
/// their ratio, and the issue's target for that ratio when it has one.
struct Figure: Codable, Sendable {
    var workload: String
    var name: String
    /// What the values count: `ops/s`, `records/s`, `ms`, `B/indicator`…
    var unit: String
    var jixiao: Double
    /// What the reference is (`redis`, `raw fdatasync`…), when there is one.
    var reference: String?
    var referenceValue: Double?
    /// Whether more is better (rates) or less (times, bytes): says which way the target goes.
    var higherIsBetter: Bool
    /// The least (or most, when `higherIsBetter` is false) acceptable ratio.
    var target: Double?
    /// Latency percentiles and other detail, for people.
    var detail: String?
    /// Whose value `jixiao` is, printed before it when it is not plain (`jixiaod`).
    var subject: String? = nil

    var ratio: Double? {
        guard let referenceValue, referenceValue > 0 else { return nil }
        return jixiao / referenceValue
    }

    var met: Bool? {
        guard let ratio, let target else { return nil }
        return higherIsBetter ? ratio >= target : ratio <= target
    }
}

/// Collects the run's figures, prints each as it comes, and writes them as JSON.
final class BenchReport: @unchecked Sendable {  // used from the main thread only
    private(set) var figures: [Figure] = []
    let started = Date()

    func add(_ figure: Figure) {
        figures.append(figure)
        print(Self.line(figure))
        fflush(nil)
    }

    static func number(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    static func line(_ figure: Figure) -> String {
        var text = "\(figure.workload): \(figure.name): "
        if let subject = figure.subject { text += subject + " " }
        text += "\(number(figure.jixiao)) \(figure.unit)"
        if let reference = figure.reference, let value = figure.referenceValue {
            text += "; \(reference) \(number(value)) \(figure.unit)"
        }
        if let ratio = figure.ratio {
            text += "; ratio \(String(format: "%.2f", ratio))×"
            if let target = figure.target, let met = figure.met {
                text +=
                    " (target \(figure.higherIsBetter ? "≥" : "≤") \(String(format: "%.2f", target))×: \(met ? "met" : "MISSED"))"
            }
        }
        if let detail = figure.detail { text += " [\(detail)]" }
        return text
    }

    /// A summary table of the ratios, for RESULTS.md.
    func summary() -> String {
        var text = "\n| workload | figure | Jixiao | reference | ratio | target |\n|---|---|---|---|---|---|\n"
        for figure in figures {
            let reference = figure.referenceValue.map { "\(figure.reference ?? "") \(Self.number($0))" } ?? "—"
            let ratio = figure.ratio.map { String(format: "%.2f×", $0) } ?? "—"
            var target = "—"
            if let goal = figure.target, let met = figure.met {
                target =
                    "\(figure.higherIsBetter ? "≥" : "≤") \(String(format: "%.2f", goal))× \(met ? "met" : "**missed**")"
            }
            text +=
                "| \(figure.workload) | \(figure.name) | \(Self.number(figure.jixiao)) \(figure.unit) | \(reference) | \(ratio) | \(target) |\n"
        }
        return text
    }

    /// Writes `{date, machine, figures}` to `path`.
    func writeJSON(to path: String) throws {
        struct Document: Codable {
            var date: String
            var host: String
            var kernel: String
            var cpus: Int
            var seconds: Double
            var figures: [Figure]
        }
        var uts = utsname()
        uname(&uts)
        let kernel = withUnsafeBytes(of: &uts.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let document = Document(
            date: ISO8601DateFormatter().string(from: started),
            host: ProcessInfo.processInfo.hostName,
            kernel: kernel,
            cpus: ProcessInfo.processInfo.activeProcessorCount,
            seconds: Date().timeIntervalSince(started),
            figures: figures
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true
        )
        try encoder.encode(document).write(to: URL(fileURLWithPath: path))
    }
}
