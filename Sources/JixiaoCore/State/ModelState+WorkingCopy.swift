import OrderedCollections

/// Changes made in place on a working copy, for a transaction: `apply` works a change out
/// beside the model (so that a refused change leaves it untouched), which copies the
/// containers it changes, so each change of a big transaction copied the year's projects
/// and a `COMMIT` cost the square of its size. A transaction's working copy is thrown away
/// when any of its changes is refused, so its changes need not be all or nothing one by one.
extension ModelState {
    /// Applies a change as record `sequence` to a working copy, in place where the change
    /// is an expenditure's (a project created, a part, an added item); anything else as
    /// ``apply(_:sequence:)`` does. Refuses exactly what `apply` refuses.
    /// - Throws: ``DomainError``; the model may then hold part of the change: discard it.
    public mutating func applyToWorkingCopy(_ change: Change, sequence: Int64) throws(DomainError) {
        switch change {
        case .create(.expenditure(let key), let assignments):
            guard case .project(let code) = key.owner, code.text != Owner.departmentWord else {
                try apply(change, sequence: sequence)
                return
            }
            try inPlaceYear(key.unit, key.year) { year throws(DomainError) in
                if year.projects[code] != nil { throw .exists(.expenditure(key)) }
                var project = Project(code: code, revision: sequence)
                try Self.fill(&project, assignments, creating: true)
                year.projects[code] = project
            }
        case .add(let key, let kind, let assignments):
            try inPlaceExpenditure(key) { expenditure throws(DomainError) in
                try Self.add(kind, assignments, to: &expenditure, key: key, sequence: sequence)
            }
        case .create(.part(let key, let part), let assignments):
            try inPlacePart(key, part, .create, assignments, sequence)
        case .update(.part(let key, let part), let assignments):
            try inPlacePart(key, part, .update, assignments, sequence)
        case .set(.part(let key, let part), let assignments):
            try inPlacePart(key, part, .set, assignments, sequence)
        case .delete(.part(let key, let part)):
            try inPlacePart(key, part, .delete, [], sequence)
        default:
            try apply(change, sequence: sequence)
            return
        }
        self.sequence = max(self.sequence, sequence)
    }

    private mutating func inPlacePart(
        _ key: ExpenditureKey,
        _ part: PartKey,
        _ mode: EditMode,
        _ assignments: [FieldAssignment],
        _ sequence: Int64
    ) throws(DomainError) {
        let vocabulary = self.vocabulary
        let rules = (try? year(key.unit, key.year)).flatMap { try? ruleSet(of: $0) } ?? .standard
        try inPlaceExpenditure(key) { expenditure throws(DomainError) in
            try expenditure.edit(part, mode, assignments, key: key, vocabulary: vocabulary, sequence: sequence)
            if case .indicator(let code) = part, let indicator = expenditure.indicators[code] {
                try Self.checkScoring(indicator, key: key, rules: rules)
            }
        }
    }

    /// The year changed in place by `body` (not found as `modifyingYear` says it); replay
    /// (``applyReplaying(_:sequence:)``) changes years through it too.
    mutating func inPlaceYear(
        _ code: Code,
        _ year: FiscalYear,
        _ body: (inout UnitYear) throws(DomainError) -> Void
    ) throws(DomainError) {
        guard let index = units.index(forKey: code) else { throw .notFound(.unit(code)) }
        guard units.values[index].years[year] != nil else { throw .notFound(.year(code, year)) }
        try body(&units.values[index].years[year]!)
    }

    /// The expenditure changed in place by `body` (not found as `modifyingExpenditure` says it).
    private mutating func inPlaceExpenditure(
        _ key: ExpenditureKey,
        _ body: (inout Expenditure) throws(DomainError) -> Void
    ) throws(DomainError) {
        try inPlaceYear(key.unit, key.year) { year throws(DomainError) in
            switch key.owner {
            case .department:
                try body(&year.department)
            case .project(let code):
                guard year.projects[code] != nil else { throw .notFound(.expenditure(key)) }
                try body(&year.projects[code]!.expenditure)
            }
        }
    }
}
