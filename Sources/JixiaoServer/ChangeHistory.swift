import JixiaoCore
import JixiaoJournal
import JixiaoProtocol

/// `HISTORY`: an object's changes read from the journal, each with when, who, and the
/// object's fields before and after.
///
/// The journal is replayed from the start (up to the durable sequence), so the fields
/// before a change are those of the model right before it. An object's history includes
/// the objects inside it (a project's indicators) and the deletion of what holds it.
enum ChangeHistory {
    /// The history's columns.
    static let columns = ["seq", "time", "author", "object", "action", "change", "before", "after"]

    /// The rows for a request, oldest first.
    /// - Parameters:
    ///   - request: the object and the time bounds.
    ///   - durable: the last durable sequence; nothing after it is read.
    ///   - journalPath: the journal folder.
    /// - Throws: ``JournalError``, ``ServerError``.
    static func table(_ request: HistoryRequest, durable: Int64, journalPath: String) throws -> RowTable {
        var state = ModelState()
        var rows: [[String]] = []
        let scope = request.object
        try HistoricState.records(after: 0, through: durable, journalPath: journalPath) { record in
            let time = record.timestamp.milliseconds
            let shown = time >= (request.from ?? Int64.min) && time <= (request.to ?? Int64.max)
            for line in record.lines {
                guard case .change(let change)? = try? CommandParser.parse(line) else {
                    throw ServerError.replay(sequence: record.sequence, line: line, reason: "not a change")
                }
                var deleting = false
                var adding = false
                if case .delete = change { deleting = true }
                if case .add = change { adding = true }
                let candidate =
                    shown
                    && change.key.map { key in
                        scope.encloses(key) || ((deleting || adding) && key.encloses(scope))
                    } ?? false
                let before = candidate && !adding ? change.key.flatMap { state.fields(of: $0) } : nil
                do {
                    try state.apply(change, sequence: record.sequence)
                } catch {
                    throw ServerError.replay(sequence: record.sequence, line: line, reason: "\(error)")
                }
                guard candidate, let object = state.touchedKey(by: change) else { continue }
                guard scope.encloses(object) || (deleting && object.encloses(scope)) else { continue }
                let after = deleting ? nil : state.fields(of: object)
                rows.append(row(record, object: object, line: line, before: before, after: after))
            }
            state.advance(to: record.sequence)
        }
        return RowTable(columns: columns, rows: rows)
    }

    /// One row: the action and the fields that differ (all of them for a creation or a
    /// deletion), as `key=value` words; a cleared field shows as `key=`.
    private static func row(
        _ record: JournalRecord,
        object: ObjectKey,
        line: String,
        before: [FieldAssignment]?,
        after: [FieldAssignment]?
    ) -> [String] {
        let action: String
        var old: [String] = []
        var new: [String] = []
        switch (before, after) {
        case (nil, let after?):
            action = "created"
            new = after.map { WordQuoting.keyed($0.key, $0.value) }
        case (let before?, nil):
            action = "deleted"
            old = before.map { WordQuoting.keyed($0.key, $0.value) }
        case (let before?, let after?):
            action = "changed"
            let oldValues = Dictionary(before.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            let newValues = Dictionary(after.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            var keys = before.map(\.key)
            keys += after.map(\.key).filter { oldValues[$0] == nil }
            for key in keys where oldValues[key] != newValues[key] {
                old.append(WordQuoting.keyed(key, oldValues[key] ?? ""))
                new.append(WordQuoting.keyed(key, newValues[key] ?? ""))
            }
        case (nil, nil):
            action = "deleted"
        }
        return [
            String(record.sequence), record.timestamp.description, JournalRecord.sanitizedAuthor(record.author),
            object.description, action, line, old.joined(separator: " "), new.joined(separator: " "),
        ]
    }
}
