/// Whose expenditure: the unit-year's department as a whole, or one of its projects.
public enum Owner: Sendable, Hashable, CustomStringConvertible {
    /// 部门整体支出.
    case department
    /// A project's expenditure.
    case project(Code)

    /// The word that names the department in protocol lines and paths.
    public static let departmentWord = "dept"

    /// Reads `dept` or a project code.
    /// - Throws: ``DomainError/badValue(field:value:reason:)``.
    public init(parsing text: String) throws(DomainError) {
        self = text == Self.departmentWord ? .department : .project(try Code(text, field: "project"))
    }

    public var description: String {
        switch self {
        case .department: Self.departmentWord
        case .project(let code): code.text
        }
    }
}

/// The address of one expenditure: `hongjiang/2024/dept` or `hongjiang/2024/jicha`.
public struct ExpenditureKey: Sendable, Hashable, CustomStringConvertible {
    /// The unit.
    public let unit: Code
    /// The fiscal year.
    public let year: FiscalYear
    /// The department or a project.
    public let owner: Owner

    /// Creates a key.
    public init(_ unit: Code, _ year: FiscalYear, _ owner: Owner) {
        self.unit = unit
        self.year = year
        self.owner = owner
    }

    public var description: String { "\(unit)/\(year)/\(owner)" }
}

/// A part of an expenditure.
public enum PartKey: Sendable, Hashable, CustomStringConvertible {
    /// A figure line.
    case line(LineItem)
    /// A third-level indicator.
    case indicator(Code)
    /// A stated figure.
    case fact(Code)
    /// A budget adjustment, by id.
    case adjustment(Int)
    /// A payment, by id.
    case payment(Int)
    /// A goal item, by id.
    case goal(Int)
    /// A level-1 or level-2 group's printed weight.
    case group(IndicatorGroup)
    /// The per-capita allocation rule.
    case allocation

    /// The kind's word, as in paths and commands (`indicator`).
    public var kind: String {
        switch self {
        case .line: "line"
        case .indicator: "indicator"
        case .fact: "fact"
        case .adjustment: "adjustment"
        case .payment: "payment"
        case .goal: "goal"
        case .group: "group"
        case .allocation: "allocation"
        }
    }

    public var description: String {
        switch self {
        case .line(let item): "line/\(item)"
        case .indicator(let code): "indicator/\(code)"
        case .fact(let code): "fact/\(code)"
        case .adjustment(let id): "adjustment/\(id)"
        case .payment(let id): "payment/\(id)"
        case .goal(let id): "goal/\(id)"
        case .group(let group): "group/\(group)"
        case .allocation: "allocation"
        }
    }
}

/// The address of any object in the model, printed as a path: `hongjiang`,
/// `hongjiang/2024`, `hongjiang/2024/jicha`, `hongjiang/2024/dept/indicator/peixun`.
///
/// Journal-derived history, watches, logs and error messages all name objects this way, so
/// a person can grep for one object across all of them.
public enum ObjectKey: Sendable, Hashable, CustomStringConvertible {
    /// A unit (单位).
    case unit(Code)
    /// A unit's fiscal year.
    case year(Code, FiscalYear)
    /// The department's or a project's expenditure (a project is created and deleted as one).
    case expenditure(ExpenditureKey)
    /// A part of an expenditure.
    case part(ExpenditureKey, PartKey)

    /// A project's key.
    public static func project(_ unit: Code, _ year: FiscalYear, _ project: Code) -> ObjectKey {
        .expenditure(ExpenditureKey(unit, year, .project(project)))
    }

    /// What kind of object this is, as a word for messages.
    public var kind: String {
        switch self {
        case .unit: "unit"
        case .year: "year"
        case .expenditure(let key): key.owner == .department ? "department" : "project"
        case .part(_, let part): part.kind
        }
    }

    /// The unit this object belongs to.
    public var unit: Code {
        switch self {
        case .unit(let unit), .year(let unit, _): unit
        case .expenditure(let key), .part(let key, _): key.unit
        }
    }

    public var description: String {
        switch self {
        case .unit(let unit): unit.text
        case .year(let unit, let year): "\(unit)/\(year)"
        case .expenditure(let key): key.description
        case .part(let key, let part): "\(key)/\(part)"
        }
    }
}
