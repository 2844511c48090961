import JixiaoCore

/// The official Chinese heading of each column key, for tables people read.
public enum ColumnLabels {
    /// Headings for keys whose field label would be ambiguous or lacks its unit.
    static let explicit: [String: String] = [
        "unit": "单位", "code": "代码", "name": "名称", "year": "年度", "project": "项目", "owner": "支出",
        "years": "年度数", "projects": "项目数", "id": "序号", "line": "科目", "group": "分组",
        "budget_initial": "年初预算数(万元)", "budget_full": "全年预算数(万元)", "executed": "全年执行数(万元)",
        "initial": "年初预算数(万元)", "full": "全年预算数(万元)", "prior_actual": "上年决算数(万元)",
        "budget": "本年预算数(万元)", "actual_amount": "本年决算数(万元)", "due": "应到位(万元)", "received": "实际到位(万元)",
        "to_receive": "待到位(万元)", "amount": "金额(万元)", "execution_rate": "执行率(%)", "rate": "执行率(%)",
        "share": "占比(%)", "change_rate": "变动率(%)", "received_rate": "到位率(%)", "control_rate": "控制率(%)", "status": "状态",
        "reopen_reason": "退回原因",
        "adjusted_budget": "调整后预算(万元)", "paid": "已支付(万元)", "balance": "结余数(万元)",
        "returned": "结余交回财政数(万元)", "display_label": "科目名称",
        "indicator_weights": "指标分值合计", "revision": "版本", "severity": "级别", "rule": "规则", "object": "对象",
        "reported": "报告数", "computed": "计算数", "difference": "差额", "message": "说明", "message_en": "说明(英文)",
        "command": "命令", "usage": "用法", "summary": "说明", "argument": "参数", "meaning": "含义",
        "standard": "标准", "level": "级次", "title": "说明", "key": "键", "value": "值",
        // HISTORY, WATCH: the time is shown in China time to people.
        "seq": "日志序号", "time": "时间(北京时间)", "author": "操作人", "action": "操作", "change": "变更内容",
        "before": "修改前", "after": "修改后",
        // SCORE, RULESET.
        "computed_score": "计算得分", "final_score": "得分", "arithmetic": "计算过程", "builtin": "内置",
        "default": "默认值",
        // MONITOR, MONTHLY.
        "month": "月份", "cumulative": "累计支付(万元)", "cumulative_rate": "累计执行率(%)",
        "even_pace": "序时均衡线(万元)", "gap": "落后(百分点)", "progress": "序时进度(%)", "indicators": "指标",
        // ALLOCATION, STATUS.
        "owed_central": "中央应担(万元)", "owed_province": "省级应担(万元)", "owed_city": "市级应担(万元)",
        "owed_county": "县级应担(万元)", "share_total": "比例合计(%)", "units": "单位数",
    ]

    /// Every field's label from the model's field descriptions, first one wins.
    static let fromFields: [String: String] = {
        var labels: [String: String] = [:]
        let fields =
            Unit.fields + UnitYear.fields + Expenditure.fields + Project.fields + Indicator.fields + Fact.fields
            + Adjustment.fields + Payment.fields + Goal.fields + Allocation.fields + FigureLine.fields
        for field in fields where labels[field.key] == nil { labels[field.key] = field.label }
        return labels
    }()

    /// The heading for a column key; the key itself when it has none.
    public static func label(for key: String) -> String { explicit[key] ?? fromFields[key] ?? key }

    /// The headings of a table's columns. `actual` is 本年决算数 in a table of figure lines
    /// (which have `prior_actual`) and 实际完成值 elsewhere.
    public static func labels(for columns: [String]) -> [String] {
        let lines = columns.contains("prior_actual")
        return columns.map { key in key == "actual" && lines ? "本年决算数(万元)" : label(for: key) }
    }
}
