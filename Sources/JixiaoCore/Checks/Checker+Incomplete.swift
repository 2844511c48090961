extension Checker {
    /// The rules whose findings add up rows of a table: over a table printed only in part
    /// they cannot be verified.
    static let sumRules: Set<CheckRule> = [
        .weightsSum, .groupWeightMismatch, .totalMismatch, .sumMismatch, .fundsBySourceSum, .fundsByLevelSum,
    ]

    /// Over an expenditure marked `incomplete=yes` (an excerpt, a page missing) each sum's
    /// finding becomes a `sum-unverifiable` note with the same figures: the missing rows
    /// are not an error of the report.
    func unverifiable(_ findings: [Finding], of expenditure: Expenditure) -> [Finding] {
        guard expenditure.isIncomplete else { return findings }
        let reason = expenditure.incompleteReason.map { "（\($0)）" } ?? "（未说明原因）"
        return findings.map { finding in
            guard Self.sumRules.contains(finding.rule) else { return finding }
            return Finding(
                .sumUnverifiable,
                finding.object,
                involved: finding.involved,
                reported: finding.reported,
                computed: finding.computed,
                difference: finding.difference,
                zh: "表格未完整印出\(reason)，合计无法核对：\(finding.messageZH)",
                en:
                    "the table is printed only in part, so this sum cannot be verified (\(finding.rule.rawValue)): \(finding.messageEN)"
            )
        }
    }
}
