import JixiaoCore
import JixiaoJournal
import JixiaoProtocol
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// `jixiaod --accept-loss`: makes a state directory whose listed files are missing or
/// damaged consistent again, losing exactly what the problems name and nothing else.
///
/// When the loss is only in the past (a newer whole snapshot holds the model), the files
/// stay as they are and the loss is recorded: `AT` and `HISTORY` over it answer `NOT_FOUND`.
/// When the model itself needs a lost record, it is rebuilt up to the record before the first
/// loss, the segments after it are moved to `<state>/lost/` (kept for whoever wants to dig),
/// and the model is written as a snapshot at the highest sequence that may have been
/// acknowledged, so that numbering goes on after it and no acknowledged number is used twice.
enum StateRecovery {
    /// What accepting did, for the manifest and the log.
    struct Outcome {
        /// The losses to record.
        var losses: [Manifest.Loss]
        /// Files whose damage was accepted and that stay (their manifest entries take the
        /// bytes now there).
        var rebaselined: Set<String>
        /// What was done, for the log.
        var actions: [String]
    }

    /// Accepts the problems.
    /// - Throws: what reading, loading or writing the files throws.
    static func accept(
        _ problems: [ManifestAudit.Problem],
        manifest: Manifest,
        statePath: String,
        now: Timestamp
    ) throws -> Outcome {
        var lost = problems.flatMap(\.lost)
        var actions: [String] = []
        var rebaselined: Set<String> = []
        let journal = statePath + "/journal"
        let broken = Set(problems.map(\.file))
        for problem in problems where problem.file.hasPrefix("snapshots/") && problem.what != "missing" {
            actions.append(try moveAside(problem.file, statePath: statePath))
        }
        let whole = try StateDirectory.snapshotNames(inState: statePath).filter { !broken.contains("snapshots/" + $0) }
        let newest = whole.last.flatMap(StateDirectory.sequence(ofFile:)) ?? 0
        guard let firstLost = lost.filter({ $0.upperBound > newest }).map({ max($0.lowerBound, newest + 1) }).min()
        else {
            // The model is whole from the newest snapshot on: only the past is lost.
            rebaselined = Set(problems.filter { $0.what != "missing" }.map(\.file))
            return Outcome(
                losses: merged(lost, problems: problems, at: now),
                rebaselined: rebaselined,
                actions: actions
            )
        }
        var highest = max(firstLost - 1, lost.map(\.upperBound).max() ?? 0)
        for name in try StateDirectory.segmentNames(in: journal) {
            let first = StateDirectory.sequence(ofFile: name) ?? 0
            let entry = manifest.segments.first { $0.name == name }
            if first >= firstLost {
                // Every record in it is lost, damaged or not: read past damage to its last.
                let bytes = (try? StateDirectory.readAll(journal + "/" + name)) ?? []
                let read = JournalScanner.salvage(bytes, expectedSequence: first, expectedLast: first - 1).lastRead
                let end = max(read, entry?.last ?? (first - 1))
                if end >= first { lost.append(first...end) }
                highest = max(highest, end)
                actions.append(try moveAside("journal/" + name, statePath: statePath))
            } else if let problem = problems.first(where: { $0.file == "journal/" + name }),
                let prefix = problem.validPrefix
            {
                // Damage inside the segment the model needs: keep a copy, cut it before the damage.
                let bytes = try StateDirectory.readAll(journal + "/" + name)
                try writeCopy(bytes, to: "journal/" + name, statePath: statePath)
                guard truncate(journal + "/" + name, off_t(prefix.bytes)) == 0 else {
                    throw JournalError.io(operation: "truncate", path: journal + "/" + name, errno: errno)
                }
                let end = max(entry?.last ?? 0, problem.lastRecord ?? 0, problem.lost.last?.upperBound ?? prefix.last)
                if end > prefix.last { lost.append((prefix.last + 1)...end) }
                highest = max(highest, end)
                rebaselined.insert("journal/" + name)
                actions.append("cut journal/\(name) after record \(prefix.last) (a copy is in lost/)")
            }
        }
        // Records the open segment took after the manifest last heard of it may be gone with
        // it: after an unclean stop, number after the reservation.
        if let open = manifest.openSegment, !manifest.openIsClean, broken.contains("journal/" + open.name) {
            highest = max(highest, manifest.reserved)
        }
        var state = try StateLoader.load(statePath: statePath, through: firstLost - 1, cutTornTail: false).state
        state.advance(to: highest)
        _ = try StateDirectory.writeSnapshot(
            ModelSnapshot.lines(state),
            at: highest,
            timestamp: now,
            statePath: statePath
        )
        try StateDirectory.createSegment(startingAt: highest + 1, journalPath: journal)
        actions.append(
            "the model is the one after record \(firstLost - 1), written as snapshot \(StateDirectory.snapshotName(at: highest)); "
                + "the next record is \(highest + 1)"
        )
        return Outcome(losses: merged(lost, problems: problems, at: now), rebaselined: rebaselined, actions: actions)
    }

    /// The lost ranges joined where they touch, each with the files involved.
    private static func merged(
        _ ranges: [ClosedRange<Int64>],
        problems: [ManifestAudit.Problem],
        at now: Timestamp
    )
        -> [Manifest.Loss]
    {
        var joined: [ClosedRange<Int64>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = joined.last, range.lowerBound <= last.upperBound + 1 {
                joined[joined.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                joined.append(range)
            }
        }
        let files = problems.map(\.file)
        if joined.isEmpty { return [Manifest.Loss(first: 0, last: -1, at: now, files: files)] }
        return joined.map { Manifest.Loss(first: $0.lowerBound, last: $0.upperBound, at: now, files: files) }
    }

    /// Moves a file to `<state>/lost/`.
    private static func moveAside(_ file: String, statePath: String) throws -> String {
        let folder = statePath + "/lost"
        if mkdir(folder, 0o750) != 0, errno != EEXIST {
            throw JournalError.io(operation: "mkdir", path: folder, errno: errno)
        }
        let target = folder + "/" + (file.split(separator: "/").last.map(String.init) ?? file)
        guard rename(statePath + "/" + file, target) == 0 else {
            throw JournalError.io(operation: "rename", path: statePath + "/" + file, errno: errno)
        }
        return "moved \(file) to lost/"
    }

    private static func writeCopy(_ bytes: [UInt8], to file: String, statePath: String) throws {
        let folder = statePath + "/lost"
        if mkdir(folder, 0o750) != 0, errno != EEXIST {
            throw JournalError.io(operation: "mkdir", path: folder, errno: errno)
        }
        let target = folder + "/" + (file.split(separator: "/").last.map(String.init) ?? file)
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw JournalError.io(operation: "open", path: target, errno: errno) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw JournalError.io(operation: "write", path: target, errno: errno)
        }
    }
}
