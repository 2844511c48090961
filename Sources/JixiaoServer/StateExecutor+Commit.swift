import JixiaoCore
import JixiaoJournal
import JixiaoProtocol
import Logging
import NIOCore

extension StateExecutor {
    /// A change written to the journal and waiting for the sync that makes it durable.
    struct Waiter {
        var continuation: CheckedContinuation<Reply, Never>
        /// The reply it gets once durable, worked out when it was prepared.
        var reply: Reply
        var sequence: Int64
        var author: String
        var changes: [Change]
    }

    /// Journals changes as one record and applies them: all or nothing.
    ///
    /// The changes are worked out against the pending model, so a change validates against
    /// those written before it but not yet synced. The record is written at once; with
    /// `--fsync always` the caller then waits for the next sync, which covers every record
    /// written since the last one, and only after it does the committed model move on.
    func commit(_ changes: [Change], author: String) async -> Reply {
        if let storageFault {
            return .error(
                ProtocolError(
                    .storage,
                    "the daemon is read-only after a storage fault (\(storageFault)); "
                        + "free space, then an admin sends RESUME"
                )
            )
        }
        let sequence = pending.sequence + 1
        // Several changes are worked out on a copy, so that a refused one leaves the pending
        // model as it was. One change is applied in place: `apply` changes nothing when it
        // throws. In place, only the first change after a sync copies the model's top level
        // (the committed model still shares it), not every change of a group commit (the
        // copy and its release were a fifth of a write's time in the profile). A failed
        // journal write below puts the durable model back either way.
        do {
            if changes.count == 1 {
                try pending.apply(changes[0], sequence: sequence)
            } else {
                var scratch = pending
                for change in changes { try scratch.apply(change, sequence: sequence) }
                pending = scratch
            }
        } catch {
            return .error(ProtocolError(error))
        }
        let record = JournalRecord(
            sequence: sequence,
            timestamp: clock(),
            author: author,
            lines: changes.map(\.commandLine)
        )
        do {
            try writer.write([record])
        } catch {
            // The refused change is in the pending model already: not one of the lost ones.
            enterReadOnly(error, sequence: sequence, lastWritten: sequence - 1)
            return Self.storageError(error)
        }
        unpublished.append(CommittedRecord(record: record, changes: changes))
        let reply = Self.reply(to: changes, sequence: sequence, in: pending, checker: checker)
        switch policy {
        case .always:
            return await withCheckedContinuation { continuation in
                waiters.append(
                    Waiter(
                        continuation: continuation,
                        reply: reply,
                        sequence: sequence,
                        author: author,
                        changes: changes
                    )
                )
                scheduleSync(after: nil)
            }
        case .batch(let milliseconds):
            state = pending
            logChanges(changes, sequence: sequence, author: author)
            scheduleSync(after: .milliseconds(Int64(milliseconds)))
            return reply
        }
    }

    /// Arranges one sync for everything written so far. Without a delay the sync is queued
    /// behind the requests already waiting for the executor, so that all of them join it.
    private func scheduleSync(after delay: TimeAmount?) {
        guard !syncScheduled else { return }
        syncScheduled = true
        if let delay {
            loop.scheduleTask(in: delay) { Task { await self.syncNow() } }
        } else {
            Task { self.syncNow() }
        }
    }

    /// Syncs what was written, then commits the pending model and answers every waiter.
    func syncNow() {
        syncScheduled = false
        guard storageFault == nil, writer.hasUnsyncedBytes || !waiters.isEmpty else { return }
        do {
            try writer.sync()
        } catch {
            enterReadOnly(error, sequence: waiters.first?.sequence ?? pending.sequence)
            return
        }
        syncs += 1
        durable = pending
        state = pending
        publish(unpublished)
        unpublished = []
        let answered = waiters
        waiters = []
        for waiter in answered {
            logChanges(waiter.changes, sequence: waiter.sequence, author: waiter.author)
            waiter.continuation.resume(returning: waiter.reply)
        }
        snapshotIfDue()
    }

