public import Logging

/// The settings that the configuration file holds and a reload (SIGHUP) may change, as
/// given by one source: the file or the command line. `nil` means "not set here".
///
/// The sources are layered: built-in defaults, then the file, then the command line, which
/// always wins (also after a reload), so that what an operator typed is never silently undone.
public struct ConfigValues: Sendable, Equatable {
    /// `log_level`: the lowest level logged.
    public var logLevel: Logger.Level?
    /// `max_line`: the longest request line accepted, in bytes.
    public var maximumLineLength: Int?
    /// `role_read`: the Unix group whose members may read.
    public var roleRead: String?
    /// `role_operator`: the Unix group whose members may change granted units' data.
    public var roleOperator: String?
    /// `role_admin`: the Unix group whose members may do everything.
    public var roleAdmin: String?
    /// `operator_units`: the units operators may change (comma-separated; `*` for all).
    public var operatorUnits: [String]?
    /// `max_connections`: open connections in all (0: no limit).
    public var maximumConnections: Int?
    /// `max_connections_per_uid`: open connections of one user (0: no limit).
    public var maximumConnectionsPerUser: Int?
    /// `max_requests_per_second`: requests one connection may send per second (0: no limit).
    public var maximumRequestsPerSecond: Int?
    /// `idle_timeout`: seconds a connection may go without a complete request (0: forever).
    public var idleTimeout: Int?
    /// `max_rows`: rows one reply may hold (0: no limit).
    public var maximumRows: Int?
    /// `max_transaction_bytes`: the request lines one transaction may queue, in bytes
    /// (0: no limit).
    public var maximumTransactionBytes: Int?
    /// `fsync`: `always` or `batch` (start-up only; see `ConfigValues+Durability.swift`).
    public var fsync: String?
    /// `fsync_delay`: with `fsync = batch`, the longest delay before a sync, in milliseconds.
    public var fsyncDelay: Int?
    /// `snapshot_every`: records between automatic snapshots (0: only on `SNAPSHOT`).
    public var snapshotEvery: Int?
    /// `journal_retention`: what is kept after a snapshot.
    public var journalRetention: JournalRetention?
    /// `trusted_proxies`: the Unix users whose `AS <user>` requests are taken (see
    /// `ConfigValues+Proxies.swift`).
    public var trustedProxies: [String]?

    /// The whole-number limits: key, value path and accepted range.
    public static let numericLimits:
        [(key: String, path: any WritableKeyPath<ConfigValues, Int?> & Sendable, range: ClosedRange<Int>)] = [
            ("max_connections", \.maximumConnections, 0...100_000),
            ("max_connections_per_uid", \.maximumConnectionsPerUser, 0...100_000),
            ("max_requests_per_second", \.maximumRequestsPerSecond, 0...1_000_000),
            ("idle_timeout", \.idleTimeout, 0...86_400),
            ("max_rows", \.maximumRows, 0...100_000_000),
            ("max_transaction_bytes", \.maximumTransactionBytes, 0...1_073_741_824),
        ]

    /// The keys a configuration file may set, in the order `--check-config` prints them.
    public static let keys =
        ["log_level", "max_line", "role_read", "role_operator", "role_admin", "operator_units"]
        + numericLimits.map(\.key) + durabilityKeys + proxyKeys

    /// The built-in defaults.
    public static let defaults: ConfigValues = {
        var values = ConfigValues(logLevel: .info, maximumLineLength: 64 * 1024)
        values.roleRead = "jixiao-read"
        values.roleOperator = "jixiao-operator"
        values.roleAdmin = "jixiao-admin"
        values.operatorUnits = ["*"]
        values.maximumConnections = 256
        values.maximumConnectionsPerUser = 32
        values.maximumRequestsPerSecond = 5000
        values.idleTimeout = 600
        values.maximumRows = 1_000_000
        values.maximumTransactionBytes = 8 * 1024 * 1024
        values.fsync = "always"
        values.fsyncDelay = 100
        values.snapshotEvery = Int(SnapshotSettings.defaultEvery)
        values.journalRetention = .all
        return values
    }()

    /// The smallest and largest `max_line` accepted.
    public static let lineLengthRange = 1024...(16 * 1024 * 1024)

