import Hummingbird
import JixiaoClient

/// The indicator table as a grid (every changed row saved in one transaction, each with
/// `IF REV=n` so nobody's edit is overwritten unseen) and one indicator's form.
extension WebApp {
    func addIndicatorRoutes(to router: Router<WebContext>) {
        router.get("/y/:unit/:year/indicators", use: page(indicatorGrid))
        router.post("/y/:unit/:year/indicators", use: action(saveGrid))
        router.get("/y/:unit/:year/indicator/:owner/:code", use: page(indicatorForm))
        router.post("/y/:unit/:year/indicator/:owner/:code", use: action(saveIndicator))
    }

    /// What the indicator pages show.
    func indicatorPages(_ visitor: Visitor, unit: String, year: String, owner: String) async throws -> IndicatorPages {
        let replies = try await visitor.daemon.ask([
            ProtocolLine("UNIT GET").values(unit), ProtocolLine("PROJECT LIST").values(unit, year),
            ProtocolLine("YEAR GET").values(unit, year), ProtocolLine("INDICATOR LIST").values(unit, year, owner),
            ProtocolLine("SCORE").values(unit, year, owner),
        ])
        let owners = [("dept", "部门整体支出")] + replies[1].records.map { ($0["code"] ?? "", $0["name"] ?? "") }
        let status = replies[2].first["status"] ?? "draft"
        return IndicatorPages(
            unit: unit,
            year: year,
            unitName: replies[0].first["name"] ?? unit,
            owner: owner,
            ownerName: owners.first { $0.0 == owner }?.1 ?? owner,
            owners: owners,
            indicators: replies[3].records,
            scores: replies[4].records,
            mayEdit: visitor.role == .admin || (visitor.role == .operator && status != "submitted"),
            person: visitor.person,
            flash: nil
        )
    }

    @Sendable func indicatorGrid(_ request: Request, _ context: WebContext, _ visitor: Visitor) async throws -> Response
    {
        let (unit, year) = try Self.unitYear(context)
        let owner = request.uri.queryParameters["owner"].map(String.init) ?? "dept"
        var pages = try await indicatorPages(visitor, unit: unit, year: year, owner: owner)
        pages.flash = await sessions.takeFlash(for: visitor.session.id)
        return Self.html(pages.grid())
    }

    /// The changes a submitted grid asks for: an `INDICATOR UPDATE` of the changed fields of
    /// each changed row (`IF REV` its revision when shown), and an `INDICATOR CREATE` for a
    /// filled-in new row.
    static func gridChanges(_ form: [String: String], unit: String, year: String, owner: String) -> [ProtocolLine] {
        var codes: [String] = []
        for key in form.keys where key.hasPrefix("rev.") { codes.append(String(key.dropFirst(4))) }
        var changes: [ProtocolLine] = []
        for code in codes.sorted() {
            var line = ProtocolLine("INDICATOR UPDATE").values(unit, year, owner, code)
            var changed = false
            for (field, _) in IndicatorPages.gridFields {
                guard let value = form["\(field).\(code)"], value != form["was.\(field).\(code)"] ?? "" else {
                    continue
                }
                line = line.key(field, value)
                changed = true
            }
            if changed { changes.append(line.ifRevision(form["rev.\(code)"] ?? "")) }
        }
        if let code = form["new.code"], !code.isEmpty {
            var line = ProtocolLine("INDICATOR CREATE").values(unit, year, owner, code)
            for (field, _) in IndicatorPages.gridFields {
                line = line.keyIfGiven(field, form["new.\(field)"] ?? "")
            }
            changes.append(line)
        }
        return changes
    }

    @Sendable func saveGrid(
        _ request: Request,
        _ context: WebContext,
        _ visitor: Visitor,
        _ form: [String: String]
    )
        async throws -> Response
    {
        let (unit, year) = try Self.unitYear(context)
        let owner = request.uri.queryParameters["owner"].map(String.init) ?? "dept"
        let back = "/y/\(unit)/\(year)/indicators?owner=\(percentEncoded(owner))"
        guard visitor.role >= .operator else { return roleRefusal(visitor, needs: .operator, back: back) }
        let changes = Self.gridChanges(form, unit: unit, year: year, owner: owner)
        guard !changes.isEmpty else {
            await sessions.setFlash(Flash(succeeded: true, message: "没有修改。"), for: visitor.session.id)
            return Self.redirect(back)
        }
        let reply = try await visitor.daemon.transaction(changes)
        if let refusal = reply.refusal {
            await sessions.setFlash(
                Flash(succeeded: false, message: "未保存（全部未保存）：\(refusal.label)。\(refusal.message)"),
                for: visitor.session.id
            )
            return Self.redirect(back)
        }
        let findings = try await visitor.daemon.ask(ProtocolLine("CHECK RUN").values(unit, year, owner))
        await sessions.setFlash(
            Flash(
                succeeded: true,
                message: "已保存\(changes.count)行（第\(reply.statusWord("seq") ?? "")号变更）。",
                findings: findings.records.filter { ($0["object"] ?? "").contains("/indicator/") }
            ),
            for: visitor.session.id
        )
        return Self.redirect(back)
    }

    @Sendable func indicatorForm(_ request: Request, _ context: WebContext, _ visitor: Visitor) async throws -> Response
    {
        let (unit, year) = try Self.unitYear(context)
        let owner = try context.parameters.require("owner")
        let code = try context.parameters.require("code")
        var pages = try await indicatorPages(visitor, unit: unit, year: year, owner: owner)
        guard let indicator = pages.indicators.first(where: { $0["code"] == code }) else {
            return Self.html(
                MessagePage.render(
                    title: "找不到",
                    message: "没有指标 \(code)。",
                    person: visitor.person,
                    back: "/y/\(unit)/\(year)"
                ),
                status: .notFound
            )
        }
        pages.flash = await sessions.takeFlash(for: visitor.session.id)
        return Self.html(pages.form(indicator))
    }

    @Sendable func saveIndicator(
        _ request: Request,
        _ context: WebContext,
        _ visitor: Visitor,
        _ form: [String: String]
    ) async throws -> Response {
        let (unit, year) = try Self.unitYear(context)
        let owner = try context.parameters.require("owner")
        let code = try context.parameters.require("code")
        let back = "/y/\(unit)/\(year)/indicator/\(percentEncoded(owner))/\(percentEncoded(code))"
        guard visitor.role >= .operator else { return roleRefusal(visitor, needs: .operator, back: back) }
        var line = ProtocolLine("INDICATOR UPDATE").values(unit, year, owner, code)
        var changed = false
        for field in IndicatorPages.formFields {
            let value = field == "not_applicable" ? (form[field] == "yes" ? "yes" : "") : form[field] ?? ""
            guard value != form["was.\(field)"] ?? "" else { continue }
            line = line.key(field, value)
            changed = true
        }
        guard changed else {
            await sessions.setFlash(Flash(succeeded: true, message: "没有修改。"), for: visitor.session.id)
            return Self.redirect(back)
        }
        let reply = try await visitor.daemon.ask(line.ifRevision(form["rev"] ?? ""))
        if let refusal = reply.refusal {
            await sessions.setFlash(
                Flash(succeeded: false, message: "未保存：\(refusal.label)。\(refusal.message)"),
                for: visitor.session.id
            )
        } else {
            await sessions.setFlash(
                Flash(
                    succeeded: true,
                    message: "已保存（第\(reply.statusWord("seq") ?? "")号变更）。",
                    findings: reply.records
                ),
                for: visitor.session.id
            )
        }
        return Self.redirect(back)
    }
}
