import ArgumentParser
import JixiaoServer

extension Jixiaod {
    /// `--verify DIR`: prints what the state directory holds, or what is wrong with it.
    /// - Throws: exit code 1 when the journal is damaged or a record does not apply.
    func verifyStateDirectory(_ path: String) throws {
        let report: StateVerifier.Report
        do {
            report = try StateVerifier.verify(path: path)
        } catch {
            print("jixiaod --verify \(path): DAMAGED: \(error)")
            throw ExitCode.failure
        }
        var summary =
            "jixiaod --verify \(path): OK: \(report.segments) segment(s), \(report.records) record(s), "
            + "last sequence \(report.lastSequence), \(report.units) unit(s)"
        if report.snapshots > 0 {
            summary += ", \(report.snapshots) snapshot(s), \(report.snapshotsCompared) equal to the journal replayed"
        }
        print(summary)
        if let torn = report.tornTail { print("note: \(torn)") }
        if let note = report.snapshotNote { print("note: \(note)") }
    }
}
