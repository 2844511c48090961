public import Hummingbird
import NIOCore

/// Hummingbird's request context for jixiao-web: forms decode from
/// `application/x-www-form-urlencoded`, bodies are small, and the client's address is kept
/// for the login throttle.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address (the reverse proxy's, behind one).
    public let peerAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    public var requestDecoder: URLEncodedFormDecoder { URLEncodedFormDecoder() }

    /// Forms are short: 256 KiB is far more than an indicator table of a hundred rows.
    public var maxUploadSize: Int { 256 * 1024 }
}
