public import JixiaoCore

/// `MONITOR` and `MONTHLY` rows.
public enum MonitorTables {
    /// The monitoring rows of unit-years on a date, most serious first within each year.
    public static func monitor(_ years: [(Code, UnitYear)], on date: CivilDate) -> RowTable {
        var table = RowTable(columns: [
            "level", "unit", "year", "owner", "name", "budget", "paid", "rate", "progress", "gap", "indicators",
            "reason",
        ])
        for (unit, year) in years {
            let rows = Monitor(settings: year.monitor).rows(year, of: unit, on: date)
            for row in rows.sorted(by: { $0.level > $1.level }) {
                table.rows.append([
                    row.level.rawValue, unit.text, year.year.description, row.key.owner.description, row.name,
                    ModelTables.cell(row.budget), ModelTables.cell(row.paid), row.rate.map { $0.percentText } ?? "",
                    row.progress.percentText, row.gapBasisPoints.map { Money.fixedPoint($0, decimals: 2) } ?? "",
                    row.indicatorCount == 0 ? "" : "\(row.indicatorsMet)/\(row.indicatorCount)", row.reason,
                ])
            }
        }
        return table
    }

    /// Cumulative payments per month against the even-pace line.
    public static func monthly(_ expenditure: Expenditure, year: FiscalYear) -> RowTable {
        var table = RowTable(columns: ["month", "paid", "cumulative", "cumulative_rate", "even_pace", "gap"])
        let budget = expenditure.budget.rateBase
        for entry in Monitor.monthly(expenditure, year: year) {
            let rate = budget.flatMap { Rate(entry.cumulative, over: $0) }
            table.rows.append([
                String(entry.month), ModelTables.cell(entry.paid), ModelTables.cell(entry.cumulative),
                rate?.percentText ?? "", ModelTables.cell(entry.evenPace),
                ModelTables.cell(entry.evenPace.map { Money(fen: $0.fen &- entry.cumulative.fen) }),
            ])
        }
        return table
    }
}
