import JixiaoCore
import JixiaoJournal

/// A journal record with the changes its lines hold, kept from its write until a sync makes
/// it durable and it is published to watchers. The lines are built once, when the change is
/// accepted, and serve the journal, the log and the watchers.
struct CommittedRecord: Sendable, Equatable {
    var record: JournalRecord
    var changes: [Change]
}
