public import Logging

/// How a log event becomes a journal entry: its fields, named so that operators can filter
/// with `journalctl JIXIAO_OPERATOR=alice` or `journalctl JIXIAO_UNIT=hongjiang`.
public enum JournalEntry {
    /// Short names for the metadata keys operators filter by; every other key `a.b` becomes
    /// `JIXIAO_A_B`.
    public static let wellKnownFields: [String: String] = [
        "op.author": "JIXIAO_OPERATOR",
        "object": "JIXIAO_OBJECT",
        "object.unit": "JIXIAO_UNIT",
        "object.year": "JIXIAO_YEAR",
        "journal.seq": "JIXIAO_SEQ",
    ]

    /// The fields of one event.
    ///
    /// `MESSAGE` repeats the metadata as `key=value` words so that the plain
    /// `journalctl -u jixiao` view reads like the standard-error log; the same values are
    /// also separate fields for filtering and for `-o json`.
    /// - Parameters:
    ///   - event: the event.
    ///   - metadata: the logger's metadata merged with the event's.
    ///   - identifier: `SYSLOG_IDENTIFIER`, the name journalctl shows.
    /// - Returns: the fields, `MESSAGE` first.
    public static func fields(
        for event: LogEvent,
        metadata: Logger.Metadata,
        identifier: String
    ) -> [JournalField] {
        var message = event.message.description
        let sorted = metadata.sorted { $0.key < $1.key }
        for (key, value) in sorted {
            message += " \(key)=\(value)"
        }
        var fields = [
            JournalField("MESSAGE", message),
            JournalField("PRIORITY", String(priority(event.level))),
            JournalField("SYSLOG_IDENTIFIER", identifier),
            JournalField("CODE_FILE", event.file),
            JournalField("CODE_LINE", String(event.line)),
            JournalField("CODE_FUNC", event.function),
        ]
        for (key, value) in sorted {
            fields.append(JournalField(fieldName(forMetadataKey: key), "\(value)"))
        }
        return fields
    }

    /// The syslog priority of a level (`sd-daemon.h`: 2 critical … 7 debug).
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// The journal field name for a metadata key: a well-known short name, else `JIXIAO_`
    /// and the key in upper case with every character journald does not allow made `_`
    /// (journald drops entries with invalid names, so none may get through).
    public static func fieldName(forMetadataKey key: String) -> String {
        if let name = wellKnownFields[key] { return name }
        var name = "JIXIAO_"
        for scalar in key.unicodeScalars {
            switch scalar {
            case "a"..."z": name.unicodeScalars.append(Unicode.Scalar(scalar.value - 32)!)
            case "A"..."Z", "0"..."9": name.unicodeScalars.append(scalar)
            default: name += "_"
            }
        }
        return String(name.prefix(64))
    }
}
