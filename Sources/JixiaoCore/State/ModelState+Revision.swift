import OrderedCollections

extension ModelState {
    /// The revision of an object: the sequence number of its last change, or 0 when it
    /// does not exist. A level-1 or level-2 group's weight has no revision of its own and
    /// reports its expenditure's.
    public func revision(of key: ObjectKey) -> Int64 {
        switch key {
        case .unit(let code):
            return units[code]?.revision ?? 0
        case .year(let code, let year):
            return units[code]?.years[year]?.revision ?? 0
        case .expenditure(let expenditure):
            return expenditureRevision(expenditure) ?? 0
        case .part(let owner, let part):
            guard let expenditure = try? self.expenditure(owner) else { return 0 }
            switch part {
            case .line(let item): return expenditure.lines[item]?.revision ?? 0
            case .indicator(let code): return expenditure.indicators[code]?.revision ?? 0
            case .fact(let code): return expenditure.facts[code]?.revision ?? 0
            case .adjustment(let id): return expenditure.adjustments[id]?.revision ?? 0
            case .payment(let id): return expenditure.payments[id]?.revision ?? 0
            case .goal(let id): return expenditure.goals[id]?.revision ?? 0
            case .allocation: return expenditure.allocation?.revision ?? 0
            case .group(let group):
                return expenditure.groups[group] == nil ? 0 : expenditureRevision(owner) ?? 0
            }
        }
    }

    private func expenditureRevision(_ key: ExpenditureKey) -> Int64? {
        guard let year = units[key.unit]?.years[key.year] else { return nil }
        switch key.owner {
        case .department: return year.departmentRevision
        case .project(let code): return year.projects[code]?.revision
        }
    }
}
