public import JixiaoCore

/// The rows the query commands answer with, built from the model.
public enum ModelTables {
    /// The text of a rate for a table cell: `166.02`, or 不适用 when it has no denominator.
    public static func cell(_ rate: Rate?) -> String { rate?.percentText ?? "不适用" }

    /// The text of an amount for a table cell: 万元 with two decimals, empty when not entered.
    public static func cell(_ money: Money?) -> String { money?.wanRounded ?? "" }

    /// Units: `code name years revision`.
    public static func units(_ units: [Unit]) -> RowTable {
        RowTable(
            columns: ["code", "name", "years", "revision"],
            rows: units.map { [$0.code.text, $0.name, String($0.yearCount), String($0.revision)] }
        )
    }

    /// Years with their project totals.
    /// - Throws: ``DomainError/overflow`` if a total cannot be held.
    public static func years(_ years: [(Code, UnitYear)]) throws(DomainError) -> RowTable {
        var table = RowTable(columns: [
            "unit", "year", "projects", "budget_initial", "budget_full", "executed", "execution_rate", "revision",
        ])
        for (unit, year) in years {
            table.rows.append([
                unit.text, year.year.description, String(year.projectCount), cell(try year.total(\.initial)),
                cell(try year.total(\.full)), cell(try year.total(\.executed)), cell(try year.executionRate()),
                String(year.revision),
            ])
        }
        return table
    }

    /// Projects: `unit year code name budget_initial budget_full executed execution_rate revision`.
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
