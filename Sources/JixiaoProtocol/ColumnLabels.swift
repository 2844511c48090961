/// The official Chinese heading of each column key, for tables people read.
public enum ColumnLabels {
    static let labels: [String: String] = [
        "unit": "单位", "code": "代码", "name": "名称", "year": "年度", "project": "项目",
        "years": "年度数", "projects": "项目数",
        "budget_initial": "年初预算数(万元)", "budget_full": "全年预算数(万元)", "executed": "全年执行数(万元)",
        "execution_rate": "执行率(%)", "revision": "版本",
        "command": "命令", "usage": "用法", "summary": "说明", "argument": "参数", "meaning": "含义",
        "key": "键", "value": "值",
    ]

    /// The heading for a column key; the key itself when it has none.
    public static func label(for key: String) -> String { labels[key] ?? key }
}
