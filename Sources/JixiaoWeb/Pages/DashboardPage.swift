/// A unit-year's dashboard: the budget, execution against time progress (绩效运行监控) with
/// the month chart, the checker's findings and the scores; the part under `#live` is
/// fetched again whenever a change in the unit-year is committed anywhere.
struct DashboardPage {
    var unit: String
    var year: String
    var unitName: String
    var yearRecord: [String: String]
    var dept: [String: String]
    var projects: [[String: String]]
    var monitor: [[String: String]]
    var monthly: [[String: String]]
    var monthlyOwner: String
    var payments: [[String: String]]
    var findings: [[String: String]]
    var scores: [[String: String]]
    var role: WebRole
    var date: String
    var flash: Flash?
    var person: Layout.Person

    var base: String { "/y/\(unit)/\(year)" }
    var status: String { yearRecord["status"] ?? "draft" }
    var mayEnter: Bool { role == .admin || (role == .operator && status != "submitted") }

    /// The name of an expenditure (`dept` or a project's code).
    func ownerName(_ owner: String) -> String {
        owner == "dept" ? "部门整体支出" : projects.first { $0["code"] == owner }?["name"] ?? owner
    }

    func render() -> HTML {
        Layout(
            title: "\(unitName) \(year)年度",
            person: person,
            trail: [("单位年度", "/years"), ("\(unitName) \(year)年度", base)]
        ).page(
            """
            <h1>\(unitName) \(year)年度<small><span class="status status-\(status)">\(Labels.status(status))</span></small></h1>
            \(actions)
            \(FindingsView.flash(flash, unit: unit, year: year))
            <div class="live-bar"><span class="live-state">未连接实时更新</span></div>
            <div id="live" data-events="\(base)/events">
            \(live)
            </div>
            """
        )
    }

    private var actions: HTML {
        var buttons: [HTML] = []
        if mayEnter {
            buttons.append("<a class=\"button primary\" href=\"\(base)/payment\">录入支付</a>")
            buttons.append("<a class=\"button\" href=\"\(base)/adjustment\">录入预算调整</a>")
        }
        buttons.append("<a class=\"button\" href=\"\(base)/indicators?owner=dept\">指标表</a>")
        buttons.append("<a class=\"button\" href=\"\(base)/table?owner=dept&amp;form=evaluation\">打印自评表</a>")
        buttons.append("<a class=\"button\" href=\"\(base)/table\">全部报表</a>")
        buttons.append("<a class=\"button\" href=\"\(base)/table.xlsx?form=all\" download>下载 Excel</a>")
        buttons.append("<a class=\"button\" href=\"\(base)/history\">变更历史</a>")
        if role >= .operator, status != "submitted" {
            buttons.append(
                """
                <form method="post" action="\(base)/submit" class="inline" data-confirm="提交后该年度将锁定，只有管理员可以重新打开。确定提交？">\(csrfField(person.csrfToken))<button type="submit" class="danger">提交年度</button></form>
                """
            )
        }
        if role == .admin, status == "submitted" {
            buttons.append("<a class=\"button danger\" href=\"\(base)/reopen\">重新打开</a>")
        }
        return "<div class=\"actions\">\(buttons)</div>"
    }

    /// The part that follows every change.
    var live: HTML {
        let paid = dept["paid"].flatMap { $0.isEmpty ? nil : $0 } ?? "—"
        return """
            <section class="panel">
            <h2>部门整体支出</h2>
            <div class="figures">
            <div class="figure"><div class="label">年初预算数</div><div class="value">\(dept["budget_initial"] ?? "")<small>万元</small></div></div>
            <div class="figure"><div class="label">全年预算数</div><div class="value">\(dept["budget_full"] ?? "")<small>万元</small></div></div>
            <div class="figure"><div class="label">全年执行数</div><div class="value">\(dept["executed"] ?? "")<small>万元</small></div></div>
            <div class="figure"><div class="label">执行率</div><div class="value" id="dept-rate">\(Labels.rate(dept["execution_rate"]))</div></div>
            <div class="figure"><div class="label">已录支付</div><div class="value">\(paid)<small>万元</small></div></div>
            </div>
            </section>
            \(monitorPanel)
            <div class="row">
            <section class="panel"><h2>月度执行进度 · \(ownerName(monthlyOwner))</h2>\(ownerPicker)\(MonthChart.render(monthly, budget: monitor.first { $0["owner"] == monthlyOwner }?["budget"] ?? ""))</section>
            <section class="panel"><h2>自评得分</h2>\(scoreTable)</section>
            </div>
            \(paymentTable)
            <section class="panel"><h2>审核发现<small class="muted">（共\(findings.count)项）</small></h2>\(FindingsView.table(findings, unit: unit, year: year))</section>
            <section class="panel"><h2>项目支出</h2>\(projectTable)</section>
            """
    }

