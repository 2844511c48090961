import JixiaoJournal

#if canImport(Glibc)
import Glibc
#endif

/// The manifest as the state directory now is, carrying over what an earlier one knew
/// (removals, accepted losses, reservations): written at every start, and once from the
/// files alone for a state directory from before manifests.
enum ManifestBuilder {
    /// The manifest for the files on disk.
    /// - Parameters:
    ///   - previous: the manifest read at start-up, if any.
    ///   - rebaselined: files whose damage was accepted: their entries take the bytes now there.
    ///   - statePath: the state directory.
    ///   - lastSequence: the journal's last record (the open segment's last).
    /// - Throws: ``JournalError`` when an unlisted closed segment is damaged.
    static func current(
        previous: Manifest?,
        rebaselined: Set<String> = [],
        statePath: String,
        lastSequence: Int64
    ) throws -> Manifest {
        let journal = statePath + "/journal"
        let names = try StateDirectory.segmentNames(in: journal)
        var manifest = Manifest()
        if names.isEmpty {
            // The writer creates the first segment right after the manifest is written.
            let first = lastSequence + 1
            manifest.segments.append(
                Manifest.Segment(
                    name: StateDirectory.segmentName(startingAt: first),
                    first: first,
                    last: lastSequence,
                    open: true
                )
            )
        }
        for (index, name) in names.enumerated() {
            let first = StateDirectory.sequence(ofFile: name) ?? 1
            if index == names.count - 1 {
                manifest.segments.append(
                    Manifest.Segment(name: name, first: first, last: max(first - 1, lastSequence), open: true)
                )
                continue
            }
            let known = previous?.segments.first { $0.name == name && !$0.open }
            if let known, !rebaselined.contains("journal/" + name) {
                manifest.segments.append(known)
            } else if let known {
                let bytes = try StateDirectory.readAll(journal + "/" + name)
                var entry = known
                entry.bytes = bytes.count
                entry.checksum = CRC32C.checksum(bytes)
                manifest.segments.append(entry)
            } else {
                manifest.segments.append(try ManifestAudit.closedEntry(name, journalPath: journal))
            }
        }
        for name in try StateDirectory.snapshotNames(inState: statePath) {
            let known = previous?.snapshots.first { $0.name == name }
            if let known, !rebaselined.contains("snapshots/" + name) {
                manifest.snapshots.append(known)
            } else {
                manifest.snapshots.append(try ManifestAudit.snapshotEntry(name, statePath: statePath))
            }
        }
        manifest.removed = previous?.removed ?? []
        manifest.losses = previous?.losses ?? []
        manifest.reserved = max(previous?.reserved ?? 0, lastSequence + ManifestFile.reservationBlock)
        return manifest
    }
}
