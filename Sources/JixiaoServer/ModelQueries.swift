import JixiaoCore
import JixiaoProtocol

/// The answers to the queries that read the model alone (``Command/isModelQuery``), for any
/// model: the executor's committed one, or one rebuilt from the journal for `AT`.
enum ModelQueries {
    /// The reply to a model query, or `nil` when the command is not one.
    /// - Parameters:
    ///   - command: the query.
    ///   - state: the model to answer from.
    ///   - today: the date `MONITOR` uses when none is given.
    ///   - checker: the consistency checker.
    static func reply(
        to command: Command,
        in state: ModelState,
        today: () -> CivilDate,
        checker: Checker
    ) -> Reply? {
        func query(_ build: (ModelState) throws(DomainError) -> RowTable) -> Reply {
            do {
                return .rows(try build(state))
            } catch {
                return .error(ProtocolError(error))
            }
        }
        switch command {
        case .get(let key):
            return query { state throws(DomainError) in try QueryTables.get(key, in: state) }
        case .list(let scope):
            return query { state throws(DomainError) in try QueryTables.list(scope, in: state) }
        case .export(let unit, let year):
            return query { state throws(DomainError) in
                if let unit { _ = try state.unit(unit) }
                if let unit, let year { _ = try state.year(unit, year) }
                return RowTable(columns: ["line"], rows: ModelExport.lines(state, unit: unit, year: year).map { [$0] })
            }
        case .check(let unit, let year, let owner):
            return query { state throws(DomainError) in
                if let unit { _ = try state.unit(unit) }
                if let unit, let year { _ = try state.year(unit, year) }
                if let unit, let year, let owner { _ = try state.expenditure(ExpenditureKey(unit, year, owner)) }
                return FindingTables.findings(checker.check(state, unit: unit, year: year, owner: owner))
            }
        case .checkRules:
            return .rows(FindingTables.rules())
        case .monitor(let unit, let requestedYear, let date):
            let date = date ?? today()
            return query { state throws(DomainError) in
                let year: FiscalYear
                if let requestedYear { year = requestedYear } else { year = try FiscalYear(date.year) }
                let units = try unit.map { code throws(DomainError) in [try state.unit(code)] } ?? state.unitList
                if let unit { _ = try state.year(unit, year) }
                let years = units.compactMap { found in found.year(year).map { (found.code, $0) } }
                return MonitorTables.monitor(years, on: date)
            }
        case .monthly(let key):
            return query { state throws(DomainError) in
                MonitorTables.monthly(try state.expenditure(key), year: key.year)
            }
        case .funds(let key):
            return query { state throws(DomainError) in ModelTables.funds(try state.expenditure(key), key: key) }
        case .rollup(let unit, let year):
            return query { state throws(DomainError) in try ModelTables.rollup(state, unit: unit, year: year) }
        case .score(let unit, let year, let owner):
            return query { state throws(DomainError) in try ScoringQueries.score(unit, year, owner, in: state) }
        case .table(let request):
            return query { state throws(DomainError) in
                try ScoringQueries.table(request, in: state, today: today(), checker: checker)
            }
        case .report(let request):
            return query { state throws(DomainError) in try ScoringQueries.report(request, in: state, checker: checker)
            }
        case .ruleSet(let name):
            return query { state throws(DomainError) in ScoreTables.ruleSet(try state.ruleSet(named: name)) }
        case .ruleSets:
            return .rows(ScoreTables.ruleSets(state))
        default:
            return nil
        }
    }
}
