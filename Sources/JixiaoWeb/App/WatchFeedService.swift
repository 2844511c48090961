public import ServiceLifecycle

/// Runs the ``WatchFeed`` as a swift-service-lifecycle service beside the HTTP server.
public struct WatchFeedService: Service {
    let feed: WatchFeed

    public func run() async throws {
        await withTaskCancellationOrGracefulShutdownHandler {
            await feed.run()
        } onCancelOrGracefulShutdown: {
        }
    }
}
