import JixiaoCore
import JixiaoJournal
import JixiaoProtocol
import Logging

extension StateExecutor {
    /// `SNAPSHOT` (and the automatic one): writes the model to `<state>/snapshots` without
    /// stopping writes.
    ///
    /// On the executor, in one turn: sync what was written (so the committed model is every
    /// record written), take that model (a copy-on-write copy, O(1)) and its sequence S, and
    /// start a new journal segment at S + 1. Off the executor: the model becomes lines and
    /// the lines a file (written, synced, renamed, folder synced), while changes go on into
    /// the new segment. Then retention removes what it no longer keeps. One at a time.
    /// - Returns: `OK seq=S bytes=B file=NAME`, or `ERR CONFLICT` while another is written,
    ///   `ERR STORAGE` when the segment could not be rolled or the file could not be written or
    ///   recorded in the manifest: a storage fault like a failed sync (the daemon turns read-only).
    /// - Parameter claimed: whether the caller already set `snapshotInProgress` (the automatic one).
    func snapshot(claimed: Bool = false) async -> Reply {
        guard let directory else {
            if claimed { snapshotInProgress = false }
            return .error(ProtocolError(.internal, "this executor has no state directory to snapshot into"))
        }
        guard claimed || !snapshotInProgress else {
            return .error(ProtocolError(.conflict, "a snapshot is being written; try again when it is done"))
        }
        snapshotInProgress = true
        defer { snapshotInProgress = false }
        syncNow()
        if let storageFault {
            return .error(ProtocolError(.storage, "the daemon is read-only after a storage fault (\(storageFault))"))
        }
        let model = state
        let sequence = model.sequence
        lastSnapshotAttempt = sequence
        do {
            writer = try directory.rollSegment(writer, nextSequence: sequence + 1)
        } catch {
            // The journal cannot go on as planned: a storage fault like a failed sync.
            perform(log.storageFailed("\(error)"))
            return .error(ProtocolError(.storage, "could not start a new journal segment: \(error)"))
        }
        let timestamp = clock()
        let statePath = directory.path
        let started = ContinuousClock.now
        let written = await Task.detached { () -> Result<(path: String, bytes: Int, checksum: UInt32), JournalError> in
            let lines = ModelSnapshot.lines(model)
            return Result { () throws(JournalError) in
                try StateDirectory.writeSnapshot(lines, at: sequence, timestamp: timestamp, statePath: statePath)
            }
        }.value
        switch written {
        case .failure(let error):
            perform(log.storageFailed("\(error)"))
            return .error(ProtocolError(.storage, "the snapshot could not be written: \(error)"))
        case .success(let file):
            let name = String(file.path.split(separator: "/").last ?? "")
            do {
                try writer.manifest?.update { manifest in
                    manifest.snapshots.removeAll { $0.name == name }
                    manifest.snapshots.append(
                        Manifest.Snapshot(name: name, sequence: sequence, bytes: file.bytes, checksum: file.checksum)
                    )
                }
            } catch {
                perform(log.storageFailed("\(error)"))
                return .error(ProtocolError(.storage, "the snapshot could not be recorded in the manifest: \(error)"))
            }
            lastSnapshot = max(lastSnapshot, sequence)
            logger.notice(
                "snapshot written",
                metadata: [
                    "journal.seq": "\(sequence)", "snapshot.file": "\(name)", "snapshot.bytes": "\(file.bytes)",
                    "snapshot.duration": "\(ContinuousClock.now - started)",
                ]
            )
            applyRetention(directory)
            return .ok("seq=\(sequence)", "bytes=\(file.bytes)", "file=\(name)")
        }
    }

    /// The last snapshot written or loaded, for `STATUS`: `seq=S`, or `nil` while there is none.
    public func lastSnapshotDescription() -> String? {
        lastSnapshot > 0 ? "seq=\(lastSnapshot)" : nil
    }

    /// Starts a snapshot in the background when `snapshot_every` records were made since
    /// the last one.
    func snapshotIfDue() {
        let every = snapshotSettings.every
        let since = state.sequence - max(lastSnapshot, lastSnapshotAttempt)
        guard every > 0, !snapshotInProgress, storageFault == nil, since >= every else {
            return
        }
        snapshotInProgress = true  // claimed now, so that the next sync does not start another
        Task { _ = await self.snapshot(claimed: true) }
    }

    /// Removes the segments and snapshots `journal_retention` no longer keeps.
    private func applyRetention(_ directory: StateDirectory) {
        do {
            let (segments, snapshots) = snapshotSettings.retention.removable(
                segments: try directory.segmentNames(),
                snapshots: try StateDirectory.snapshotNames(inState: directory.path)
            )
            guard !segments.isEmpty || !snapshots.isEmpty else { return }
            // The manifest says they were removed on purpose before they go, so that a crash
            // in between never makes retention look like a loss.
            let now = clock()
            try writer.manifest?.update { manifest in
                for name in segments {
                    guard let entry = manifest.segments.first(where: { $0.name == name }) else { continue }
                    manifest.removed.append(
                        Manifest.Removal(kind: "segment", name: name, first: entry.first, last: entry.last, at: now)
                    )
                }
                for name in snapshots {
                    let at = StateDirectory.sequence(ofFile: name) ?? 0
                    manifest.removed.append(
                        Manifest.Removal(kind: "snapshot", name: name, first: at, last: at, at: now)
                    )
                }
                manifest.segments.removeAll { segments.contains($0.name) }
                manifest.snapshots.removeAll { snapshots.contains($0.name) }
            }
            try directory.remove(segments: segments, snapshots: snapshots)
            logger.notice(
                "retention removed old journal segments and snapshots",
                metadata: [
                    "retention": "\(snapshotSettings.retention)",
                    "removed.segments": "\(segments.joined(separator: ","))",
                    "removed.snapshots": "\(snapshots.joined(separator: ","))",
                ]
            )
        } catch {
            logger.error("retention could not remove old files", metadata: ["error": "\(error)"])
        }
    }
}
