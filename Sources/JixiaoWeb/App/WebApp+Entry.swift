import Hummingbird
import JixiaoClient

/// The forms of the year: payments, adjustments, submitting and reopening. Each change goes
/// to jixiaod as the person; its `OK` reply carries the checker's findings about what
/// changed, which the next page shows once.
extension WebApp {
    func addEntryRoutes(to router: Router<WebContext>) {
        router.get("/y/:unit/:year/payment", use: page { try await entryForm($0, $1, $2, kind: .payment) })
        router.post("/y/:unit/:year/payment", use: action { try await record($0, $1, $2, $3, kind: .payment) })
        router.get("/y/:unit/:year/adjustment", use: page { try await entryForm($0, $1, $2, kind: .adjustment) })
        router.post("/y/:unit/:year/adjustment", use: action { try await record($0, $1, $2, $3, kind: .adjustment) })
        router.get("/y/:unit/:year/reopen", use: page { try await entryForm($0, $1, $2, kind: .reopen) })
        router.post("/y/:unit/:year/reopen", use: action { try await record($0, $1, $2, $3, kind: .reopen) })
        router.post("/y/:unit/:year/submit", use: action { try await record($0, $1, $2, $3, kind: .submit) })
    }

    enum EntryKind: Sendable {
        case payment, adjustment, reopen, submit

        /// The role the form needs (jixiaod decides; the page only does not offer it).
        var role: WebRole { self == .reopen ? .admin : .operator }

        var done: String {
            switch self {
            case .payment: "支付已保存"
            case .adjustment: "预算调整已保存"
            case .reopen: "年度已重新打开"
            case .submit: "年度已提交并锁定"
            }
        }
    }

    /// The forms' common facts: the unit's name and the expenditures.
    func entryForms(_ visitor: Visitor, unit: String, year: String) async throws -> EntryForms {
        let replies = try await visitor.daemon.ask([
            ProtocolLine("UNIT GET").values(unit), ProtocolLine("PROJECT LIST").values(unit, year),
        ])
        let owners = [("dept", "部门整体支出")] + replies[1].records.map { ($0["code"] ?? "", $0["name"] ?? "") }
        return EntryForms(
            unit: unit,
            year: year,
            unitName: replies[0].first["name"] ?? unit,
            owners: owners,
            person: visitor.person
        )
    }

    /// The refusal page for a form the person's role does not allow.
    func roleRefusal(_ visitor: Visitor, needs role: WebRole, back: String) -> Response {
        Self.html(
            MessagePage.render(
                title: "没有权限",
                message: "您的角色是“\(visitor.role.label)”，不能使用此功能（需要“\(role.label)”）。",
                person: visitor.person,
                back: back
            ),
            status: .forbidden
        )
    }

    func entryForm(
        _ request: Request,
        _ context: WebContext,
        _ visitor: Visitor,
        kind: EntryKind
    ) async throws
        -> Response
    {
        let (unit, year) = try Self.unitYear(context)
        guard visitor.role >= kind.role else {
            return roleRefusal(visitor, needs: kind.role, back: "/y/\(unit)/\(year)")
        }
        let forms = try await entryForms(visitor, unit: unit, year: year)
        switch kind {
        case .payment: return Self.html(forms.payment())
        case .adjustment: return Self.html(forms.adjustment())
        default: return Self.html(forms.reopen())
        }
    }

    func record(
        _ request: Request,
        _ context: WebContext,
        _ visitor: Visitor,
        _ form: [String: String],
        kind: EntryKind
    ) async throws -> Response {
        let (unit, year) = try Self.unitYear(context)
        let base = "/y/\(unit)/\(year)"
        guard visitor.role >= kind.role else { return roleRefusal(visitor, needs: kind.role, back: base) }
        let owner = form["owner"] ?? "dept"
        let line: ProtocolLine
        switch kind {
        case .payment:
            line = ProtocolLine("PAYMENT ADD").values(unit, year, owner).key("date", form["date"] ?? "")
                .key("amount", Self.amount(form["amount"] ?? "", unit: form["amount_unit"] ?? "元"))
                .keyIfGiven("line", form["line"] ?? "").keyIfGiven("note", form["note"] ?? "")
        case .adjustment:
            line = ProtocolLine("ADJUSTMENT ADD").values(unit, year, owner).key("date", form["date"] ?? "")
                .key("amount", Self.amount(form["amount"] ?? "", unit: form["amount_unit"] ?? "元"))
                .keyIfGiven("kind", form["kind"] ?? "").keyIfGiven("reason", form["reason"] ?? "")
        case .reopen:
            line = ProtocolLine("YEAR REOPEN").values(unit, year).key("reason", form["reason"] ?? "")
        case .submit:
            line =
                form["force"] == "yes"
                ? ProtocolLine("YEAR SUBMIT").values(unit, year).key("force", "yes").key("reason", form["reason"] ?? "")
                : ProtocolLine("YEAR SUBMIT").values(unit, year)
        }
        let reply = try await visitor.daemon.ask(line)
        if let refusal = reply.refusal {
            let flash = Flash(succeeded: false, message: "未保存：\(refusal.label)。\(refusal.message)")
            if kind == .submit, refusal.code == "SUBMIT_BLOCKED" {
                var forms = try await entryForms(visitor, unit: unit, year: year)
                forms.values = form
                forms.refusal = Flash(succeeded: false, message: "未提交：\(refusal.label)。\(refusal.message)")
                return Self.html(forms.submitAnyway(), status: .unprocessableContent)
            }
            if kind == .submit {
                await sessions.setFlash(flash, for: visitor.session.id)
                return Self.redirect(base)
            }
            var forms = try await entryForms(visitor, unit: unit, year: year)
            forms.values = form
            forms.refusal = flash
            let page = kind == .payment ? forms.payment() : kind == .adjustment ? forms.adjustment() : forms.reopen()
            return Self.html(page, status: .unprocessableContent)
        }
        let sequence = reply.statusWord("seq") ?? ""
        await sessions.setFlash(
            Flash(succeeded: true, message: "\(kind.done)（第\(sequence)号变更）。", findings: reply.records),
            for: visitor.session.id
        )
        return Self.redirect(base + (kind == .payment || kind == .adjustment ? "?chart=\(owner)" : ""))
    }

    /// An amount as typed, with its unit: full-width digits made ASCII, spaces dropped, and
    /// the unit chosen beside the field added unless the person wrote one.
    static func amount(_ typed: String, unit: String) -> String {
        var text = ""
        for scalar in typed.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: text.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E, 0x3002: text += "."
            case 0xFF0C: text += ","
            case 0xFF0D: text += "-"
            case 0x20, 0x3000, 0x09: continue
            default: text.unicodeScalars.append(scalar)
            }
        }
        if text.isEmpty || text.hasSuffix("元") || text.hasSuffix("万") { return text }
        return text + (unit == "万元" ? "万元" : "元")
    }
}
