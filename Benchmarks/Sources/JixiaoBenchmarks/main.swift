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

// Durable writes with 1, 8 and 64 writers against a release jixiaod (group commit), and
// start-up over a 1,000,000-record journal.
try DurabilityBenchmarks.run()

// AT over a 1,000,000-change journal, and live GET latency with and without it.
try HistoricBenchmarks.run()
