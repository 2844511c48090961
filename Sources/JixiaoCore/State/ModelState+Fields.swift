import OrderedCollections

/// Any object's entered fields by its key, and the object a change touched: what change
/// history (`HISTORY`) shows as "before" and "after".
extension ModelState {
    /// The object's fields as `EXPORT` writes them (exact values, empty ones left out), or
    /// `nil` when the object does not exist. A year also shows its `status` (draft,
    /// submitted, reopened) and `reopen_reason`, which `YEAR SUBMIT`/`REOPEN` change.
    public func fields(of key: ObjectKey) -> [FieldAssignment]? {
        switch key {
        case .unit(let code):
            return units[code]?.assignments
        case .year(let code, let year):
            guard let found = units[code]?.years[year] else { return nil }
            var fields = found.assignments
            fields.append(FieldAssignment("status", found.status.rawValue))
            if !found.reopenReason.isEmpty { fields.append(FieldAssignment("reopen_reason", found.reopenReason)) }
            if !found.submitForceReason.isEmpty {
                fields.append(FieldAssignment("submit_force_reason", found.submitForceReason))
            }
            return fields
        case .expenditure(let expenditure):
            switch expenditure.owner {
            case .department: return (try? year(expenditure.unit, expenditure.year))?.department.assignments
            case .project(let code): return (try? project(expenditure.unit, expenditure.year, code))?.assignments
            }
        case .part(let owner, let part):
            guard let expenditure = try? self.expenditure(owner) else { return nil }
            switch part {
            case .line(let item): return expenditure.lines[item]?.assignments
            case .indicator(let code): return expenditure.indicators[code]?.assignments
            case .fact(let code): return expenditure.facts[code]?.assignments
            case .adjustment(let id): return expenditure.adjustments[id]?.assignments
            case .payment(let id): return expenditure.payments[id]?.assignments
            case .goal(let id): return expenditure.goals[id]?.assignments
            case .allocation: return expenditure.allocation?.assignments
            case .group(let group):
                return expenditure.groups[group].map {
                    [FieldAssignment("weight", $0.description)]
                        + (expenditure.groupScores[group].map { [FieldAssignment("score", $0.description)] } ?? [])
                }
            }
        }
    }

    /// The object a change touched, looked up in the model right after it: the change's
    /// own key, except that `… ADD` touches the item it added (the expenditure's newest of
    /// that kind), not the whole expenditure. `nil` for vocabulary and rule set changes.
    public func touchedKey(by change: Change) -> ObjectKey? {
        guard case .add(let key, let kind, _) = change else { return change.key }
        guard let expenditure = try? self.expenditure(key) else { return change.key }
        switch kind {
        case .adjustment: return expenditure.adjustments.keys.last.map { .part(key, .adjustment($0)) } ?? change.key
        case .payment: return expenditure.payments.keys.last.map { .part(key, .payment($0)) } ?? change.key
        case .goal: return expenditure.goals.keys.last.map { .part(key, .goal($0)) } ?? change.key
        }
    }
}
