import JixiaoCore
import JixiaoJournal
import JixiaoProtocol
import Testing

@testable import JixiaoServer

/// The commit log as a state machine, without files or sockets: what it asks the executor
/// to do, in which order, and what each request is answered.
@Suite struct CommitLogTests {
    static let indicator = "hongjiang 2024 dept peixun"
    static let start = ContinuousClock.now
    static let time = Timestamp(milliseconds: 1_700_000_000_000)

    /// A durable model at sequence 3: a unit, its year 2024 and an indicator (revision 3).
    static func model() throws -> ModelState {
        var model = ModelState()
        for (index, line) in [
            "UNIT CREATE hongjiang name=洪江", "YEAR CREATE hongjiang 2024",
            "INDICATOR CREATE \(indicator) level1=产出指标 level2=数量指标 name=培训 target=≥2次 actual=0",
        ].enumerated() {
            guard case .change(let change) = try command(line) else { throw Unexpected(line: line) }
            try model.apply(change, sequence: Int64(index + 1))
        }
        return model
    }

    static func command(_ line: String) throws -> Command {
        guard let command = try CommandParser.parse(line) else { throw Unexpected(line: line) }
        return command
    }

    struct Unexpected: Error { var line: String }

    /// The replies among actions, by ticket, as status lines without their row count (the
    /// checker's findings about the object changed).
    static func replies(_ actions: [CommitLog.Action]) -> [CommitLog.Ticket: String] {
        var replies: [CommitLog.Ticket: String] = [:]
        for case .reply(let ticket, let reply) in actions {
            var text = ""
            ReplyEncoder.encode(reply, format: .tsv, into: &text)
            let status = text.split(separator: "\n").first ?? ""
            replies[ticket] = status.split(separator: " ").filter { !$0.hasPrefix("rows=") }.joined(separator: " ")
        }
        return replies
    }

    /// The order of the tickets answered.
    static func answered(_ actions: [CommitLog.Action]) -> [CommitLog.Ticket] {
        actions.compactMap { if case .reply(let ticket, _) = $0 { ticket } else { nil } }
    }

    /// Submits one line and, when it is written, reports the write done.
    static func submit(
        _ log: inout CommitLog,
        _ lines: [String],
        ticket: CommitLog.Ticket,
        role: Role = .admin,
        transaction: Bool = false,
        at now: ContinuousClock.Instant = start
    ) throws -> [CommitLog.Action] {
        let commands = try lines.map(command)
        let actions = log.submit(
            commands,
            transaction: transaction,
            author: "clerk",
            role: role,
            at: time,
            ticket: ticket
        )
        guard case .write = actions.first else { return actions }
        return actions + log.written(at: now)
    }

