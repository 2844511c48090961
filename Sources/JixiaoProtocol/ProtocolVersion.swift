/// The protocol's version, announced by `HELLO`.
public enum ProtocolVersion {
    /// The protocol version this build speaks.
    public static let current = 1
    // `software`, the software version, is generated from the VERSION file
    // (Plugins/VersionFile).
}
