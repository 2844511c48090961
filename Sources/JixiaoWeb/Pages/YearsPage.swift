/// The unit-years the daemon holds, with their status and budget totals.
enum YearsPage {
    static func render(years: [[String: String]], unitNames: [String: String], person: Layout.Person) -> HTML {
        let rows = years.map { year -> HTML in
            let unit = year["unit"] ?? ""
            let code = year["year"] ?? ""
            let status = year["status"] ?? "draft"
            return """
                <tr><td><a href="/y/\(unit)/\(code)">\(unitNames[unit] ?? unit)</a><div class="muted">\(unit)</div></td>
                <td>\(code)年度</td><td><span class="status status-\(status)">\(Labels.status(status))</span></td>
                <td class="num">\(year["projects"] ?? "")</td><td class="num">\(year["budget_initial"] ?? "")</td>
                <td class="num">\(year["budget_full"] ?? "")</td><td class="num">\(year["executed"] ?? "")</td>
                <td class="num">\(Labels.rate(year["execution_rate"]))</td></tr>
                """
        }
        return Layout(title: "单位年度", person: person, trail: [("单位年度", "/years")]).page(
            """
            <h1>单位年度<small>共\(years.count)个</small></h1>
            <section class="panel">
            <table class="data">
            <thead><tr><th>单位</th><th>年度</th><th>状态</th><th class="num">项目数</th><th class="num">年初预算数(万元)</th>
            <th class="num">全年预算数(万元)</th><th class="num">全年执行数(万元)</th><th class="num">执行率</th></tr></thead>
            <tbody>\(rows)</tbody>
            </table>
            \(years.isEmpty ? "<p class=\"muted\">还没有单位年度。</p>" as HTML : HTML.empty)
            </section>
            """
        )
    }
}
