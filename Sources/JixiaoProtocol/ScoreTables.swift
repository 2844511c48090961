public import JixiaoCore

/// `SCORE` and `RULESET GET/LIST` as rows.
public enum ScoreTables {
    /// The columns of a score row.
    public static let columns = [
        "unit", "year", "owner", "line", "code", "level1", "level2", "name", "target", "actual", "weight",
        "printed_score", "computed_score", "override_score", "final_score", "completion", "status", "rule",
        "arithmetic", "note",
    ]

    /// Rows for scored expenditures: for each, the execution rate, the indicators, the group
    /// subtotals, the computed department measures, the total, the grade and the warnings.
    /// `line` says which: `execution`, `indicator`, `group1`, `group2`, `measure`, `total`,
    /// `grade`, `warning`.
    public static func rows(_ scores: [(ExpenditureScore, Expenditure)]) -> RowTable {
        var table = RowTable(columns: columns)
        for (score, expenditure) in scores {
            let key = score.key
            func row(_ line: String, _ values: [String: String]) {
                table.rows.append(
                    [key.unit.text, key.year.description, key.owner.description, line]
                        + columns.dropFirst(4).map { values[$0] ?? "" }
                )
            }
            let execution = score.execution
            var executionNote = expenditure.printedRate.map { "printed rate \($0)%" } ?? ""
            if let printed = expenditure.printedRate, let computed = execution.computedValue {
                executionNote = "printed rate \(printed)%, computed \(computed)"
            }
            row(
                "execution",
                values(execution, extra: ["actual": execution.computedValue ?? "", "note": executionNote])
            )
            for (line, indicator) in zip(score.indicators, expenditure.indicatorList) {
                var extra = [
                    "code": indicator.code.text, "level1": indicator.level1, "level2": indicator.level2,
                    "target": indicator.target?.text ?? "", "actual": indicator.actual?.text ?? "",
                    "note": line.overrideReason.map { "override: \($0)" } ?? "",
                ]
                if let computed = line.computedValue {
                    extra["actual"] = computed
                    extra["note"] = "computed; printed \(indicator.actual?.text ?? "nothing")"
                }
                row("indicator", values(line, extra: extra))
            }
            for group in score.groups {
                var notes: [String] = []
                if let printed = group.printedWeight { notes.append("printed weight \(printed.plain)") }
                if !group.complete { notes.append("incomplete: a line has no score") }
                row(
                    group.group.level2.isEmpty ? "group1" : "group2",
                    [
                        "level1": group.group.level1, "level2": group.group.level2, "name": group.group.description,
                        "weight": group.weight.plain, "printed_score": group.printedScore?.plain ?? "",
                        "computed_score": group.score.plain, "final_score": group.score.plain,
                        "note": notes.joined(separator: "; "),
                    ]
                )
            }
            for measure in score.measures {
                let note =
                    measure.indicator.map { "scored by indicator \($0)" } ?? "not in the indicator table: not scored"
                var status = "computed"
                if case .notApplicable(let why)? = measure.value.problem { status = "not-applicable: \(why)" }
                if case .missing(let why)? = measure.value.problem { status = "missing: \(why)" }
                row(
                    "measure",
                    [
                        "code": measure.measure.rawValue, "name": measure.measure.title, "actual": measure.value.text,
                        "status": status, "rule": measure.rule, "arithmetic": measure.value.basis, "note": note,
                    ]
                )
            }
            row(
                "total",
                [
                    "name": "总分", "weight": score.weightTotal.plain, "printed_score": score.printedTotal?.plain ?? "",
                    "computed_score": score.total?.plain ?? "", "final_score": score.total?.plain ?? "",
                    "status": score.isComplete ? "computed" : "incomplete", "arithmetic": score.totalArithmetic,
                    "note": score.printedSum.map { "the printed scores add up to \($0.plain)" } ?? "",
                ]
            )
            row(
                "grade",
                [
                    "name": "等级", "printed_score": score.printedGrade ?? "", "computed_score": score.grade ?? "",
                    "final_score": score.grade ?? "", "rule": "grades of rule set \(score.ruleSet)",
                    "arithmetic": score.gradeNote,
                ]
            )
            for warning in score.warnings { row("warning", ["note": warning]) }
        }
        return table
    }

    private static func values(_ line: ScoreLine, extra: [String: String]) -> [String: String] {
        var values = extra
        values["name"] = line.name
        values["weight"] = line.weight?.plain ?? ""
        values["printed_score"] = line.printed?.plain ?? ""
        values["computed_score"] = line.computed?.plain ?? ""
        values["override_score"] = line.override?.plain ?? ""
        values["final_score"] = line.final?.plain ?? ""
        values["completion"] = line.completion?.rawValue ?? ""
        values["status"] = status(line)
        values["rule"] = line.rule.rawValue
        values["arithmetic"] = line.arithmetic
        return values
    }

    /// `computed`, `overridden`, `not-applicable`, `pending` or `missing`.
    public static func status(_ line: ScoreLine) -> String {
        switch line.status {
        case .computed: line.override == nil ? "computed" : "overridden"
        case .notApplicable: "not-applicable"
        case .pending: line.override == nil ? "pending" : "overridden"
        case .missing: "missing"
        }
    }

    /// `RULESET GET`: each setting with its label, value, and the built-in default.
    public static func ruleSet(_ rules: RuleSet) -> RowTable {
        RowTable(
            columns: ["name", "key", "label", "value", "default"],
            rows: RuleSet.fields.map { field in
                [
                    rules.name.text, field.key, field.label, rules.exportValue(field.key) ?? "",
                    RuleSet.standard.exportValue(field.key) ?? "",
                ]
            }
        )
    }

    /// `RULESET LIST`: each set with the unit-years that pick it.
    public static func ruleSets(_ state: ModelState) -> RowTable {
        RowTable(
            columns: ["name", "label", "builtin", "years", "revision"],
            rows: state.ruleSetList.map { rules in
                let years =
                    rules.isBuiltIn
                    ? state.unitList.flatMap { unit in
                        unit.yearList.filter { $0.ruleSet == nil }.map { "\(unit.code)/\($0.year)" }
                    } : state.years(using: rules.name)
                return [
                    rules.name.text, rules.label ?? "", rules.isBuiltIn ? "yes" : "no", years.joined(separator: " "),
                    String(rules.revision),
                ]
            }
        )
    }
}