    /// Creates values.
    public init(logLevel: Logger.Level? = nil, maximumLineLength: Int? = nil) {
        self.logLevel = logLevel
        self.maximumLineLength = maximumLineLength
    }

    /// These values with every value that `other` sets taking precedence.
    public func overridden(by other: ConfigValues) -> ConfigValues {
        var result = ConfigValues(
            logLevel: other.logLevel ?? logLevel,
            maximumLineLength: other.maximumLineLength ?? maximumLineLength
        )
        result.roleRead = other.roleRead ?? roleRead
        result.roleOperator = other.roleOperator ?? roleOperator
        result.roleAdmin = other.roleAdmin ?? roleAdmin
        result.operatorUnits = other.operatorUnits ?? operatorUnits
        for limit in Self.numericLimits {
            result[keyPath: limit.path] = other[keyPath: limit.path] ?? self[keyPath: limit.path]
        }
        result.fsync = other.fsync ?? fsync
        result.fsyncDelay = other.fsyncDelay ?? fsyncDelay
        result.snapshotEvery = other.snapshotEvery ?? snapshotEvery
        result.journalRetention = other.journalRetention ?? journalRetention
        result.trustedProxies = other.trustedProxies ?? trustedProxies
        return result
    }

    /// The keys both sources set (the file's value is then ignored), for a warning.
    public func keysAlsoSet(in other: ConfigValues) -> [String] {
        var keys: [String] = []
        if logLevel != nil, other.logLevel != nil { keys.append("log_level") }
        if maximumLineLength != nil, other.maximumLineLength != nil { keys.append("max_line") }
        if fsync != nil, other.fsync != nil { keys.append("fsync") }
        if fsyncDelay != nil, other.fsyncDelay != nil { keys.append("fsync_delay") }
        return keys
    }

    /// The values as `key = value` lines, the file's own syntax (unset keys are left out).
    public var lines: [String] {
        var lines: [String] = []
        if let logLevel { lines.append("log_level = \(logLevel.rawValue)") }
        if let maximumLineLength { lines.append("max_line = \(maximumLineLength)") }
        if let roleRead { lines.append("role_read = \(roleRead)") }
        if let roleOperator { lines.append("role_operator = \(roleOperator)") }
        if let roleAdmin { lines.append("role_admin = \(roleAdmin)") }
        if let operatorUnits { lines.append("operator_units = \(operatorUnits.joined(separator: ", "))") }
        for limit in Self.numericLimits {
            if let value = self[keyPath: limit.path] { lines.append("\(limit.key) = \(value)") }
        }
        lines += durabilityLines
        lines += proxyLines
        return lines
    }

    /// Reads a log level.
    /// - Throws: a message naming the accepted levels.
    public static func logLevel(from text: String) throws(ConfigValueError) -> Logger.Level {
        guard let level = Logger.Level(rawValue: text.lowercased()) else {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw ConfigValueError("unknown log level '\(text)'; use one of \(names)")
        }
        return level
    }

    /// Checks a Unix group name (letters, digits, `_`, `-`, `.`).
    /// - Throws: a message naming the key.
    public static func groupName(_ text: String, key: String) throws(ConfigValueError) -> String {
        let allowed = text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        guard !text.isEmpty, text.utf8.count <= 64, allowed else {
            throw ConfigValueError("\(key) must name a Unix group, got '\(text.prefix(40))'")
        }
        return text
    }

    /// Reads a comma-separated unit list; `*` alone means every unit.
    /// - Throws: a message when a code is empty.
    public static func unitList(_ text: String) throws(ConfigValueError) -> [String] {
        if text == "*" { return ["*"] }
        let codes = text.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmingSpaces)
        guard !codes.contains(where: \.isEmpty) else {
            throw ConfigValueError("operator_units is a comma-separated list of unit codes, or *")
        }
        return codes
    }

    /// Checks a line length.
    /// - Throws: a message naming the accepted range.
    public static func lineLength(_ value: Int) throws(ConfigValueError) -> Int {
        guard lineLengthRange.contains(value) else {
            throw ConfigValueError(
                "max_line must be from \(lineLengthRange.lowerBound) to \(lineLengthRange.upperBound) bytes, got \(value)"
            )
        }
        return value
    }
}

/// Why a configuration value is not accepted.
public struct ConfigValueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, for the operator.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