    @Test func aConditionalChangeSeesAChangeWrittenButNotYetSynced() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        let key = try #require(try Self.key())
        let first = try Self.submit(&log, ["IF REV=3 INDICATOR UPDATE \(Self.indicator) actual=1次"], ticket: 0)
        #expect(first.count == 2)
        #expect(first.last == .scheduleSync(at: nil))
        // The same revision again, before the sync: refused, and the refusal waits for the
        // sync of the change it saw, so that nobody reads it before that change is durable.
        let second = try Self.submit(&log, ["IF REV=3 INDICATOR UPDATE \(Self.indicator) actual=2次"], ticket: 1)
        #expect(second.isEmpty)
        #expect(log.committed.revision(of: key) == 3)
        #expect(log.syncTimerFired(at: Self.start) == [.sync])
        let synced = log.synced()
        #expect(Self.answered(synced) == [0, 1])
        let replies = Self.replies(synced)
        #expect(replies[0] == "OK seq=4")
        #expect(
            replies[1]?.hasPrefix("ERR CONFLICT hongjiang/2024/dept/indicator/peixun is at revision 4, not 3") == true
        )
        #expect(log.committed.revision(of: key) == 4)
        #expect(log.committed == log.pending)
    }

    static func key() throws -> ObjectKey? {
        try command("INDICATOR UPDATE \(indicator) actual=1").changedObject
    }

    @Test func aChangeWithNothingQueuedBehindItIsSyncedInTheSameTurn() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        let submitted = log.submit(
            [try Self.command("INDICATOR UPDATE \(Self.indicator) actual=5次")],
            transaction: false,
            author: "clerk",
            role: .operator,
            at: Self.time,
            ticket: 0
        )
        guard case .write = submitted.first else {
            Issue.record("no write: \(submitted)")
            return
        }
        // Nothing on its way: sync now, no scheduled turn; nothing answered before it.
        #expect(log.written(at: Self.start, changesQueued: false) == [.sync])
        #expect(log.committed.sequence == 3)
        let synced = log.synced()
        #expect(Self.replies(synced) == [0: "OK seq=4"])
        #expect(log.committed.sequence == 4)
        #expect(log.syncs == 1)
    }

    @Test func changesQueuedBehindAWriteWaitForOneScheduledSyncThatCoversThemAll() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        func written(_ ticket: Int, queued: Bool) throws -> [CommitLog.Action] {
            let submitted = log.submit(
                [try Self.command("PROJECT CREATE hongjiang 2024 q\(ticket) name=项目")],
                transaction: false,
                author: "clerk",
                role: .admin,
                at: Self.time,
                ticket: ticket
            )
            guard case .write = submitted.first else { return submitted }
            return log.written(at: Self.start, changesQueued: queued)
        }
        // Two more on their way behind the first: the sync is scheduled behind them; the
        // last, with nothing behind it, joins the scheduled sync instead of syncing alone.
        #expect(try written(0, queued: true) == [.scheduleSync(at: nil)])
        #expect(try written(1, queued: true) == [])
        #expect(try written(2, queued: false) == [])
        #expect(log.syncTimerFired(at: Self.start) == [.sync])
        #expect(Self.answered(log.synced()) == [0, 1, 2])
        #expect(log.syncs == 1)
    }

    @Test func changesOfOneGroupShareOneSyncAndAreAnsweredInOrder() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        var actions: [CommitLog.Action] = []
        for ticket in 0..<3 {
            actions += try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 p\(ticket) name=项目"], ticket: ticket)
        }
        let writes = actions.compactMap { if case .write(let record) = $0 { record.sequence } else { nil } }
        #expect(writes == [4, 5, 6])
        #expect(actions.filter { $0 == .scheduleSync(at: nil) }.count == 1)
        #expect(Self.replies(actions).isEmpty)
        // Queries see nothing before the sync.
        #expect(log.committed.sequence == 3)
        let synced = log.syncTimerFired(at: Self.start) == [.sync] ? log.synced() : []
        guard case .showQueries(let shown) = synced.first else {
            Issue.record("queries must move on before any reply: \(synced)")
            return
        }
        #expect(shown.sequence == 6)
        #expect(Self.answered(synced) == [0, 1, 2])
        #expect(Self.replies(synced) == [0: "OK seq=4", 1: "OK seq=5", 2: "OK seq=6"])
        guard case .publish(let records)? = synced.first(where: { if case .publish = $0 { true } else { false } })
        else {
            Issue.record("no publish")
            return
        }
        #expect(records.map(\.record.sequence) == [4, 5, 6])
        #expect(log.syncs == 1)
    }

    @Test func aFailedSyncInTheMiddleOfAGroupFailsEveryWaiterAndTakesBothModelsBack() throws {
        let durable = try Self.model()
        var log = CommitLog(durable, policy: .always)
        _ = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 a name=甲"], ticket: 0)
        _ = try Self.submit(&log, ["IF REV=3 INDICATOR UPDATE \(Self.indicator) actual=1次"], ticket: 1)
        // Refused against the pending model: waits with the group.
        _ = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 a name=甲"], ticket: 2)
        let failed = log.failed("EIO")
        guard case .goReadOnly(let fault) = failed.first else {
            Issue.record("the journal must be cut back first: \(failed)")
            return
        }
        #expect(fault.unsyncedRecords == 2)
        #expect(fault.acknowledgedLost == nil)
        #expect(failed.contains(.showQueries(durable)))
        #expect(Self.answered(failed) == [0, 1, 2])
        #expect(Self.replies(failed).values.allSatisfy { $0.hasPrefix("ERR STORAGE") })
        #expect(log.pending == durable)
        #expect(log.committed == durable)
        #expect(log.fault == "EIO")
        // Read-only: refused at once; a late sync timer syncs nothing.
        let refused = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 b name=乙"], ticket: 3)
        #expect(Self.replies(refused)[3]?.hasPrefix("ERR STORAGE the daemon is read-only") == true)
        #expect(log.syncTimerFired(at: Self.start).isEmpty)
        // After RESUME the next change gets the next sequence after the durable one.
        log.resumed()
        let again = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 b name=乙"], ticket: 4)
        guard case .write(let record) = again.first else {
            Issue.record("not written: \(again)")
            return
        }
        #expect(record.sequence == 4)
    }

    @Test func aStorageFaultFoundOutsideAWriteFailsEveryWaiterAndTakesBothModelsBack() throws {
        let durable = try Self.model()
        var log = CommitLog(durable, policy: .always)
        _ = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 a name=甲"], ticket: 0)
        _ = try Self.submit(&log, ["IF REV=3 INDICATOR UPDATE \(Self.indicator) actual=1次"], ticket: 1)
        // Refused against the pending model: waits with the group.
        _ = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 a name=甲"], ticket: 2)
        // The journal's folder found removed (STATUS, heartbeat) before the group's sync.
        let failed = log.storageFailed("the journal folder was removed")
        guard case .goReadOnly(let fault) = failed.first else {
            Issue.record("the journal must be cut back first: \(failed)")
            return
        }
        #expect(fault.reason == "the journal folder was removed")
        #expect(fault.sequence == 4)
        #expect(fault.unsyncedRecords == 2)
        #expect(failed.contains(.showQueries(durable)))
        #expect(Self.answered(failed) == [0, 1, 2])
        #expect(Self.replies(failed).values.allSatisfy { $0.hasPrefix("ERR STORAGE") })
        #expect(log.pending == durable)
        #expect(log.committed == durable)
        #expect(log.fault == "the journal folder was removed")
        // Already read-only: a second fault (a snapshot failing after it) changes nothing.
        #expect(log.storageFailed("the snapshot could not be written").isEmpty)
        #expect(log.fault == "the journal folder was removed")
        #expect(log.syncRequested().isEmpty)
        let refused = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 b name=乙"], ticket: 3)
        #expect(Self.replies(refused)[3]?.hasPrefix("ERR STORAGE the daemon is read-only") == true)
    }

    @Test func aStorageFaultFoundWhileIdleInBatchModeTakesBackWhatWasAcknowledged() throws {
        let durable = try Self.model()
        var log = CommitLog(durable, policy: .batch(milliseconds: 100))
        let first = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 a name=甲"], ticket: 0)
        #expect(Self.replies(first) == [0: "OK seq=4"])
        let failed = log.storageFailed("could not start a new journal segment")
        guard case .goReadOnly(let fault) = failed.first else {
            Issue.record("the journal must be cut back first: \(failed)")
            return
        }
        #expect(fault.acknowledgedLost == 4...4)
        #expect(Self.answered(failed).isEmpty)
        #expect(failed.contains(.showQueries(durable)))
        #expect(log.committed == durable)
        #expect(log.pending == durable)
    }

    @Test func aFailedWriteAnswersItsRequestAndTheGroupStorage() throws {
        let durable = try Self.model()
        var log = CommitLog(durable, policy: .always)
        _ = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 a name=甲"], ticket: 0)
        let second = log.submit(
            [try Self.command("PROJECT CREATE hongjiang 2024 b name=乙")],
            transaction: false,
            author: "clerk",
            role: .admin,
            at: Self.time,
            ticket: 1
        )
        guard case .write = second.first else {
            Issue.record("not written: \(second)")
            return
        }
        let failed = log.failed("ENOSPC")
        #expect(Set(Self.answered(failed)) == [0, 1])
        guard case .goReadOnly(let fault) = failed.first else { return }
        #expect(fault.unsyncedRecords == 1)
        #expect(fault.sequence == 5)
        #expect(log.pending == durable)
    }

    @Test func anOperatorsChangeAfterAnUnsyncedSubmitIsLockedAndAnAdminsIsNot() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        // Forced: the model's indicator has no weight (the submit gate would refuse it).
        _ = try Self.submit(&log, ["YEAR SUBMIT hongjiang 2024 force=yes reason=原样报送"], ticket: 0)
        let operatorChange = try Self.submit(
            &log,
            ["INDICATOR UPDATE \(Self.indicator) actual=1次"],
            ticket: 1,
            role: .operator
        )
        #expect(operatorChange.isEmpty)
        let adminChange = try Self.submit(&log, ["INDICATOR UPDATE \(Self.indicator) actual=2次"], ticket: 2)
        guard case .write(let record) = adminChange.first else {
            Issue.record("an admin changes a submitted year: \(adminChange)")
            return
        }
        #expect(record.sequence == 5)
        let replies = Self.replies(log.synced())
        #expect(replies[0] == "OK seq=4")
        #expect(replies[1]?.hasPrefix("ERR LOCKED hongjiang 2024 is submitted") == true)
        #expect(replies[2] == "OK seq=5")
    }

    @Test func theSubmitGateJudgesThePendingModelAndATransactionsEarlierChanges() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        // Written, not yet synced: the indicator gets its weight and a full score on an unmet target.
        _ = try Self.submit(&log, ["INDICATOR UPDATE \(Self.indicator) weight=90 score=90"], ticket: 0)
        let blocked = try Self.submit(&log, ["YEAR SUBMIT hongjiang 2024"], ticket: 1)
        #expect(blocked.isEmpty, "held until the change it was judged against is synced")
        // Inside a transaction, the fixes ordered before the submit count (the actual meets the
        // target; the budget makes the 执行率 line scorable).
        let fixed = try Self.submit(
            &log,
            [
                "DEPT UPDATE hongjiang 2024 budget_full=100万元 executed=100万元",
                "INDICATOR UPDATE \(Self.indicator) actual=2次", "YEAR SUBMIT hongjiang 2024",
            ],
            ticket: 2,
            transaction: true
        )
        guard case .write(let record) = fixed.first else {
            Issue.record("not written: \(Self.replies(log.synced()))")
            return
        }
        #expect(record.lines.last == "YEAR SUBMIT hongjiang 2024")
        let replies = Self.replies(log.synced())
        #expect(replies[0] == "OK seq=4")
        #expect(replies[1]?.hasPrefix("ERR SUBMIT_BLOCKED hongjiang 2024 cannot be submitted") == true, "\(replies)")
        #expect(replies[2] == "OK seq=5 changes=3")
    }

    @Test func aTransactionChecksItsConditionsAgainstThePendingModelAndAppliesOnce() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        _ = try Self.submit(&log, ["INDICATOR UPDATE \(Self.indicator) actual=1次"], ticket: 0)
        let stale = try Self.submit(
            &log,
            ["PROJECT CREATE hongjiang 2024 a name=甲", "IF REV=3 INDICATOR UPDATE \(Self.indicator) actual=2次"],
            ticket: 1,
            transaction: true
        )
        #expect(stale.isEmpty)
        let fresh = try Self.submit(
            &log,
            ["PROJECT CREATE hongjiang 2024 a name=甲", "IF REV=4 INDICATOR UPDATE \(Self.indicator) actual=2次"],
            ticket: 2,
            transaction: true
        )
        guard case .write(let record) = fresh.first else {
            Issue.record("not written: \(fresh)")
            return
        }
        // One record, the condition not journaled.
        #expect(
            record.lines == [
                "PROJECT CREATE hongjiang 2024 a name=甲", "INDICATOR UPDATE hongjiang 2024 dept peixun actual=2次",
            ]
        )
        let refusedInPlace = try Self.submit(
            &log,
            ["PROJECT CREATE hongjiang 2024 b name=乙", "PROJECT CREATE hongjiang 2024 b name=乙"],
            ticket: 3,
            transaction: true
        )
        #expect(refusedInPlace.isEmpty)
        let empty = try Self.submit(&log, [], ticket: 4, transaction: true)
        #expect(empty.isEmpty)
        #expect(log.pending.sequence == 5)
        let replies = Self.replies(log.synced())
        #expect(replies[0] == "OK seq=4")
        #expect(replies[1]?.hasPrefix("ERR CONFLICT change 2 of 2:") == true)
        #expect(replies[2] == "OK seq=5 changes=2")
        #expect(replies[3]?.hasPrefix("ERR EXISTS change 2 of 2:") == true)
        // An empty COMMIT makes no record and takes no sequence.
        #expect(replies[4] == "OK seq=5 changes=0")
        #expect(log.committed.sequence == 5)
    }

    @Test func aRefusalWithNothingWaitingIsAnsweredAtOnce() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        let refused = try Self.submit(&log, ["IF REV=2 INDICATOR UPDATE \(Self.indicator) actual=1次"], ticket: 0)
        #expect(Self.replies(refused)[0]?.hasPrefix("ERR CONFLICT") == true)
        #expect(log.syncRequested().isEmpty)
    }

    @Test func batchModeAnswersAtOnceAndSyncsWhenTheDelayIsUp() throws {
        let durable = try Self.model()
        var log = CommitLog(durable, policy: .batch(milliseconds: 100))
        let first = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 a name=甲"], ticket: 0)
        #expect(Self.replies(first) == [0: "OK seq=4"])
        #expect(first.last == .scheduleSync(at: Self.start + .milliseconds(100)))
        #expect(log.committed.sequence == 4)
        let later = Self.start + .milliseconds(30)
        let second = try Self.submit(
            &log,
            ["IF REV=4 PROJECT UPDATE hongjiang 2024 a name=乙"],
            ticket: 1,
            at: later
        )
        #expect(Self.replies(second) == [1: "OK seq=5"])
        #expect(!second.contains { if case .scheduleSync = $0 { true } else { false } })
        // A timer that fires early syncs nothing and asks again for the deadline.
        #expect(log.syncTimerFired(at: later) == [.scheduleSync(at: Self.start + .milliseconds(100))])
        #expect(log.syncTimerFired(at: Self.start + .milliseconds(100)) == [.sync])
        let synced = log.synced()
        #expect(Self.answered(synced).isEmpty)
        #expect(synced.contains { if case .publish(let records) = $0 { records.count == 2 } else { false } })
        #expect(log.durable.sequence == 5)
        // A failed sync in batch mode takes back what was acknowledged and says so.
        _ = try Self.submit(&log, ["PROJECT CREATE hongjiang 2024 c name=丙"], ticket: 2, at: later)
        let failed = log.failed("EIO")
        guard case .goReadOnly(let fault) = failed.first else { return }
        #expect(fault.acknowledgedLost == 6...6)
        #expect(log.committed.sequence == 5)
    }

    @Test func aValueLongerThanFreeTextIsRefusedBeforeItIsApplied() throws {
        var log = CommitLog(try Self.model(), policy: .always)
        let long = String(repeating: "多", count: 2001)
        let refused = try Self.submit(&log, ["INDICATOR UPDATE \(Self.indicator) actual=\(long)"], ticket: 0)
        #expect(Self.replies(refused)[0]?.hasPrefix("ERR BAD_VALUE actual= has 2001 characters") == true)
        let longest = String(repeating: "多", count: 2000)
        let accepted = try Self.submit(&log, ["INDICATOR UPDATE \(Self.indicator) actual=\(longest)"], ticket: 1)
        #expect(accepted.first.map { if case .write = $0 { true } else { false } } == true)
    }

    @Test func aWorkingCopyChangedInPlaceEndsEqualToOneChangedByApplyAndRefusesTheSame() throws {
        let lines = [
            "PROJECT CREATE hongjiang 2024 a name=甲 budget_initial=15万元", "PROJECT CREATE hongjiang 2024 a name=甲",
            "PROJECT CREATE hongjiang 2025 b name=乙",
            "PROJECT CREATE nowhere 2024 b name=乙",
            "INDICATOR CREATE hongjiang 2024 a cishu level1=产出指标 level2=数量指标 name=次数 target=≥2次 weight=10",
            "INDICATOR UPDATE hongjiang 2024 a cishu actual=3次 score=10",
            "INDICATOR UPDATE hongjiang 2024 a cishu score=11",
            "INDICATOR UPDATE hongjiang 2024 zzz cishu actual=1", "INDICATOR UPDATE \(Self.indicator) actual=1次",
            "PAYMENT ADD hongjiang 2024 a date=2024-03-01 amount=1万元",
            "GOAL ADD hongjiang 2024 a kind=expected text=目标",
            "LINE SET hongjiang 2024 a source.current initial=15万元", "INDICATOR DELETE hongjiang 2024 a cishu",
            "INDICATOR DELETE hongjiang 2024 a cishu", "YEAR UPDATE hongjiang 2024 staff_actual=3",
        ]
        var applied = try Self.model()
        var inPlace = applied
        var made = 0
        for (index, line) in lines.enumerated() {
            guard case .change(let change) = try Self.command(line) else { throw Unexpected(line: line) }
            let sequence = Int64(4 + index)
            var byApply: DomainError?
            var byWorkingCopy: DomainError?
            do { try applied.apply(change, sequence: sequence) } catch { byApply = error }
            var copy = inPlace
            do { try copy.applyToWorkingCopy(change, sequence: sequence) } catch { byWorkingCopy = error }
            #expect("\(String(describing: byApply))" == "\(String(describing: byWorkingCopy))", "\(line)")
            if byWorkingCopy == nil {
                inPlace = copy
                made += 1
            }
            #expect(applied == inPlace, "\(line)")
        }
        #expect(made >= 9, "\(made) of \(lines.count) lines made")
    }
}
