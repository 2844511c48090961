/// An object's history (`HISTORY`): who changed what, when (China time), before and after.
enum HistoryPage {
    static func render(
        path: String,
        rows: [[String: String]],
        shown: Int,
        unit: String,
        year: String,
        unitName: String,
        person: Layout.Person
    ) -> HTML {
        let base = "/y/\(unit)/\(year)"
        let lines = rows.suffix(shown).reversed().map { row -> HTML in
            """
            <tr><td class="num">\(row["seq"] ?? "")</td><td>\(Labels.chinaTime(row["time"] ?? ""))</td><td>\(Labels.author(row["author"] ?? ""))</td>
            <td>\(row["object"] ?? "")</td><td>\(Labels.action(row["action"] ?? ""))</td><td><code>\(row["before"] ?? "")</code></td><td><code>\(row["after"] ?? "")</code></td></tr>
            """
        }
        return Layout(
            title: "变更历史",
            person: person,
            trail: [("单位年度", "/years"), ("\(unitName) \(year)年度", base), ("变更历史", "")]
        ).page(
            """
            <h1>变更历史<small>\(path)</small></h1>
            <section class="panel">
            <p class="muted">共\(rows.count)次变更\(rows.count > shown ? "，显示最近\(shown)次" : "")；最新的在前。“（网页）”表示经网页录入。</p>
            <table class="data">
            <thead><tr><th class="num">序号</th><th>时间（北京时间）</th><th>操作人</th><th>对象</th><th>操作</th><th>修改前</th><th>修改后</th></tr></thead>
            <tbody>\(Array(lines))</tbody>
            </table>
            </section>
            """
        )
    }
}
