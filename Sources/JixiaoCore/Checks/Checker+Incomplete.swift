extension Checker {
    /// The rules whose findings add up rows of the indicator table: over a table printed
    /// only in part (its indicator rows cut) the missing rows may hold what is lacking. The
    /// funds block is printed whole or not at all, so its sums stay errors.
    static let sumRules: Set<CheckRule> = [.weightsSum, .groupWeightMismatch, .totalMismatch, .groupScoreMismatch]

    /// Over an expenditure marked `incomplete=yes` (an excerpt, a page missing) each sum's
    /// finding becomes a `sum-unverifiable` note with the same figures, unless the rows seen
    /// already decide it: seen weights above 100 (or above a group's printed weight) can
    /// only grow, and a printed total above the scores seen plus the weight not seen (or
    /// below the scores seen) is wrong whatever the missing rows hold.
    /// `weightTotal` is the score's ``ExpenditureScore/weightTotal``.
    func unverifiable(_ findings: [Finding], of expenditure: Expenditure, weightTotal: ExactNumber) -> [Finding] {
        guard expenditure.isIncomplete else { return findings }
        let reason = expenditure.incompleteReason.map { "（\($0)）" } ?? "（未说明原因）"
        return findings.map { finding in
            guard Self.sumRules.contains(finding.rule) else { return finding }
            if let certain = certain(finding, expenditure: expenditure, weightTotal: weightTotal) { return certain }
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

    /// The finding as an error with its bound (`≥ 170`, `≤ 94`), when the rows seen decide it.
    private func certain(_ finding: Finding, expenditure: Expenditure, weightTotal: ExactNumber) -> Finding? {
        let hundred = ExactNumber(100)
        switch finding.rule {
        case .weightsSum:
            guard weightTotal > hundred else { return nil }
            return bounded(finding, "≥ \(weightTotal.plain)", "已印出的分值合计\(weightTotal.plain)已超过100分，缺页只会更多")
        case .groupWeightMismatch:
            guard let reported = finding.reported.flatMap({ ExactNumber(parsing: $0) }),
                let seen = finding.computed.flatMap({ ExactNumber(parsing: $0) }), seen > reported
            else { return nil }
            return bounded(finding, "≥ \(seen.plain)", "已印出的指标分值合计\(seen.plain)已超过该组所印\(reported.plain)分")
        case .totalMismatch:
            guard let printed = expenditure.printedTotal,
                let seen = finding.computed.flatMap({ ExactNumber(parsing: $0) })
            else { return nil }
            let unseen = Ratio(hundred) - Ratio(weightTotal)
            let bound = Ratio(seen) + (unseen.isNegative ? .zero : unseen)
            if Ratio(printed) > bound {
                let text = bound.rounded(toDecimals: 2).plain
                return bounded(
                    finding,
                    "≤ \(text)",
                    "已印出各项得分\(seen.plain)加未印出的分值\(unseen.rounded(toDecimals: 2).plain)，总分至多\(text)"
                )
            }
            if Ratio(printed) < Ratio(seen) {
                return bounded(finding, "≥ \(seen.plain)", "已印出各项得分合计\(seen.plain)已超过所印总分")
            }
            return nil
        default:
            return nil
        }
    }

    private func bounded(_ finding: Finding, _ computed: String, _ why: String) -> Finding {
        Finding(
            finding.rule,
            finding.object,
            involved: finding.involved,
            reported: finding.reported,
            computed: computed,
            zh: "表格未完整印出，但\(why)：\(finding.messageZH)",
            en: "the table is printed only in part, but the rows seen decide it (\(computed)): \(finding.messageEN)"
        )
    }
}