    /// A write or sync failed: nothing since the last good sync is durable. The model goes
    /// back to the last synced one, the file is cut back to match, every waiter is told
    /// `ERR STORAGE`, and the journal refuses writes until ``resume()``.
    func enterReadOnly(_ error: JournalError, sequence: Int64, lastWritten: Int64? = nil) {
        let lastWritten = lastWritten ?? pending.sequence
        let lost = lastWritten - durable.sequence
        storageFault = "\(error)"
        logger.critical(
            "STORAGE FAULT: the journal could not be written or synced; the daemon is now READ-ONLY. Reads go on; free space or fix the disk, then send RESUME",
            metadata: [
                "journal.seq": "\(sequence)", "error": "\(error)",
                "journal.unsynced_records": "\(lost)", "fsync": "\(policy)",
            ]
        )
        do {
            try writer.discardUnsynced()
        } catch {
            logger.critical(
                "could not cut the journal back to its last synced record; RESUME will try again",
                metadata: ["error": "\(error)"]
            )
        }
        if case .batch = policy, lost > 0 {
            logger.critical(
                "--fsync batch: changes that were acknowledged but never synced are taken back",
                metadata: ["journal.seq.first": "\(durable.sequence + 1)", "journal.seq.last": "\(lastWritten)"]
            )
        }
        pending = durable
        state = durable
        unpublished = []
        let failed = waiters
        waiters = []
        for waiter in failed { waiter.continuation.resume(returning: Self.storageError(error)) }
    }

    /// `RESUME`: after a storage fault, reopens the journal (cut back to its last synced
    /// record and synced) and accepts writes again.
    func resume() -> Reply {
        guard let fault = storageFault else { return .ok("mode=read-write") }
        do {
            writer = try writer.reopened()
        } catch {
            logger.error("RESUME failed; the daemon stays read-only", metadata: ["error": "\(error)"])
            return Self.storageError(error)
        }
        storageFault = nil
        logger.notice(
            "RESUME: the journal accepts writes again",
            metadata: ["journal.seq": "\(durable.sequence)", "previous.fault": "\(fault)"]
        )
        return .ok("mode=read-write", "seq=\(durable.sequence)")
    }

    private static func storageError(_ error: JournalError) -> Reply {
        .error(ProtocolError(.storage, "the change could not be made durable: \(error)"))
    }

    private func logChanges(_ changes: [Change], sequence: Int64, author: String) {
        for change in changes {
            var metadata: Logger.Metadata = [
                "journal.seq": "\(sequence)", "op.author": "\(author)", "change": "\(change.commandLine)",
            ]
            if let key = change.key {
                metadata["object"] = "\(key)"
                metadata["object.unit"] = "\(key.unit)"
                switch key {
                case .year(_, let year): metadata["object.year"] = "\(year)"
                case .expenditure(let expenditure), .part(let expenditure, _):
                    metadata["object.year"] = "\(expenditure.year)"
                case .unit: break
                }
            }
            logger.info("change", metadata: metadata)
        }
    }

    /// The acknowledgement of a change, worked out in the model right after it.
    private static func reply(to changes: [Change], sequence: Int64, in state: ModelState, checker: Checker) -> Reply {
        var words = ["seq=\(sequence)"]
        if case .add(let key, let kind, _) = changes.last, let id = lastID(kind, of: key, in: state) {
            words.append("id=\(id)")
        }
        let findings = changes.flatMap { findingsAbout($0, in: state, checker: checker) }
        return Reply(.ok(words), table: findings.isEmpty ? nil : FindingTables.findings(findings))
    }

    /// What the checker finds about the object a change touched, so that the operator sees
    /// the problem as they type.
    private static func findingsAbout(_ change: Change, in state: ModelState, checker: Checker) -> [Finding] {
        guard var key = change.key else { return [] }
        // An added item is the object touched, not its whole expenditure: otherwise every
        // payment entered would repeat the expenditure's own findings (weights, totals).
        if case .add(let expenditure, let kind, _) = change, let id = lastID(kind, of: expenditure, in: state) {
            switch kind {
            case .adjustment: key = .part(expenditure, .adjustment(id))
            case .payment: key = .part(expenditure, .payment(id))
            case .goal: key = .part(expenditure, .goal(id))
            }
        }
        let scope: (Code, FiscalYear, Owner?)
        switch key {
        case .unit: return []
        case .year(let unit, let year): scope = (unit, year, nil)
        case .expenditure(let expenditure), .part(let expenditure, _):
            scope = (expenditure.unit, expenditure.year, expenditure.owner)
        }
        guard let year = try? state.year(scope.0, scope.1) else { return [] }
        let rules = (try? state.ruleSet(of: year)) ?? .standard
        return checker.check(year, of: scope.0, owner: scope.2, rules: rules).filter { $0.involved.contains(key) }
    }

    private static func lastID(_ kind: NumberedKind, of key: ExpenditureKey, in state: ModelState) -> Int? {
        guard let expenditure = try? state.expenditure(key) else { return nil }
        switch kind {
        case .adjustment: return expenditure.adjustmentList.last?.id
        case .payment: return expenditure.paymentList.last?.id
        case .goal: return expenditure.goalList.last?.id
        }
    }
}
