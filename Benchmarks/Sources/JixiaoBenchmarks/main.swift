import Foundation
import JixiaoCore
import JixiaoProtocol

#if canImport(Glibc)
import Glibc
#endif

/// Times `body` over `rounds` runs and returns the fastest, in seconds (the least disturbed
/// by the other load on a shared two-core machine).
func fastest(rounds: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Duration.seconds(1_000_000)
    let clock = ContinuousClock()
    for _ in 0..<rounds {
        let elapsed = try clock.measure(body)
        best = min(best, elapsed)
    }
    let (seconds, attoseconds) = best.components
    return Double(seconds) + Double(attoseconds) / 1e18
}

func format(_ seconds: Double) -> String {
    let milliseconds = (seconds * 100_000).rounded() / 100
    return "\(milliseconds) ms"
}

/// The checker and export benchmark (in-process, no daemon).
func checkerBenchmark() throws {
    // The checker over 1,000 unit-years (100 units × 10 years, 10 projects and 15 indicators
    // each), against a reference in the same run: walking the same model and summing every
    // amount once, the least any pass over the figures can cost.
    let state = try GeneratedData.model(units: 100, years: 10, projects: 10, indicators: 15)
    var findings = 0
    let checker = Checker()
    let check = fastest(rounds: 5) { findings = checker.check(state).count }
    var total: Int64 = 0
    let reference = fastest(rounds: 5) {
        total = 0
        for unit in state.unitList {
            for year in unit.yearList {
                for project in year.projectList {
                    total &+= project.budget.executed?.fen ?? 0
                    for line in project.expenditure.lineList { total &+= line.full?.fen ?? 0 }
                    for indicator in project.expenditure.indicatorList { total &+= indicator.weight?.units ?? 0 }
                }
            }
        }
    }
    print(
        "checker, 1000 unit-years (\(findings) findings): \(format(check)); reference walk: \(format(reference)); ratio \((check / reference * 10).rounded() / 10)×"
    )
    let exportTime = fastest(rounds: 3) { _ = ModelExport.lines(state).count }
    print(
        "export, 1000 unit-years: \(format(exportTime)); ratio to the reference walk \((exportTime / reference * 10).rounded() / 10)×"
    )

}

// `JixiaoBenchmarks [workload…] [--seconds N] [--json PATH] [--jixiaod PATH] [--jixiao PATH]`:
// the workloads named, or all.
let allWorkloads = [
    "floors", "read", "write", "mixed", "cpu", "replay", "memory", "client", "checker", "durability", "historic",
]
var selected: Set<String> = []
var seconds = 3.0
var jsonPath = ".build/bench-results.json"
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--seconds": seconds = Double(arguments.popFirst() ?? "") ?? seconds
    case "--json": jsonPath = arguments.popFirst() ?? jsonPath
    case "--jixiaod": Binaries.jixiaod = arguments.popFirst() ?? ""
    case "--jixiao": Binaries.jixiao = arguments.popFirst() ?? ""
    case "--help", "-h":
        print(
            "usage: JixiaoBenchmarks [\(allWorkloads.joined(separator: "|"))…] [--seconds N] [--json PATH] "
                + "[--jixiaod PATH] [--jixiao PATH]\n"
                + "  --jixiaod, --jixiao: the binaries measured (default: the repository's .build/release/)"
        )
        exit(0)
    default:
        guard allWorkloads.contains(argument) else {
            print("unknown workload \(argument); workloads: \(allWorkloads.joined(separator: " "))")
            exit(2)
        }
        selected.insert(argument)
    }
}
if selected.isEmpty { selected = Set(allWorkloads) }
if Binaries.jixiaod.isEmpty { Binaries.jixiaod = Binaries.release("jixiaod") }
if Binaries.jixiao.isEmpty { Binaries.jixiao = Binaries.release("jixiao") }
// Every workload but the floors and the in-process checker starts the daemon; only `client`
// runs the client.
do {
    if !selected.subtracting(["checker", "floors"]).isEmpty {
        try Binaries.check(Binaries.jixiaod, option: "--jixiaod", product: "jixiaod")
    }
    if selected.contains("client") { try Binaries.check(Binaries.jixiao, option: "--jixiao", product: "jixiao") }
} catch {
    print("JixiaoBenchmarks: \(error)")
    exit(2)
}
// The floors come first: the durable write figure is compared with the fdatasync floor.
if !selected.isDisjoint(with: ["floors", "write"]) { selected.insert("floors") }

let report = BenchReport()
print("JixiaoBenchmarks: \(allWorkloads.filter(selected.contains).joined(separator: ", ")); \(seconds) s per load run")
print("jixiaod: \(Binaries.jixiaod)")
print(
    "redis: \(RedisServer.isAvailable ? "redis-server found, same workloads against it" : "not installed (figures without ratios)")"
)
if selected.contains("floors") { try Floors.run(report) }
if !selected.isDisjoint(with: ["read", "write", "mixed", "cpu"]) {
    try ThroughputWorkloads(report: report, seconds: seconds, selected: selected).run()
}
try StartUpWorkloads(report: report, selected: selected).run()
if selected.contains("checker") { try checkerBenchmark() }
// Durable writes with 1, 8 and 64 writers on a small model (group commit), and start-up
// over a 1,000,000-record journal.
if selected.contains("durability") { try DurabilityBenchmarks.run() }
// AT over a 1,000,000-change journal, and live GET latency with and without it.
if selected.contains("historic") { try HistoricBenchmarks.run() }
print(report.summary())
try report.writeJSON(to: jsonPath)
print("results written to \(jsonPath)")
