import Hummingbird
import JixiaoClient

/// The official tables (jixiaod's `TABLE … format=html`, print-ready A4 sheets) with a bar
/// to print them and move between forms, and an object's history.
extension WebApp {
    func addDocumentRoutes(to router: Router<WebContext>) {
        router.get("/y/:unit/:year/table", use: page(table))
        router.get("/y/:unit/:year/history", use: page(history))
    }

    @Sendable func table(_ request: Request, _ context: WebContext, _ visitor: Visitor) async throws -> Response {
        let (unit, year) = try Self.unitYear(context)
        let query = request.uri.queryParameters
        let owner = query["owner"].map(String.init) ?? ""
        let form = query["form"].map(String.init) ?? ""
        let compare = query["view"] == "compare"
        var line = ProtocolLine("TABLE").values(unit, year)
        if !owner.isEmpty { line = line.values(owner) }
        line = line.key("format", "html").keyIfGiven("form", form == "base" || form == "evaluation" ? form : "")
        if compare { line = line.key("view", "compare") }
        let replies = try await visitor.daemon.ask([line, ProtocolLine("PROJECT LIST").values(unit, year)])
        if let refusal = replies[0].refusal {
            return Self.html(
                MessagePage.render(
                    title: "报表",
                    message: refusal.label,
                    detail: refusal.message,
                    person: visitor.person
                ),
                status: .notFound
            )
        }
        let document = replies[0].cells.map { $0.first ?? "" }.joined(separator: "\n")
        let bar = toolbar(
            unit: unit,
            year: year,
            owner: owner,
            form: form,
            compare: compare,
            projects: replies[1].records
        )
        let page = document.replacingFirstOccurrence(of: "<body>", with: "<body>\n" + bar.markup)
        return Self.html(HTML(trusted: page), policy: SecurityHeaders.documentPolicy)
    }

    private func toolbar(
        unit: String,
        year: String,
        owner: String,
        form: String,
        compare: Bool,
        projects: [[String: String]]
    ) -> HTML {
        let base = "/y/\(unit)/\(year)"
        var links: [HTML] = [
            "<a href=\"\(base)/table\">全部</a>", "<a href=\"\(base)/table?form=base\">基础数据表</a>",
            "<a href=\"\(base)/table?owner=dept&amp;form=evaluation\">部门整体支出绩效自评表</a>",
        ]
        for project in projects {
            let code = project["code"] ?? ""
            links.append("<a href=\"\(base)/table?owner=\(code)&amp;form=evaluation\">\(project["name"] ?? code)</a>")
        }
        let here = "\(base)/table?owner=\(owner)&amp;form=\(form)"
        return """
            <style>
            .jx-toolbar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center;
              padding: 8px 14px; background: #1f4e8c; color: #fff; font: 13px "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
            .jx-toolbar a { color: #fff; } .jx-toolbar button { padding: 3px 12px; font: inherit; cursor: pointer; }
            @media print { .jx-toolbar { display: none; } }
            </style>
            <script src="/static/app.js" defer></script>
            <nav class="jx-toolbar"><a href="\(base)">← 返回</a><button type="button" data-print>打印</button>
            <a href="\(base)/table.xlsx?owner=\(owner)&amp;form=\(form)" download>下载 Excel</a>
            \(compare ? "<a href=\"\(here)\">正式表样</a>" as HTML : "<a href=\"\(here)&amp;view=compare\">对照审核（印制数与计算数）</a>" as HTML)
            <span>|</span>\(HTML(joining: links, separator: " "))</nav>
            """
    }

    @Sendable func history(_ request: Request, _ context: WebContext, _ visitor: Visitor) async throws -> Response {
        let (unit, year) = try Self.unitYear(context)
        let path = request.uri.queryParameters["path"].map(String.init) ?? ""
        let line =
            path.isEmpty ? ProtocolLine("HISTORY").values(unit, year) : ProtocolLine("HISTORY").values(path)
        let replies = try await visitor.daemon.ask([line, ProtocolLine("UNIT GET").values(unit)])
        if let refusal = replies[0].refusal {
            return Self.html(
                MessagePage.render(
                    title: "变更历史",
                    message: refusal.label,
                    detail: refusal.message,
                    person: visitor.person
                ),
                status: .badRequest
            )
        }
        return Self.html(
            HistoryPage.render(
                path: path.isEmpty ? "\(unit)/\(year)" : path,
                rows: replies[0].records,
                shown: 300,
                unit: unit,
                year: year,
                unitName: replies[1].first["name"] ?? unit,
                person: visitor.person
            )
        )
    }
}

extension String {
    func replacingFirstOccurrence(of target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
