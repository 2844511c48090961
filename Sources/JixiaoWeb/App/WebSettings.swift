#if canImport(Glibc)
import Glibc
#endif

/// jixiao-web's settings, from its configuration file (`/etc/jixiao/web.conf`, `key = value`
/// lines, `#` comments) and then the command line.
///
///     listen = 0.0.0.0:8443            # or 127.0.0.1:8080 behind a reverse proxy, or unix:/run/jixiao-web/web.sock
///     tls_certificate = /etc/jixiao/web.crt
///     tls_key = /etc/jixiao/web.key
///     socket = /run/jixiao/jixiao.sock
///     accounts = /etc/jixiao/web-users
///
/// An unknown key, a repeated key or a bad value is an error naming the line.
public struct WebSettings: Sendable, Equatable {
    /// Where to listen: `host:port` or `unix:/path`.
    public var listen = "127.0.0.1:8080"
    /// The certificate chain (PEM); with `tlsKey`, HTTPS. Without both, plain HTTP (behind
    /// the bureau's reverse proxy, which terminates TLS).
    public var tlsCertificate: String?
    /// The private key (PEM).
    public var tlsKey: String?
    /// jixiaod's socket.
    public var socket = "/run/jixiao/jixiao.sock"
    /// The web accounts file.
    public var accounts = "/etc/jixiao/web-users"
    /// Whether cookies carry `Secure` (sent over HTTPS only): `auto` (with TLS), `yes`, `no`.
    public var secureCookies = "auto"
    /// Whether `X-Forwarded-For` names the client (only behind a reverse proxy that sets it;
    /// otherwise anyone could claim any address to the login throttle).
    public var trustForwardedFor = false
    /// Minutes a session may go unused.
    public var sessionIdleMinutes = 120
    /// Connections to jixiaod shared by all requests.
    public var daemonConnections = 8
    /// The lowest log level.
    public var logLevel = "info"

    /// The keys a file may set.
    public static let keys = [
        "listen", "tls_certificate", "tls_key", "socket", "accounts", "secure_cookies", "trust_forwarded_for",
        "session_idle_minutes", "daemon_connections", "log_level",
    ]

    /// The defaults.
    public init() {}

    /// Whether HTTPS is served.
    public var usesTLS: Bool { tlsCertificate != nil && tlsKey != nil }

    /// Whether cookies are marked `Secure`.
    public var cookiesAreSecure: Bool {
        switch secureCookies {
        case "yes": true
        case "no": false
        default: usesTLS
        }
    }

    /// The address as host and port, or a Unix socket path.
    public var address: (host: String, port: Int)? {
        guard !listen.hasPrefix("unix:"), let colon = listen.lastIndex(of: ":"),
            let port = Int(listen[listen.index(after: colon)...]), (0...65535).contains(port)
        else { return nil }
        var host = String(listen[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host, port)
    }

    /// Sets one key from text.
    /// - Throws: ``WebSettingsError`` naming what is accepted.
    public mutating func set(_ key: String, _ value: String) throws(WebSettingsError) {
        switch key {
        case "listen":
            listen = value
            guard value.hasPrefix("unix:/") || address != nil else {
                throw WebSettingsError("listen is host:port (0.0.0.0:8443, [::]:8443) or unix:/path, not '\(value)'")
            }
        case "tls_certificate": tlsCertificate = value.isEmpty ? nil : value
        case "tls_key": tlsKey = value.isEmpty ? nil : value
        case "socket": socket = value
        case "accounts": accounts = value
        case "secure_cookies":
            guard ["auto", "yes", "no"].contains(value) else {
                throw WebSettingsError("secure_cookies is auto, yes or no, not '\(value)'")
            }
            secureCookies = value
        case "trust_forwarded_for":
            guard value == "yes" || value == "no" else {
                throw WebSettingsError("trust_forwarded_for is yes or no, not '\(value)'")
            }
            trustForwardedFor = value == "yes"
        case "session_idle_minutes":
            guard let minutes = Int(value), (5...1440).contains(minutes) else {
                throw WebSettingsError("session_idle_minutes is from 5 to 1440")
            }
            sessionIdleMinutes = minutes
        case "daemon_connections":
            guard let count = Int(value), (1...30).contains(count) else {
                throw WebSettingsError("daemon_connections is from 1 to 30 (jixiaod's max_connections_per_uid is 32)")
            }
            daemonConnections = count
        case "log_level":
            guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(value) else {
                throw WebSettingsError("log_level is trace, debug, info, notice, warning, error or critical")
            }
            logLevel = value
        default:
            throw WebSettingsError("unknown key '\(key.prefix(40))'; known: \(Self.keys.joined(separator: ", "))")
        }
    }

    /// Applies a file's text.
    /// - Throws: ``WebSettingsError`` naming the file and line.
    public mutating func apply(_ text: String, path: String) throws(WebSettingsError) {
        var seen: Set<String> = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw WebSettingsError("\(path):\(index + 1): expected 'key = value'")
            }
            let key = line[..<equals].trimmingCharacters(in: " \t")
            let value = line[line.index(after: equals)...].trimmingCharacters(in: " \t")
            guard seen.insert(key).inserted else {
                throw WebSettingsError("\(path):\(index + 1): '\(key)' is set twice")
            }
            do {
                try set(key, value)
            } catch {
                throw WebSettingsError("\(path):\(index + 1): \(error.description)")
            }
        }
        if (tlsCertificate == nil) != (tlsKey == nil) {
            throw WebSettingsError("\(path): tls_certificate and tls_key go together")
        }
    }

    /// Reads a file.
    /// - Throws: ``WebSettingsError``.
    public mutating func load(_ path: String) throws(WebSettingsError) {
        guard let handle = fopen(path, "r") else {
            throw WebSettingsError("\(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, handle)
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        try apply(String(decoding: bytes, as: UTF8.self), path: path)
    }
}

/// A setting that cannot be used.
public struct WebSettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let drop: (Character) -> Bool = { set.contains($0) }
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
