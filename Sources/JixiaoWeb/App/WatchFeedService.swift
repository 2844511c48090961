public import ServiceLifecycle

/// Runs the ``WatchFeed`` as a swift-service-lifecycle service beside the HTTP server. On
/// graceful shutdown the feed is cancelled: its connection closes and every page's event
/// stream ends, so the HTTP server's shutdown does not wait on streams that never finish.
public struct WatchFeedService: Service {
    let feed: WatchFeed

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await feed.run()
        }
    }
}
