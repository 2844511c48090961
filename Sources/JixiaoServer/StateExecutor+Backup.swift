import JixiaoJournal
import JixiaoProtocol
import Logging

extension StateExecutor {
    /// `BACKUP`: a consistent, restorable cut of the state, read while no change can be
    /// made (the executor is busy reading), every record checked.
    ///
    /// While the journal still starts at record 1, the rows are every segment's records in
    /// order, up to the last synced one: one journal segment that restores as
    /// `<state>/journal/00000000000000000001.jxj` (`OK seq=N first=1`). When retention
    /// removed older segments, the rows are the newest snapshot's file and then the records
    /// after it (`OK seq=N first=F snapshot=NAME snapshot_rows=K`): the first K rows restore
    /// as `<state>/snapshots/NAME`, the rest as `<state>/journal/<F, 20 digits>.jxj`.
    func backup() -> Reply {
        do {
            let (journal, last, first, snapshot) = try backupParts()
            var rows: [[String]] = []
            var words = ["seq=\(last)", "first=\(first)"]
            if let snapshot {
                let snapshotRows = Self.lines(snapshot.bytes)
                rows += snapshotRows
                words += ["snapshot=\(snapshot.name)", "snapshot_rows=\(snapshotRows.count)"]
            }
            rows += Self.lines(journal)
            logger.notice(
                "BACKUP taken",
                metadata: [
                    "journal.seq": "\(last)", "backup.bytes": "\(journal.count + (snapshot?.bytes.count ?? 0))",
                    "backup.snapshot": "\(snapshot?.name ?? "none")",
                ]
            )
            return Reply(.ok(words), table: RowTable(columns: ["line"], rows: rows))
        } catch {
            logger.error("BACKUP failed", metadata: ["error": "\(error)"])
            return .error(ProtocolError(.storage, "the journal could not be read for a backup: \(error)"))
        }
    }

    /// The journal bytes from the first segment a restore needs, their last sequence and
    /// first sequence, and the snapshot they start after (when the journal does not start at 1).
    private func backupParts() throws -> (
        journal: [UInt8], last: Int64, first: Int64, snapshot: (name: String, bytes: [UInt8])?
    ) {
        let current = String(writer.path.split(separator: "/").last ?? "")
        guard let directory else {
            let (bytes, last) = try writer.syncedRecords()
            return (bytes, last, StateDirectory.sequence(ofFile: current) ?? 1, nil)
        }
        let manifest = writer.manifest?.manifest
        if let manifest {
            let problems = ManifestAudit.problems(in: manifest, statePath: directory.path)
            guard !ManifestAudit.refusesStart(problems) else {
                throw StateLoaderError(
                    reason: "the state directory no longer holds what its manifest lists: "
                        + problems.filter { !$0.lost.isEmpty }.map(\.description).joined(separator: "; ")
                )
            }
        }
        let segments = try directory.segmentNames()
        var needed = segments[...]
        var snapshot: (name: String, bytes: [UInt8])?
        let hasGaps = manifest?.losses.contains { $0.last >= $0.first } ?? false
        if segments.first != StateDirectory.segmentName(startingAt: 1) || hasGaps {
            let names = try StateDirectory.snapshotNames(inState: directory.path)
            guard let name = names.last, let at = StateDirectory.sequence(ofFile: name) else {
                throw StateLoaderError(reason: "the journal does not start at record 1 and there is no snapshot")
            }
            snapshot = (name, try StateDirectory.checkedSnapshotBytes(name, statePath: directory.path))
            let start = segments.lastIndex { (StateDirectory.sequence(ofFile: $0) ?? 0) <= at + 1 } ?? 0
            needed = segments[start...]
        }
        var bytes: [UInt8] = []
        var last: Int64 = 0
        for name in needed {
            if name == current {
                let synced = try writer.syncedRecords()
                bytes += synced.bytes
                last = synced.lastSequence
            } else {
                let closed = try StateDirectory.checkedSegment(name, journalPath: directory.journalPath)
                bytes += closed.bytes
                last = closed.lastSequence
            }
        }
        let first = needed.first.flatMap(StateDirectory.sequence(ofFile:)) ?? 1
        return (bytes, last, first, snapshot)
    }

    private static func lines(_ bytes: [UInt8]) -> [[String]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map {
            [String(decoding: $0, as: UTF8.self)]
        }
    }
}
