public import JixiaoCore

/// Findings of the checker as rows.
public enum FindingTables {
    /// The columns of a finding row.
    public static let columns = [
        "severity", "rule", "object", "reported", "computed", "difference", "message", "message_en",
    ]

    /// Findings, most serious first, in object order within a severity.
    public static func findings(_ findings: [Finding]) -> RowTable {
        let sorted = findings.enumerated().sorted { lhs, rhs in
            lhs.element.severity != rhs.element.severity
                ? lhs.element.severity < rhs.element.severity : lhs.offset < rhs.offset
        }.map(\.element)
        return RowTable(
            columns: columns,
            rows: sorted.map { finding in
                [
                    finding.severity.rawValue, finding.rule.rawValue, finding.object.description,
                    finding.reported ?? "",
                    finding.computed ?? "", finding.difference ?? "", finding.messageZH, finding.messageEN,
                ]
            }
        )
    }

    /// `CHECK RULES`.
    public static func rules() -> RowTable {
        RowTable(
            columns: ["rule", "severity", "title"],
            rows: CheckRule.allCases.map { [$0.rawValue, $0.severity.rawValue, $0.title] }
        )
    }
}
