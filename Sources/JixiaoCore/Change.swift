/// One accepted change to the model: what a journal record holds and replay re-applies.
///
/// Changes are the only way the model moves, so that the journal, history and "as of"
/// queries all speak about the same things.
public enum Change: Sendable, Equatable {
    /// Creates a unit.
    case createUnit(Code, name: String)
    /// Changes a unit's fields; `nil` leaves a field as it is.
    case updateUnit(Code, name: String?)
    /// Deletes a unit that has no years left.
    case deleteUnit(Code)
    /// Opens a fiscal year for a unit.
    case createYear(Code, FiscalYear)
    /// Deletes a unit's fiscal year that has no projects left.
    case deleteYear(Code, FiscalYear)
    /// Creates a project in a unit-year.
    case createProject(Code, FiscalYear, Code, name: String, budget: ProjectBudget)
    /// Changes a project's fields.
    case updateProject(Code, FiscalYear, Code, ProjectEdit)
    /// Deletes a project.
    case deleteProject(Code, FiscalYear, Code)

    /// The object the change is about.
    public var key: ObjectKey {
        switch self {
        case .createUnit(let unit, _), .updateUnit(let unit, _), .deleteUnit(let unit): .unit(unit)
        case .createYear(let unit, let year), .deleteYear(let unit, let year): .year(unit, year)
        case .createProject(let unit, let year, let project, _, _), .updateProject(let unit, let year, let project, _),
            .deleteProject(let unit, let year, let project):
            .project(unit, year, project)
        }
    }
}

/// A new value for an optional field: set it, or clear it back to "not entered".
public enum FieldEdit<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The field takes this value.
    case set(Value)
    /// The field becomes empty (not entered).
    case clear
}

/// The fields a project update changes; `nil` leaves a field as it is.
public struct ProjectEdit: Sendable, Equatable {
    /// A new name.
    public var name: String?
    /// A new 年初预算数.
    public var initial: FieldEdit<Money>?
    /// A new 全年预算数.
    public var full: FieldEdit<Money>?
    /// A new 全年执行数.
    public var executed: FieldEdit<Money>?

    /// Creates an edit.
    public init(
        name: String? = nil,
        initial: FieldEdit<Money>? = nil,
        full: FieldEdit<Money>? = nil,
        executed: FieldEdit<Money>? = nil
    ) {
        self.name = name
        self.initial = initial
        self.full = full
        self.executed = executed
    }

    /// Whether the edit changes nothing.
    public var isEmpty: Bool { name == nil && initial == nil && full == nil && executed == nil }
}
