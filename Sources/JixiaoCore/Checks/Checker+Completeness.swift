import OrderedCollections

extension Checker {
    /// A table that cannot be scored whole (`table-incomplete`): a form that prints its
    /// execution-rate score but no indicator, an indicator without its weight among weighted ones, an
    /// indicator without its actual value. A transfer-payment table that prints no weights
    /// at all is not missing them. Over a table marked `incomplete=yes` the missing rows are
    /// known, so only the rows printed are judged.
    /// - Parameter only: an indicator whose own row alone is judged; `nil` judges every row.
    func checkCompleteness(_ expenditure: Expenditure, key: ExpenditureKey, only: Code? = nil) -> [Finding] {
        // The dictionary's values, not `indicatorList`: no copy of every row per check.
        let indicators = expenditure.indicators.values
        if indicators.isEmpty {
            // The form's own 执行率 得分 cell says an indicator table belongs here; a 汇总表 row
            // (a project's 自评得分 alone) does not.
            guard !expenditure.isIncomplete, expenditure.printedScore != nil else {
                return []
            }
            return [
                Finding(
                    .tableIncomplete,
                    .expenditure(key),
                    zh: "自评表印有执行率得分，却没有任何绩效指标：无法评分",
                    en: "the form prints an execution-rate score but has no indicator: it cannot be scored"
                )
            ]
        }
        let weighted = indicators.contains { $0.weight != nil }
        var findings: [Finding] = []
        for indicator in indicators where !indicator.notApplicable && (only == nil || indicator.code == only) {
            var missing: [String] = []
            if weighted && indicator.weight == nil { missing.append("分值") }
            if indicator.actual == nil && indicator.measure == nil { missing.append("实际完成值") }
            guard !missing.isEmpty else { continue }
            findings.append(
                Finding(
                    .tableIncomplete,
                    .part(key, .indicator(indicator.code)),
                    zh: "\(indicator.name)未填\(missing.joined(separator: "、"))：该行无法评分，表格不完整",
                    en:
                        "\(indicator.name) has no \(missing.map { $0 == "分值" ? "weight" : "actual value" }.joined(separator: " and ")): the table is incomplete"
                )
            )
        }
        return findings
    }
}
