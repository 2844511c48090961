/// The address of one object in the model, printed as a path: `hongjiang`,
/// `hongjiang/2024`, `hongjiang/2024/jicha`.
///
/// Journal records, history, watches and error messages all name objects this way, so a
/// person can grep for one object across all of them.
public enum ObjectKey: Sendable, Hashable, CustomStringConvertible {
    /// A unit (单位).
    case unit(Code)
    /// A unit's fiscal year.
    case year(Code, FiscalYear)
    /// A project (项目) of a unit-year.
    case project(Code, FiscalYear, Code)

    /// What kind of object this is, as a word for messages.
    public var kind: String {
        switch self {
        case .unit: "unit"
        case .year: "year"
        case .project: "project"
        }
    }

    /// The unit this object belongs to.
    public var unit: Code {
        switch self {
        case .unit(let unit), .year(let unit, _), .project(let unit, _, _): unit
        }
    }

    public var description: String {
        switch self {
        case .unit(let unit): unit.text
        case .year(let unit, let year): "\(unit)/\(year)"
        case .project(let unit, let year, let project): "\(unit)/\(year)/\(project)"
        }
    }
}
