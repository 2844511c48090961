public import JixiaoCore

extension Change {
    /// The canonical request line that makes this change: what the journal records and
    /// `EXPORT` writes. Parsing it back with ``CommandParser`` gives the same change.
    public var commandLine: String {
        switch self {
        case .createUnit(let unit, let name):
            "UNIT CREATE \(unit) \(WordQuoting.keyed("name", name))"
        case .updateUnit(let unit, let name):
            (["UNIT UPDATE \(unit)"] + (name.map { [WordQuoting.keyed("name", $0)] } ?? [])).joined(separator: " ")
        case .deleteUnit(let unit):
            "UNIT DELETE \(unit)"
        case .createYear(let unit, let year):
            "YEAR CREATE \(unit) \(year)"
        case .deleteYear(let unit, let year):
            "YEAR DELETE \(unit) \(year)"
        case .createProject(let unit, let year, let project, let name, let budget):
            (["PROJECT CREATE \(unit) \(year) \(project)", WordQuoting.keyed("name", name)]
                + Self.words(budget)).joined(separator: " ")
        case .updateProject(let unit, let year, let project, let edit):
            (["PROJECT UPDATE \(unit) \(year) \(project)"] + Self.words(edit)).joined(separator: " ")
        case .deleteProject(let unit, let year, let project):
            "PROJECT DELETE \(unit) \(year) \(project)"
        }
    }

    private static func words(_ budget: ProjectBudget) -> [String] {
        [("budget_initial", budget.initial), ("budget_full", budget.full), ("executed", budget.executed)]
            .compactMap { key, amount in amount.map { "\(key)=\($0.exactWan)" } }
    }

    private static func words(_ edit: ProjectEdit) -> [String] {
        var words: [String] = []
        if let name = edit.name { words.append(WordQuoting.keyed("name", name)) }
        for (key, field) in [("budget_initial", edit.initial), ("budget_full", edit.full), ("executed", edit.executed)]
        {
            switch field {
            case .set(let amount)?: words.append("\(key)=\(amount.exactWan)")
            case .clear?: words.append("\(key)=\"\"")
            case nil: break
            }
        }
        return words
    }
}