    private var monitorPanel: HTML {
        let rows = monitor.map { row -> HTML in
            let level = row["level"] ?? ""
            let owner = row["owner"] ?? ""
            return """
                <tr class="level-row-\(level)" data-owner="\(owner)"><td><span class="level level-\(level)">\(Labels.level(level))</span></td>
                <td>\(row["name"] ?? "")</td><td class="num">\(row["budget"] ?? "")</td><td class="num">\(row["paid"] ?? "")</td>
                <td class="num rate">\(Labels.rate(row["rate"]))</td><td class="num">\(Labels.rate(row["progress"]))</td>
                <td class="num">\(row["gap"] ?? "")</td><td class="num">\(row["indicators"] ?? "")</td><td>\(row["reason"] ?? "")</td></tr>
                """
        }
        return """
            <section class="panel" id="monitor">
            <h2>绩效运行监控（双监控）</h2>
            <form method="get" action="\(base)" class="no-print">监控日期 <input type="date" name="date" value="\(date)"> <button type="submit" class="secondary">查看</button>
            <span class="muted">不填为今日；执行率 = 截至该日的支付 ÷ 预算（含截至该日的调整）</span></form>
            <table class="data">
            <thead><tr><th>状态</th><th>支出</th><th class="num">预算(万元)</th><th class="num">已支付(万元)</th><th class="num">执行率</th>
            <th class="num">序时进度</th><th class="num">落后(百分点)</th><th class="num">指标填报</th><th>说明</th></tr></thead>
            <tbody>\(rows)</tbody>
            </table>
            </section>
            """
    }

    private var ownerPicker: HTML {
        let options = monitor.map { row -> HTML in
            let owner = row["owner"] ?? ""
            return
                "<option value=\"\(owner)\"\(owner == monthlyOwner ? " selected" : "")>\(row["name"] ?? owner)</option>"
        }
        return """
            <form method="get" action="\(base)" class="no-print">\(date.isEmpty ? HTML.empty : "<input type=\"hidden\" name=\"date\" value=\"\(date)\">")<select name="chart" data-submit>\(options)</select></form>
            """
    }

    private var paymentTable: HTML {
        let rows = payments.suffix(20).reversed().map { payment -> HTML in
            """
            <tr><td>\(payment["date"] ?? "")</td><td class="num">\(payment["amount"] ?? "")</td><td>\(Self.lineName(payment["line"] ?? ""))</td>
            <td>\(payment["note"] ?? "")</td><td><a href="\(base)/history?path=\(unit)/\(year)/\(monthlyOwner)/payment/\(payment["id"] ?? "")">历史</a></td></tr>
            """
        }
        return """
            <section class="panel" id="payments"><h2>支付记录 · \(ownerName(monthlyOwner))<small class="muted">（共\(payments.count)笔\(payments.count > 20 ? "，显示最近20笔" : "")）</small></h2>
            \(payments.isEmpty ? "<p class=\"muted\">尚无支付记录。</p>" as HTML : "<table class=\"data\"><thead><tr><th>支付日期</th><th class=\"num\">金额(万元)</th><th>资金来源</th><th>摘要</th><th></th></tr></thead><tbody>\(Array(rows))</tbody></table>" as HTML)
            </section>
            """
    }

    static func lineName(_ code: String) -> String {
        switch code {
        case "source.current": "当年财政拨款"
        case "source.carryover": "上年结转资金"
        case "source.other": "其他资金"
        default: code
        }
    }

    private var scoreTable: HTML {
        var rows: [HTML] = []
        for owner in ["dept"] + projects.compactMap({ $0["code"] }) {
            let total = scores.first { $0["owner"] == owner && $0["line"] == "total" }
            let grade = scores.first { $0["owner"] == owner && $0["line"] == "grade" }
            rows.append(
                """
                <tr><td><a href="\(base)/indicators?owner=\(owner)">\(ownerName(owner))</a></td><td class="num">\(total?["final_score"] ?? "")</td>
                <td>\(grade?["final_score"].flatMap { $0.isEmpty ? nil : $0 } ?? "不评定")</td>
                <td><a href="\(base)/table?owner=\(owner)&amp;form=evaluation">自评表</a></td></tr>
                """
            )
        }
        return """
            <table class="data"><thead><tr><th>支出</th><th class="num">总分</th><th>等级</th><th>报表</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    private var projectTable: HTML {
        guard !projects.isEmpty else { return "<p class=\"muted\">没有项目。</p>" }
        let rows = projects.map { project -> HTML in
            let code = project["code"] ?? ""
            return """
                <tr><td>\(project["name"] ?? "")<div class="muted">\(code)</div></td><td class="num">\(project["budget_initial"] ?? "")</td>
                <td class="num">\(project["budget_full"] ?? "")</td><td class="num">\(project["executed"] ?? "")</td>
                <td class="num">\(Labels.rate(project["execution_rate"]))</td>
                <td><a href="\(base)/indicators?owner=\(code)">指标表</a> · <a href="\(base)/history?path=\(unit)/\(year)/\(code)">历史</a></td></tr>
                """
        }
        return """
            <table class="data"><thead><tr><th>项目</th><th class="num">年初预算数(万元)</th><th class="num">全年预算数(万元)</th>
            <th class="num">全年执行数(万元)</th><th class="num">执行率</th><th></th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}
