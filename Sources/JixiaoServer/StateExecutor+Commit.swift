import JixiaoCore
import JixiaoJournal
import JixiaoProtocol
import Logging
import NIOCore
import Synchronization

/// Group commit's I/O: the ``CommitLog`` decides (preconditions, ordering, which replies a
/// sync releases, what a fault takes back), the executor writes and syncs the journal,
/// answers the waiting requests and tells the watchers.
extension StateExecutor {
    /// Makes changes through the commit log and waits for their reply: `OK seq=N` once
    /// durable (with `--fsync always`) or once written (`--fsync batch`), or the refusal.
    /// - Parameters:
    ///   - commands: a change (or `IF REV`, `CARRYOVER`), or a transaction's queued changes.
    ///   - transaction: whether it is a `COMMIT`.
    ///   - author: who makes it, for the journal.
    ///   - role: the requester's role, for the year lock.
    ///
    /// The request goes to the executor's loop as a plain task, and its reply goes straight
    /// back to the caller's own executor: no hop through the actor on the way back, and the
    /// count of changes on their way tells the commit log whether to sync at once.
    nonisolated func commit(_ commands: [Command], transaction: Bool, author: String, role: Role) async -> Reply {
        changesOnTheirWay.wrappingAdd(1, ordering: .relaxed)
        return await withCheckedContinuation { continuation in
            loop.execute {
                self.assumeIsolated { executor in
                    executor.changesOnTheirWay.wrappingSubtract(1, ordering: .relaxed)
                    executor.submit(commands, transaction: transaction, author: author, role: role, continuation)
                }
            }
        }
    }

    /// Hands a request to the commit log; the continuation is resumed with its reply.
    private func submit(
        _ commands: [Command],
        transaction: Bool,
        author: String,
        role: Role,
        _ continuation: CheckedContinuation<Reply, Never>
    ) {
        let ticket = nextTicket
        nextTicket += 1
        replies[ticket] = continuation
        perform(log.submit(commands, transaction: transaction, author: author, role: role, at: clock(), ticket: ticket))
    }

    /// Carries out the commit log's actions in order, reporting each write and sync back.
    func perform(_ actions: [CommitLog.Action]) {
        for action in actions {
            switch action {
            case .write(let record):
                do {
                    try writer.write([record])
                } catch {
                    perform(log.failed("\(error)"))
                    continue
                }
                perform(log.written(at: .now, changesQueued: changesOnTheirWay.load(ordering: .relaxed) > 0))
            case .sync:
                do {
                    try writer.sync()
                } catch {
                    perform(log.failed("\(error)"))
                    continue
                }
                perform(log.synced())
                snapshotIfDue()
            case .scheduleSync(let deadline):
                if let deadline {
                    let wait = ContinuousClock.now.duration(to: deadline)
                    let nanoseconds = max(
                        0,
                        wait.components.seconds * 1_000_000_000 + wait.components.attoseconds / 1_000_000_000
                    )
                    loop.scheduleTask(in: .nanoseconds(nanoseconds)) { self.assumeIsolated { $0.syncTimerFired() } }
                } else {
                    // Queued behind the requests already waiting for the executor, so that
                    // all of them join this sync.
                    loop.execute { self.assumeIsolated { $0.syncTimerFired() } }
                }
            case .showQueries(let model):
                committed.withLock { $0 = model }
            case .reply(let ticket, let reply):
                replies.removeValue(forKey: ticket)?.resume(returning: reply)
            case .publish(let records):
                publish(records)
            case .logChanges(let record):
                logChanges(record)
            case .goReadOnly(let fault):
                enterReadOnly(fault)
            }
        }
    }

    private func syncTimerFired() {
        perform(log.syncTimerFired(at: .now))
    }

    /// Syncs what was written, if anything waits for a sync (shutdown, snapshot).
    func syncNow() {
        perform(log.syncRequested())
    }

    /// A write or sync failed, or a storage fault was found outside one (see
    /// ``CommitLog/storageFailed(_:)``): the journal is cut back to its last synced record and
    /// the daemon is read-only until ``resume()`` (the commit log took the models back and
    /// answers every waiter `ERR STORAGE`).
    private func enterReadOnly(_ fault: CommitLog.StorageFault) {
        logger.critical(
            "STORAGE FAULT: the journal could not be written or synced; the daemon is now READ-ONLY. Reads go on; free space or fix the disk, then send RESUME",
            metadata: [
                "journal.seq": "\(fault.sequence)", "error": "\(fault.reason)",
                "journal.unsynced_records": "\(fault.unsyncedRecords)", "fsync": "\(policy)",
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
        if let lost = fault.acknowledgedLost {
            logger.critical(
                "--fsync batch: changes that were acknowledged but never synced are taken back",
                metadata: ["journal.seq.first": "\(lost.lowerBound)", "journal.seq.last": "\(lost.upperBound)"]
            )
        }
    }

    /// `RESUME`: after a storage fault, reopens the journal (cut back to its last synced
    /// record and synced) and accepts writes again.
    func resume() -> Reply {
        guard let fault = storageFault else { return .ok("mode=read-write") }
        do {
            writer = try writer.reopened()
        } catch {
            logger.error("RESUME failed; the daemon stays read-only", metadata: ["error": "\(error)"])
            return CommitLog.storageError("\(error)")
        }
        log.resumed()
        logger.notice(
            "RESUME: the journal accepts writes again",
            metadata: ["journal.seq": "\(durable.sequence)", "previous.fault": "\(fault)"]
        )
        return .ok("mode=read-write", "seq=\(durable.sequence)")
    }

    /// Logs an acknowledged record's changes, one line each, with the journal's own lines.
    private func logChanges(_ committed: CommittedRecord) {
        // The metadata is built for each change: not at all when nobody reads it.
        guard logger.logLevel <= .info else { return }
        let record = committed.record
        for (index, change) in committed.changes.enumerated() {
            var metadata: Logger.Metadata = [
                "journal.seq": "\(record.sequence)", "op.author": "\(record.author)",
                "change": "\(index < record.lines.count ? record.lines[index] : change.commandLine)",
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
}
