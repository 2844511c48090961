public import Hummingbird
import JixiaoWebAccounts
public import Logging

/// jixiao-web: the pages, and what they share — the connections to jixiaod, the sessions,
/// the accounts file, and the watch that keeps dashboards live.
///
/// It holds no model and no database: every page asks jixiaod (as the person, `AS <user>`),
/// and every change is jixiaod's to check, make durable and journal.
public struct WebApp: Sendable {
    /// The settings.
    public let settings: WebSettings
    /// The connections to jixiaod.
    public let pool: DaemonPool
    /// Sessions and the login throttle.
    public let sessions: SessionStore
    /// The web accounts.
    public let accounts: AccountDirectory
    /// The watch of every change, fanned out to live pages.
    public let feed: WatchFeed
    /// Where things are logged.
    public let logger: Logger

    /// The session cookie's name.
    static let sessionCookie = "jixiao_session"
    /// The login form's pre-session token cookie.
    static let loginCookie = "jixiao_login"

    /// Creates the app.
    public init(settings: WebSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
        pool = DaemonPool(socketPath: settings.socket, capacity: settings.daemonConnections)
        sessions = SessionStore(table: SessionTable(idleLimit: .seconds(settings.sessionIdleMinutes * 60)))
        accounts = AccountDirectory(path: settings.accounts)
        feed = WatchFeed(socketPath: settings.socket, logger: logger)
    }

    /// Every route.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeaders())
        router.get("/static/app.css") { _, _ in Self.asset(StyleSheet.text, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Self.asset(Script.text, type: "text/javascript; charset=utf-8") }
        router.get("/") { request, context in
            try await visitor(request, context) == nil ? Self.redirect("/login") : Self.redirect("/years")
        }
        addLoginRoutes(to: router)
        router.get("/years", use: page(years))
        addDashboardRoutes(to: router)
        addEntryRoutes(to: router)
        addIndicatorRoutes(to: router)
        addDocumentRoutes(to: router)
        addWorkbookRoutes(to: router)
        return router
    }

    /// The service that keeps the watch going, to run beside the HTTP server.
    public var feedService: WatchFeedService { WatchFeedService(feed: feed) }
}
