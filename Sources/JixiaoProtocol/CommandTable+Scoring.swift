import JixiaoCore

extension CommandTable {
    /// Scoring rule sets, scores, the official tables and the report draft.
    public static let scoring: [CommandSpec] = {
        let settings = RuleSet.fields.map { ($0.key, $0.label) }
        return [
            CommandSpec(
                "RULESET CREATE",
                arguments: ["name"],
                keys: [("from", "the rule set to copy (default: the built-in default)")] + settings,
                mutates: true,
                summary: "creates a scoring rule set as a copy of another, with settings changed"
            ),
            CommandSpec(
                "RULESET UPDATE",
                arguments: ["name"],
                keys: settings,
                mutates: true,
                summary: "changes settings of a rule set; key= (empty) restores the default's setting"
            ),
            CommandSpec(
                "RULESET DELETE",
                arguments: ["name"],
                mutates: true,
                summary: "deletes a rule set that no year picks (the built-in default cannot be deleted)"
            ),
            CommandSpec("RULESET GET", arguments: ["name"], summary: "shows a rule set's settings beside the defaults"),
            CommandSpec("RULESET LIST", summary: "lists the rule sets and the unit-years that pick them"),
            CommandSpec(
                "SCORE",
                arguments: ["unit", "year", "owner"],
                optional: 1,
                summary:
                    "scores the forms of a unit-year (or one): every line with rule and arithmetic, subtotals, total, grade"
            ),
            CommandSpec(
                "TABLE",
                arguments: ["unit", "year", "owner"],
                optional: 1,
                keys: [
                    (
                        "format",
                        "text (default), csv, json, html, md, or cells (the forms as data: a row per cell, for the workbook writer)"
                    ),
                    (
                        "view",
                        "official (default): Jixiao's scores; compare: printed beside computed, with the findings"
                    ),
                    (
                        "form",
                        "evaluation (自评表), base (基础数据表, the department's), monitor (绩效运行监控表), indicators (绩效指标表), payments (支付明细), summary (部门绩效自评结果公开汇总表, one row per project) or all; default evaluation and base"
                    ),
                    ("date", "the 绩效运行监控表's date, YYYY-MM-DD (default today, within the year)"),
                ],
                summary: "the official self-evaluation tables of a unit-year (or of dept or one project), as lines"
            ),
            CommandSpec(
                "REPORT",
                arguments: ["unit", "year"],
                keys: [("format", "md (default) or text")],
                summary: "a draft of the 自评报告 with the figures and computed sentences, as lines"
            ),
        ]
    }()
}
