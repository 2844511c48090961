public import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOCore
import NIOSSL

/// The HTTP server: plain HTTP/1.1 (behind the bureau's reverse proxy, or on loopback), or
/// HTTPS with the configured certificate and key through swift-nio-ssl (TLS 1.2 or later).
extension WebApp {
    /// The application to run.
    /// - Parameter onRunning: called with the address once the server listens.
    /// - Throws: ``WebSettingsError`` for an address, certificate or key that cannot be used.
    public func application(
        onRunning: @escaping @Sendable (String) async -> Void
    ) throws(WebSettingsError) -> Application<RouterResponder<WebContext>> {
        let address: BindAddress
        if settings.listen.hasPrefix("unix:") {
            address = .unixDomainSocket(path: String(settings.listen.dropFirst(5)))
        } else if let hostPort = settings.address {
            address = .hostname(hostPort.host, port: hostPort.port)
        } else {
            throw WebSettingsError("listen is host:port or unix:/path, not '\(settings.listen)'")
        }
        let server: HTTPServerBuilder
        if let certificate = settings.tlsCertificate, let key = settings.tlsKey {
            do {
                var tls = TLSConfiguration.makeServerConfiguration(
                    certificateChain: try NIOSSLCertificate.fromPEMFile(certificate).map { .certificate($0) },
                    privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
                )
                tls.minimumTLSVersion = .tlsv12
                server = try .tls(.http1(), tlsConfiguration: tls)
            } catch {
                throw WebSettingsError("cannot use the TLS certificate \(certificate) and key \(key): \(error)")
            }
        } else {
            server = .http1()
        }
        let scheme = settings.usesTLS ? "https" : "http"
        let logger = self.logger
        return Application(
            router: router(),
            server: server,
            configuration: ApplicationConfiguration(address: address, serverName: nil),
            services: [feedService],
            onServerRunning: { channel in
                let local = channel.localAddress
                let shown: String
                if let port = local?.port, let ip = local?.ipAddress {
                    shown = "\(scheme)://\(ip.contains(":") ? "[\(ip)]" : ip):\(port)/"
                } else {
                    shown = "\(scheme) on \(local.map { "\($0)" } ?? "?")"
                }
                await onRunning(shown)
            },
            logger: logger
        )
    }
}
