import Hummingbird
import JixiaoClient
import JixiaoProtocol
import NIOCore
import ServiceLifecycle

/// The list of unit-years, a unit-year's dashboard (whole, or its live part), and the
/// server-sent events that tell a dashboard to fetch its live part again.
extension WebApp {
    @Sendable func years(_ request: Request, _ context: WebContext, _ visitor: Visitor) async throws -> Response {
        let replies = try await visitor.daemon.ask([ProtocolLine("YEAR LIST"), ProtocolLine("UNIT LIST")])
        var names: [String: String] = [:]
        for unit in replies[1].records { names[unit["code"] ?? ""] = unit["name"] ?? "" }
        return Self.html(YearsPage.render(years: replies[0].records, unitNames: names, person: visitor.person))
    }

    func addDashboardRoutes(to router: Router<WebContext>) {
        router.get("/y/:unit/:year", use: page(dashboard))
        router.get("/y/:unit/:year/events", use: page(events))
    }

    /// The unit and year of a path.
    static func unitYear(_ context: WebContext) throws -> (String, String) {
        (try context.parameters.require("unit"), try context.parameters.require("year"))
    }

    @Sendable func dashboard(_ request: Request, _ context: WebContext, _ visitor: Visitor) async throws -> Response {
        let (unit, year) = try Self.unitYear(context)
        let date = request.uri.queryParameters["date"].map(String.init) ?? ""
        let monitor = ProtocolLine("MONITOR").values(unit, year).keyIfGiven("date", date)
        let replies = try await visitor.daemon.ask([
            ProtocolLine("YEAR GET").values(unit, year), ProtocolLine("UNIT GET").values(unit),
            ProtocolLine("DEPT GET").values(unit, year), ProtocolLine("PROJECT LIST").values(unit, year), monitor,
            ProtocolLine("CHECK RUN").values(unit, year), ProtocolLine("SCORE").values(unit, year),
        ])
        if let refusal = replies[0].refusal {
            return Self.html(
                MessagePage.render(
                    title: "找不到",
                    message: refusal.label,
                    detail: refusal.message,
                    person: visitor.person
                ),
                status: .notFound
            )
        }
        let monitorRows = replies[4].records
        let chosen = request.uri.queryParameters["chart"].map(String.init)
        let owner =
            monitorRows.first { $0["owner"] == chosen }?["owner"] ?? monitorRows.first?["owner"] ?? "dept"
        let ownerReplies = try await visitor.daemon.ask([
            ProtocolLine("MONTHLY").values(unit, year, owner), ProtocolLine("PAYMENT LIST").values(unit, year, owner),
        ])
        let isFragment = request.headers[.init("X-Jixiao-Fragment")!] == "live"
        let flash = isFragment ? nil : await sessions.takeFlash(for: visitor.session.id)
        let page = DashboardPage(
            unit: unit,
            year: year,
            unitName: replies[1].first["name"] ?? unit,
            yearRecord: replies[0].first,
            dept: replies[2].first,
            projects: replies[3].records,
            monitor: monitorRows,
            monthly: ownerReplies[0].records,
            monthlyOwner: owner,
            payments: ownerReplies[1].records,
            findings: replies[5].records,
            scores: replies[6].records,
            role: visitor.role,
            date: date,
            flash: flash,
            person: visitor.person
        )
        return Self.html(isFragment ? page.live : page.render())
    }

    /// `text/event-stream`: one `change` event per committed change in the unit-year, with
    /// its sequence, author and object; a comment every 25 s keeps proxies from closing it.
    @Sendable func events(_ request: Request, _ context: WebContext, _ visitor: Visitor) async throws -> Response {
        let (unit, year) = try Self.unitYear(context)
        let stream = await feed.subscribe(scope: "\(unit)/\(year)")
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
            body: Self.eventBody(stream)
        )
    }

    /// The events of a stream as server-sent events, until the page goes or the server
    /// shuts down (the HTTP server stops first and waits for its responses to end; the
    /// browser reconnects to the next server by itself).
    static func eventBody(_ stream: AsyncStream<WatchEvent>) -> ResponseBody {
        ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 2000\n: jixiao\n\n"))
            let (chunks, chunk) = AsyncStream.makeStream(of: String.self)
            let forward = Task {
                await cancelWhenGracefulShutdown {
                    for await event in merged(stream) {
                        guard let event else {
                            chunk.yield(": keep-alive\n\n")
                            continue
                        }
                        chunk.yield("id: \(event.sequence)\nevent: change\ndata: \(eventData(event))\n\n")
                    }
                }
                chunk.finish()
            }
            defer { forward.cancel() }
            for await text in chunks { try await writer.write(ByteBuffer(string: text)) }
            try await writer.finish(nil)
        }
    }

    /// An event's data line: `{"seq":…,"author":"…","object":"…"}` (one line: JSON strings
    /// escape newlines).
    static func eventData(_ event: WatchEvent) -> String {
        var data = "{\"seq\":\(event.sequence),\"author\":"
        JSONText.appendString(Labels.author(event.author), to: &data)
        data += ",\"object\":"
        JSONText.appendString(event.object, to: &data)
        return data + "}"
    }

    /// The stream's events, with `nil` every 25 seconds of quiet.
    static func merged(_ stream: AsyncStream<WatchEvent>) -> AsyncStream<WatchEvent?> {
        AsyncStream { continuation in
            let forward = Task {
                for await event in stream { continuation.yield(event) }
                continuation.finish()
            }
            let beat = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(25))
                    continuation.yield(nil)
                }
            }
            continuation.onTermination = { _ in
                forward.cancel()
                beat.cancel()
            }
        }
    }
}
