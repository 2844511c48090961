public import Logging

/// A swift-log handler that writes each event to journald as a structured entry.
///
/// Used when the daemon runs as a systemd service and journald is there (see
/// ``SystemJournal/isAvailable``); otherwise the daemon logs to standard error. A value
/// type, as swift-log asks: changing one logger's level or metadata changes no other.
public struct JournaldLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let identifier: String
    private let send: @Sendable ([JournalField]) -> Void

    /// Creates a handler.
    /// - Parameters:
    ///   - identifier: the `SYSLOG_IDENTIFIER` of every entry (`jixiaod`).
    ///   - metadataProvider: contextual metadata added to every entry.
    ///   - send: where entries go; journald unless a test captures them.
    public init(
        identifier: String,
        metadataProvider: Logger.MetadataProvider? = nil,
        send: @escaping @Sendable ([JournalField]) -> Void = { SystemJournal.send($0) }
    ) {
        self.identifier = identifier
        self.metadataProvider = metadataProvider
        self.send = send
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        send(JournalEntry.fields(for: event, metadata: merged, identifier: identifier))
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
}
