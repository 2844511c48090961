public import JixiaoCore

/// The rows the query commands answer with, built from the model.
public enum ModelTables {
    /// The text of a rate for a table cell: `166.02`, or 不适用 when it has no denominator.
    public static func cell(_ rate: Rate?) -> String { rate?.percentText ?? "不适用" }

    /// The text of a ratio as a percentage: `92.11`, or 不适用.
    public static func cell(_ ratio: Ratio?) -> String { ratio?.percentText ?? "不适用" }

    /// The text of an amount for a table cell in the connection's ``MoneyFormat`` (万元 with
    /// two decimals by default), empty when not entered.
    public static func cell(_ money: Money?) -> String { money.map(MoneyFormat.current.cell) ?? "" }

    /// A field's cell: amounts in the connection's ``MoneyFormat``, other kinds as the
    /// object shows them.
    static func cell<Object: FieldedObject>(_ object: Object, _ field: FieldSpec) -> String {
        guard field.kind == .money else { return object.displayValue(field.key) }
        return cell(object.displayAmount(field.key))
    }

    /// Rows of fielded objects: leading address columns, every field, then computed columns.
    static func table<Object: FieldedObject>(
        _ objects: [Object],
        leading: [String],
        _ leadingValues: (Object) -> [String],
        trailing: [(String, (Object) -> String)] = []
    ) -> RowTable {
        RowTable(
            columns: leading + Object.fields.map(\.key) + trailing.map(\.0),
            rows: objects.map { object in
                leadingValues(object) + Object.fields.map { cell(object, $0) }
                    + trailing.map { $0.1(object) }
            }
        )
    }

    /// Units: `code`, every field, years, revision.
    public static func units(_ units: [Unit]) -> RowTable {
        table(
            units,
            leading: ["code"],
            { [$0.code.text] },
            trailing: [("years", { String($0.yearCount) }), ("revision", { String($0.revision) })]
        )
    }

    /// Years with their staffing and project totals.
    /// - Throws: ``DomainError/overflow`` if a total cannot be held.
    public static func years(_ years: [(Code, UnitYear)]) throws(DomainError) -> RowTable {
        var table = RowTable(
            columns: ["unit", "year", "projects", "budget_initial", "budget_full", "executed", "execution_rate"]
                + UnitYear.fields.map(\.key) + [
                    "control_rate", "status", "reopen_reason", "submit_force_reason", "revision",
                ]
        )
        for (unit, year) in years {
            table.rows.append(
                [
                    unit.text, year.year.description, String(year.projectCount), cell(try year.total(\.initial)),
                    cell(try year.total(\.full)), cell(try year.total(\.executed)), cell(try year.executionRate()),
                ] + UnitYear.fields.map { cell(year, $0) }
                    + [
                        cell(year.staffing.controlRate), year.status.rawValue, year.reopenReason,
                        year.submitForceReason, String(year.revision),
                    ]
            )
        }
        return table
    }

    /// The compact project list: `unit year code name budget_initial budget_full executed
    /// execution_rate revision`.
    public static func projects(_ projects: [Project], unit: Code, year: FiscalYear) -> RowTable {
        RowTable(
            columns: [
                "unit", "year", "code", "name", "budget_initial", "budget_full", "executed", "execution_rate",
                "revision",
            ],
            rows: projects.map { project in
                [
                    unit.text, year.description, project.code.text, project.name, cell(project.budget.initial),
                    cell(project.budget.full), cell(project.budget.executed), cell(project.executionRate),
                    String(project.revision),
                ]
            }
        )
    }

    /// One expenditure in full: the department's (`DEPT GET`) or a project's (`PROJECT GET`).
    public static func expenditure(_ key: ExpenditureKey, department: Expenditure?, project: Project?) -> RowTable {
        let computed: [(String, (Expenditure) -> String)] = [
            ("execution_rate", { cell($0.budget.executionRate) }),
            ("adjusted_budget", { cell($0.adjustedBudget) }),
            ("paid", { cell($0.paidTotal) }),
        ]
        if let project {
            return table(
                [project],
                leading: ["unit", "year", "code"],
                { [key.unit.text, key.year.description, $0.code.text] },
                trailing: computed.map { name, value in (name, { value($0.expenditure) }) }
                    + [("revision", { String($0.revision) })]
            )
        }
        return table(
            department.map { [$0] } ?? [],
            leading: ["unit", "year"],
            { _ in [key.unit.text, key.year.description] },
            trailing: computed
        )
    }

    /// `VOCAB LIST`: level, name, and whether it is standard.
    public static func vocabulary(_ vocabulary: Vocabulary) -> RowTable {
        var table = RowTable(columns: ["level", "name", "standard"])
        for name in vocabulary.level1 {
            table.rows.append(["1", name, Vocabulary.standardLevel1.contains(name) ? "yes" : "no"])
        }
        for name in vocabulary.level2 {
            table.rows.append(["2", name, Vocabulary.standardLevel2.contains(name) ? "yes" : "no"])
        }
        return table
    }

    /// `HELP`: every command, or the one named with its arguments.
    public static func help(_ name: String?) -> RowTable? {
        guard let name else {
            return RowTable(
                columns: ["command", "usage", "summary"],
                rows: CommandTable.all.map { [$0.name, $0.usage, $0.summary] }
            )
        }
        let matching = CommandTable.all.filter { $0.name == name || $0.name.hasPrefix(name + " ") }
        guard !matching.isEmpty else { return nil }
        var table = RowTable(columns: ["command", "argument", "meaning"])
        for spec in matching {
            table.rows.append([spec.name, "", spec.summary])
            table.rows.append([spec.name, "usage", spec.usage])
            for (key, meaning) in spec.keys {
                table.rows.append([spec.name, key + (spec.requiredKeys.contains(key) ? " (required)" : ""), meaning])
            }
        }
        return table
    }
}
