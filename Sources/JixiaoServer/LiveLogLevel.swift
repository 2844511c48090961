public import Logging
import Synchronization

/// The daemon's log level, one for all its loggers, so that a configuration reload
/// (SIGHUP) changes what every logger emits without a restart.
public final class LiveLogLevel: Sendable {
    private static let levels = Logger.Level.allCases
    private let index: Atomic<Int>

    /// Creates the level.
    /// - Parameter level: the level at start-up.
    public init(_ level: Logger.Level) {
        index = Atomic(Self.levels.firstIndex(of: level) ?? 2)
    }

    /// The current level.
    public var level: Logger.Level {
        get { Self.levels[index.load(ordering: .relaxed)] }
        set { index.store(Self.levels.firstIndex(of: newValue) ?? 2, ordering: .relaxed) }
    }
}

/// Wraps a log handler so that its level is the daemon's ``LiveLogLevel``.
///
/// Setting `logLevel` on one logger is ignored: the level is the configuration's, and a
/// reload is the one way to change it (swift-log allows such a global override).
public struct LiveLevelLogHandler<Inner: LogHandler>: LogHandler {
    private var inner: Inner
    private let live: LiveLogLevel

    /// Creates the wrapper.
    /// - Parameters:
    ///   - inner: the handler that writes (standard error or journald).
    ///   - level: the shared level.
    public init(_ inner: Inner, level: LiveLogLevel) {
        self.inner = inner
        self.live = level
    }

    public var logLevel: Logger.Level {
        get { live.level }
        set {}
    }

    public var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    public var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        inner.log(event: event)
    }
}
