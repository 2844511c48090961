import JixiaoCore
import JixiaoProtocol

/// Answers GET and LIST from the model.
enum QueryTables {
    static func get(_ key: ObjectKey, in state: ModelState) throws(DomainError) -> RowTable {
        switch key {
        case .unit(let code): return ModelTables.units([try state.unit(code)])
        case .year(let code, let year): return try ModelTables.years([(code, try state.year(code, year))])
        case .expenditure(let key):
            switch key.owner {
            case .department:
                return ModelTables.expenditure(
                    key,
                    department: try state.year(key.unit, key.year).department,
                    project: nil
                )
            case .project(let code):
                return ModelTables.expenditure(
                    key,
                    department: nil,
                    project: try state.project(key.unit, key.year, code)
                )
            }
        case .part(let key, let part):
            let expenditure = try state.expenditure(key)
            if case .allocation = part { return ModelTables.allocation(expenditure.allocation, key: key) }
            guard let kind = PartKind(rawValue: part.kind) else { throw .notFound(.part(key, part)) }
            let identity = Self.identity(of: part)
            var table = ModelTables.parts(kind, of: expenditure, key: key, only: kind == .group ? nil : identity)
            let column = table.columns.firstIndex(
                of: kind == .line ? "line" : (kind == .indicator || kind == .fact ? "code" : "id")
            )
            table.rows = table.rows.filter { row in column.map { row[$0] == identity } ?? false }
            if table.rows.isEmpty { throw .notFound(.part(key, part)) }
            return table
        }
    }

    private static func identity(of part: PartKey) -> String {
        switch part {
        case .line(let item): item.text
        case .indicator(let code), .fact(let code): code.text
        case .adjustment(let id), .payment(let id), .goal(let id): String(id)
        case .group(let group): group.description
        case .allocation: ""
        }
    }

    static func list(_ scope: ListScope, in state: ModelState) throws(DomainError) -> RowTable {
        switch scope {
        case .units: return ModelTables.units(state.unitList)
        case .years(let code):
            let units = try code.map { code throws(DomainError) in [try state.unit(code)] } ?? state.unitList
            return try ModelTables.years(units.flatMap { unit in unit.yearList.map { (unit.code, $0) } })
        case .projects(let code, let year):
            return ModelTables.projects(try state.year(code, year).projectList, unit: code, year: year)
        case .parts(let key, let kind):
            return ModelTables.parts(kind, of: try state.expenditure(key), key: key)
        case .vocabulary:
            return ModelTables.vocabulary(state.vocabulary)
        }
    }
}
