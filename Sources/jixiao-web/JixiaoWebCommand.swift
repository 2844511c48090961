import ArgumentParser
import Hummingbird
import JixiaoSystemd
import JixiaoWeb
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// `jixiao-web`: the web front of jixiaod for the bureau's operators.
@main
struct JixiaoWebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao-web",
        abstract: "预算绩效管理的网页前端：经办人在浏览器中录入、查看、打印，数据由 jixiaod 保存。",
        discussion: """
            Serves the pages on the configured address (HTTPS with tls_certificate and tls_key, \
            or plain HTTP behind a reverse proxy) and talks to jixiaod over its Unix socket as \
            its own Unix user, which jixiaod must list in trusted_proxies. See jixiao-web(8) \
            and docs/web-threat-model.md.
            """
    )

    @Option(help: ArgumentHelp("配置文件 (key = value), 如 /etc/jixiao/web.conf。", valueName: "file"))
    var config: String?
    @Option(help: ArgumentHelp("监听地址 host:port 或 unix:/path (覆盖配置文件)。", valueName: "address"))
    var listen: String?
    @Option(help: ArgumentHelp("jixiaod 的套接字 (覆盖配置文件)。", valueName: "path"))
    var socket: String?
    @Option(help: ArgumentHelp("网页账户文件 (覆盖配置文件)。", valueName: "path"))
    var accounts: String?
    @Flag(help: "只检查配置文件，不启动。")
    var checkConfig = false

    func run() async throws {
        var settings = WebSettings()
        do {
            if let config { try settings.load(config) }
            if let listen { try settings.set("listen", listen) }
            if let socket { try settings.set("socket", socket) }
            if let accounts { try settings.set("accounts", accounts) }
        } catch {
            Self.printError("jixiao-web: \(error)")
            throw ExitCode(78)
        }
        if checkConfig {
            print(
                "jixiao-web: configuration ok: listen \(settings.listen), socket \(settings.socket), accounts \(settings.accounts), \(settings.usesTLS ? "HTTPS" : "HTTP")"
            )
            return
        }
        let level = Logger.Level(rawValue: settings.logLevel) ?? .info
        let journal = SystemJournal.standardErrorIsJournal && SystemJournal.isAvailable
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                journal ? JournaldLogHandler(identifier: "jixiao-web") : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "jixiao-web")
        let app = WebApp(settings: settings, logger: logger)
        let socket = settings.socket
        let application: Application<RouterResponder<WebContext>>
        do {
            application = try app.application { address in
                logger.info("listening", metadata: ["http.address": "\(address)", "jixiaod.socket": "\(socket)"])
                Self.printOut("jixiao-web listening on \(address)")
                _ = ServiceManager.notify([.ready, .status("listening on \(address)")])
            }
        } catch {
            Self.printError("jixiao-web: \(error)")
            throw ExitCode(78)
        }
        try await application.runService()
    }

    /// Writes a line to standard output at once (scripts wait for it).
    private static func printOut(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }

    private static func printError(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
