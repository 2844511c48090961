/// The forms operators fill in through the year: a payment (支付) and a budget adjustment
/// (预算调整). Values typed are sent as they are (quoted), and the daemon checks them; a
/// refusal comes back to the same form with what was typed.
struct EntryForms {
    var unit: String
    var year: String
    var unitName: String
    /// `(code, name)` of the expenditures: `dept` first, then the projects.
    var owners: [(String, String)]
    var person: Layout.Person
    /// What was typed, when the form comes back refused.
    var values: [String: String] = [:]
    var refusal: Flash?

    var base: String { "/y/\(unit)/\(year)" }

    private func layout(_ title: String) -> Layout {
        Layout(
            title: title,
            person: person,
            trail: [("单位年度", "/years"), ("\(unitName) \(year)年度", base), (title, "")]
        )
    }

    private func ownerSelect() -> HTML {
        let chosen = values["owner"] ?? "dept"
        let options = owners.map { code, name -> HTML in
            "<option value=\"\(code)\"\(code == chosen ? " selected" : "")>\(name)</option>"
        }
        return "<select name=\"owner\" id=\"owner\">\(options)</select>"
    }

    private func amountField(_ label: String, hint: String) -> HTML {
        let unitChosen = values["amount_unit"] ?? "元"
        return """
            <label for="amount">\(label)</label>
            <div class="amount"><input type="text" name="amount" id="amount" inputmode="decimal" value="\(values["amount"] ?? "")" required placeholder="\(hint)">
            <select name="amount_unit"><option value="元"\(unitChosen == "元" ? " selected" : "")>元</option><option value="万元"\(unitChosen == "万元" ? " selected" : "")>万元</option></select></div>
            """
    }

    func payment() -> HTML {
        let line = values["line"] ?? ""
        let lines = [
            ("", "（不区分）"), ("source.current", "当年财政拨款"), ("source.carryover", "上年结转资金"), ("source.other", "其他资金"),
        ]
        let lineOptions = lines.map { code, name -> HTML in
            "<option value=\"\(code)\"\(code == line ? " selected" : "")>\(name)</option>"
        }
        return layout("录入支付").page(
            """
            <h1>录入支付<small>\(unitName) \(year)年度</small></h1>
            \(FindingsView.flash(refusal, unit: unit, year: year))
            <section class="panel">
            <form method="post" action="\(base)/payment" class="entry">
            \(csrfField(person.csrfToken))
            <label for="owner">支出</label>\(ownerSelect())
            <label for="date">支付日期</label><input type="date" name="date" id="date" value="\(values["date"] ?? "")" required>
            \(amountField("金额", hint: "如 12000 或 1.2"))
            <label for="line">资金来源</label><select name="line" id="line">\(lineOptions)</select>
            <label for="note">摘要</label><input type="text" name="note" id="note" value="\(values["note"] ?? "")" maxlength="200">
            <span></span><div><button type="submit" class="primary">保存</button> <a class="button" href="\(base)">取消</a></div>
            </form>
            </section>
            """
        )
    }

    func adjustment() -> HTML {
        let kind = values["kind"] ?? "追加"
        let kinds = ["追加", "调减", "调整"].map { name -> HTML in
            "<option value=\"\(name)\"\(name == kind ? " selected" : "")>\(name)</option>"
        }
        return layout("录入预算调整").page(
            """
            <h1>录入预算调整<small>\(unitName) \(year)年度</small></h1>
            \(FindingsView.flash(refusal, unit: unit, year: year))
            <section class="panel">
            <form method="post" action="\(base)/adjustment" class="entry">
            \(csrfField(person.csrfToken))
            <label for="owner">支出</label>\(ownerSelect())
            <label for="date">调整日期</label><input type="date" name="date" id="date" value="\(values["date"] ?? "")" required>
            <label for="kind">类型</label><select name="kind" id="kind">\(kinds)</select>
            \(amountField("金额", hint: "追加为正数，调减为负数，如 -5000"))
            <label for="reason">调整原因</label><textarea name="reason" id="reason" maxlength="500">\(values["reason"] ?? "")</textarea>
            <span></span><div><button type="submit" class="primary">保存</button> <a class="button" href="\(base)">取消</a></div>
            </form>
            </section>
            """
        )
    }

    /// After `YEAR SUBMIT` was refused for the checker's errors (`SUBMIT_BLOCKED`): the
    /// refusal with its counts, and a way to submit anyway with a reason, which the daemon
    /// records (`force=yes reason=…`) and the tables show.
    func submitAnyway() -> HTML {
        layout("提交年度").page(
            """
            <h1>提交年度<small>\(unitName) \(year)年度</small></h1>
            \(FindingsView.flash(refusal, unit: unit, year: year))
            <section class="panel">
            <p>请先在<a href="\(base)/table">报表</a>中核对并改正检查发现的错误。确需按现状提交的，请写明原因：原因将随提交记录并显示在报表中。</p>
            <form method="post" action="\(base)/submit" class="entry">
            \(csrfField(person.csrfToken))
            <input type="hidden" name="force" value="yes">
            <label for="reason">仍然提交的原因</label><textarea name="reason" id="reason" required maxlength="500">\(values["reason"] ?? "")</textarea>
            <span></span><div><button type="submit" class="danger">仍然提交</button> <a class="button" href="\(base)">取消</a></div>
            </form>
            </section>
            """
        )
    }

    func reopen() -> HTML {
        layout("重新打开年度").page(
            """
            <h1>重新打开年度<small>\(unitName) \(year)年度</small></h1>
            \(FindingsView.flash(refusal, unit: unit, year: year))
            <section class="panel">
            <form method="post" action="\(base)/reopen" class="entry">
            \(csrfField(person.csrfToken))
            <label for="reason">原因</label><textarea name="reason" id="reason" required maxlength="500">\(values["reason"] ?? "")</textarea>
            <span></span><div><button type="submit" class="danger">重新打开</button> <a class="button" href="\(base)">取消</a></div>
            </form>
            </section>
            """
        )
    }
}
