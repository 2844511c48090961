/// How the daemon serves: where, and within what limits.
public struct ServerConfiguration: Sendable {
    /// The Unix socket path.
    public var socketPath: String
    /// The state directory (journal, lock).
    public var stateDirectory: String
    /// The longest request line accepted, in bytes (Redis uses 64 KiB for inline commands).
    public var maximumLineLength: Int
    /// The socket file's permission bits.
    public var socketMode: UInt32
    /// Command files to load when the state is empty (example data), if any.
    public var loadIfEmpty: String?
    /// A listening socket inherited from systemd (socket activation) to serve on instead of
    /// binding `socketPath`; the daemon then neither creates, chmods nor removes the socket
    /// file, which belongs to `jixiao.socket`.
    public var inheritedSocket: Int32?
    /// When the journal is synced relative to acknowledging (`--fsync`).
    public var fsync: FsyncPolicy
    /// When snapshots are taken and what is kept after one (`snapshot_every`, `journal_retention`).
    public var snapshots = SnapshotSettings()
    /// Whether to start on a state directory whose listed files are missing or damaged,
    /// accepting the loss (`--accept-loss`).
    public var acceptLoss = false
    /// Who gets which role.
    public var policy: AccessPolicy
    /// The connection and request limits.
    public var limits = RuntimeLimits.Values()
    /// The socket file's owner (a user name or uid), when not the daemon's user.
    public var socketOwner: String?
    /// The socket file's group (a group name or gid), when not the daemon's group.
    public var socketGroup: String?

    /// The default socket path, as the systemd units create it.
    public static let defaultSocketPath = "/run/jixiao/jixiao.sock"
    /// The default state directory, as `StateDirectory=jixiao` creates it.
    public static let defaultStateDirectory = "/var/lib/jixiao"

    /// Creates a configuration.
    public init(
        socketPath: String = defaultSocketPath,
        stateDirectory: String = defaultStateDirectory,
        maximumLineLength: Int = 64 * 1024,
        socketMode: UInt32 = 0o660,
        loadIfEmpty: String? = nil,
        inheritedSocket: Int32? = nil,
        fsync: FsyncPolicy = .always,
        policy: AccessPolicy = AccessPolicy(),
        socketOwner: String? = nil,
        socketGroup: String? = nil
    ) {
        self.socketOwner = socketOwner
        self.socketGroup = socketGroup
        self.policy = policy
        self.socketPath = socketPath
        self.stateDirectory = stateDirectory
        self.maximumLineLength = maximumLineLength
        self.socketMode = socketMode
        self.loadIfEmpty = loadIfEmpty
        self.inheritedSocket = inheritedSocket
        self.fsync = fsync
    }
}
