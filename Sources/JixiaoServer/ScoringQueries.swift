import JixiaoCore
import JixiaoProtocol
import JixiaoReports

/// Answers SCORE, TABLE and REPORT: the daemon scores and renders, so that `jixiao` (and a
/// script on the socket) gets the finished text.
enum ScoringQueries {
    /// `SCORE unit year [owner]`.
    static func score(
        _ unit: Code,
        _ year: FiscalYear,
        _ owner: Owner?,
        in state: ModelState
    ) throws(DomainError)
        -> RowTable
    {
        let found = try state.year(unit, year)
        if let owner { _ = try state.expenditure(ExpenditureKey(unit, year, owner)) }
        let scorer = Scorer(rules: try state.ruleSet(of: found))
        var scores: [(ExpenditureScore, Expenditure)] = []
        if owner == nil || owner == .department {
            let key = ExpenditureKey(unit, year, .department)
            scores.append((scorer.score(found.department, key: key, in: found), found.department))
        }
        for project in found.projectList where owner == nil || owner == .project(project.code) {
            let key = ExpenditureKey(unit, year, .project(project.code))
            scores.append((scorer.score(project.expenditure, key: key, in: found), project.expenditure))
        }
        return ScoreTables.rows(scores)
    }

    /// `TABLE unit year [owner] [format=…] [view=…] [form=…] [date=…]`: the rendered forms,
    /// one row per line of text (`format=cells`: one row per cell, ``FormCells``).
    static func table(
        _ request: TableRequest,
        in state: ModelState,
        today: CivilDate,
        checker: Checker
    ) throws(DomainError)
        -> RowTable
    {
        let forms = try yearForms(request.unit, request.year, in: state, checker: checker)
        if let owner = request.owner { _ = try state.expenditure(ExpenditureKey(request.unit, request.year, owner)) }
        let list = try forms.forms(owner: request.owner, selection: selection(request, today: today))
        let compare = request.view == .compare
        let text: String
        switch request.format {
        case .cells: return RowTable(columns: FormCells.columns, rows: FormCells.rows(list))
        case .text: text = FormText.render(list, compare: compare)
        case .csv: text = FormExport.csv(list, compare: compare)
        case .json: text = FormExport.json(list, compare: compare)
        case .md: text = FormExport.markdown(list, compare: compare)
        case .html:
            let title = "\(forms.unit.name) \(request.year)年度绩效自评表" + (compare ? "（核对）" : "")
            text = FormHTML.page(list, title: title, compare: compare)
        }
        return lines(text)
    }

    /// The forms a request names; the 绩效运行监控表 is dated `date=`, else today, else (for a
    /// year that is over or not begun) the year's last or first day.
    private static func selection(_ request: TableRequest, today: CivilDate) throws(DomainError) -> YearForms.Selection
    {
        var date = today
        if let asked = request.date {
            guard asked.year == request.year.value else {
                throw .badValue(
                    field: "date",
                    value: asked.description,
                    reason: "the 绩效运行监控表 of \(request.year) is dated within \(request.year)"
                )
            }
            date = asked
        } else if today.year != request.year.value {
            date = try CivilDate(
                parsing: today.year > request.year.value ? "\(request.year)-12-31" : "\(request.year)-01-01"
            )
        }
        switch request.form {
        case nil: return .evaluationAndBase
        case .evaluation: return .evaluation
        case .base: return .base
        case .monitor: return .monitor(date)
        case .indicators: return .indicators
        case .payments: return .payments
        case .summary: return .summary
        case .all: return .workbook(date)
        }
    }

    /// `REPORT unit year [format=md|text]`.
    static func report(
        _ request: ReportRequest,
        in state: ModelState,
        checker: Checker
    ) throws(DomainError)
        -> RowTable
    {
        let forms = try yearForms(request.unit, request.year, in: state, checker: checker)
        return lines(request.format == .text ? ReportDraft.text(forms) : ReportDraft.markdown(forms))
    }

    private static func yearForms(
        _ unit: Code,
        _ year: FiscalYear,
        in state: ModelState,
        checker: Checker
    ) throws(DomainError) -> YearForms {
        let found = try state.year(unit, year)
        let rules = try state.ruleSet(of: found)
        return YearForms(
            unit: try state.unit(unit),
            year: found,
            rules: rules,
            findings: checker.check(found, of: unit, rules: rules)
        )
    }

    /// Text as rows of one column `line`, without the final newline's empty line.
    private static func lines(_ text: String) -> RowTable {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { [String($0)] }
        if lines.last == [""] { lines.removeLast() }
        return RowTable(columns: ["line"], rows: lines)
    }
}
