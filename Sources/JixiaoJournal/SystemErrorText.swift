#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names of system errors for messages.
public enum SystemErrorText {
    /// `strerror` text with the symbolic number: `No space left on device (errno 28)`.
    public static func describe(_ errno: Int32) -> String {
        "\(String(cString: strerror(errno))) (errno \(errno))"
    }
}
