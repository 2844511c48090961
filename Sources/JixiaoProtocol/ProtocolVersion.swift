/// The protocol's version, announced by `HELLO`.
public enum ProtocolVersion {
    /// The protocol version this build speaks.
    public static let current = 1
    /// The software version.
    public static let software = "0.1.0"
}
