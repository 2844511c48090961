import OrderedCollections

/// Changes applied in place while the journal is replayed.
///
/// `apply` works a change out on a copy of the unit it touches (so a refused change leaves the
/// model untouched), which costs a copy of the unit's year table and of the touched year's
/// project table for every record: at start-up that copying was a fifth of the replay. During
/// replay the model is owned by the loader alone and a refused record stops the load (the model
/// is then thrown away), so each change is made down the whole path in place instead.
extension ModelState {
    /// Applies a change as journal record `sequence` in place. Refuses exactly what
    /// ``apply(_:sequence:)`` refuses and, when it does not throw, leaves exactly the model
    /// `apply` leaves.
    /// - Throws: ``DomainError``; the model may then hold part of the change: discard it.
    public mutating func applyReplaying(_ change: Change, sequence: Int64) throws(DomainError) {
        switch change {
        case .update(.expenditure(let key), let assignments), .set(.expenditure(let key), let assignments):
            try inPlaceYear(key.unit, key.year) { year throws(DomainError) in
                switch key.owner {
                case .department:
                    try year.department.assign(assignments)
                    year.departmentRevision = sequence
                case .project(let code):
                    guard let index = year.projects.index(forKey: code) else { throw .notFound(.expenditure(key)) }
                    try year.projects.values[index].assign(assignments)
                    year.projects.values[index].revision = sequence
                }
            }
        case .create(.year(let code, let year), let assignments):
            guard let index = units.index(forKey: code) else { throw .notFound(.unit(code)) }
            if units.values[index].years[year] != nil { throw .exists(.year(code, year)) }
            var created = UnitYear(year: year, revision: sequence)
            try Self.fill(&created, assignments, creating: true)
            try checkScoring(created, of: code)
            units.values[index].years[year] = created
        case .update(.year(let code, let year), let assignments):
            // The rule set check reads the model (the rule sets), not the year being changed.
            guard let index = units.index(forKey: code) else { throw .notFound(.unit(code)) }
            guard let position = units.values[index].years.index(forKey: year) else {
                throw .notFound(.year(code, year))
            }
            let rules = units.values[index].years.values[position].ruleSet
            try units.values[index].years.values[position].assign(assignments)
            let changed = units.values[index].years.values[position]
            if changed.ruleSet != rules { try checkScoring(changed, of: code) }
            units.values[index].years.values[position].revision = sequence
        default:
            try applyToWorkingCopy(change, sequence: sequence)
            return
        }
        self.sequence = max(self.sequence, sequence)
    }
}
