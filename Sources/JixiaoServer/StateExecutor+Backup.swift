import JixiaoJournal
import JixiaoProtocol
import Logging

extension StateExecutor {
    /// `BACKUP`: every durable record of the journal, as its lines, read while no change can
    /// be made (the executor is busy reading), so the backup is one consistent cut: all
    /// records up to `seq`, checked. `first` is the first record's sequence, which names
    /// the segment the backup restores as.
    func backup() -> Reply {
        do {
            let (bytes, last) = try writer.syncedRecords()
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
            let rows = lines.map { [String(decoding: $0, as: UTF8.self)] }
            let name = String(writer.path.split(separator: "/").last ?? "")
            let first = Int64(name.dropLast(4)) ?? 1
            logger.notice("BACKUP taken", metadata: ["journal.seq": "\(last)", "backup.bytes": "\(bytes.count)"])
            return Reply(.ok(["seq=\(last)", "first=\(first)"]), table: RowTable(columns: ["line"], rows: rows))
        } catch {
            logger.error("BACKUP failed", metadata: ["error": "\(error)"])
            return .error(ProtocolError(.storage, "the journal could not be read for a backup: \(error)"))
        }
    }
}
