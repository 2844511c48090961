import OrderedCollections

/// What a snapshot must put back that no change can say: each object's revision, an
/// expenditure's numbered-item counter (deleted items leave gaps), and the sequence.
///
/// Only snapshot loading calls these. A change always sets the revision of what it touches
/// to its own sequence, so a model rebuilt from `EXPORT` lines alone would carry the wrong
/// revisions (and `IF REV=n` would refuse requests that were right before the restart).
extension ModelState {
    /// Sets the revision of an object to what it was when the snapshot was taken.
    /// - Parameters:
    ///   - revision: the sequence of the object's last change.
    ///   - key: the object; a group weight has no revision of its own.
    /// - Throws: ``DomainError/notFound(_:)``, or ``DomainError/badValue(field:value:reason:)``
    ///   for a group.
    public mutating func restoreRevision(_ revision: Int64, of key: ObjectKey) throws(DomainError) {
        guard Self.exists(key, in: self) else { throw .notFound(key) }
        switch key {
        case .unit(let code):
            units[code]?.revision = revision
        case .year(let code, let year):
            units[code]?.years[year]?.revision = revision
        case .expenditure(let expenditure):
            switch expenditure.owner {
            case .department: units[expenditure.unit]?.years[expenditure.year]?.departmentRevision = revision
            case .project(let code):
                units[expenditure.unit]?.years[expenditure.year]?.projects[code]?.revision = revision
            }
        case .part(let owner, let part):
            try modifyExpenditure(owner) { expenditure throws(DomainError) in
                switch part {
                case .line(let item): expenditure.lines[item]?.revision = revision
                case .indicator(let code): expenditure.indicators[code]?.revision = revision
                case .fact(let code): expenditure.facts[code]?.revision = revision
                case .adjustment(let id): expenditure.adjustments[id]?.revision = revision
                case .payment(let id): expenditure.payments[id]?.revision = revision
                case .goal(let id): expenditure.goals[id]?.revision = revision
                case .allocation: expenditure.allocation?.revision = revision
                case .group:
                    throw .badValue(field: "revision", value: key.description, reason: "a group has no revision")
                }
            }
        }
    }

    /// Sets the revision of a bureau rule set.
    /// - Throws: ``DomainError/ruleSetNotFound(_:)``.
    public mutating func restoreRevision(_ revision: Int64, ofRuleSet name: Code) throws(DomainError) {
        guard ruleSets[name] != nil else { throw .ruleSetNotFound(name.text) }
        ruleSets[name]?.revision = revision
    }

    /// Sets the id the expenditure's next numbered item (adjustment, payment, goal) gets.
    /// - Throws: ``DomainError/notFound(_:)``, or ``DomainError/badValue(field:value:reason:)``
    ///   when an item already holds that id or a higher one.
    public mutating func restoreNextID(_ id: Int, of key: ExpenditureKey) throws(DomainError) {
        try modifyExpenditure(key) { expenditure throws(DomainError) in
            let highest =
                [expenditure.adjustments.keys.last, expenditure.payments.keys.last, expenditure.goals.keys.last]
                .compactMap { $0 }.max() ?? 0
            guard id > highest else {
                throw .badValue(field: "next id", value: String(id), reason: "item \(highest) exists already")
            }
            expenditure.nextID = id
        }
    }

    /// Sets the sequence of the last change, exactly.
    public mutating func restoreSequence(_ sequence: Int64) {
        self.sequence = sequence
    }

    private mutating func modifyExpenditure(
        _ key: ExpenditureKey,
        _ body: (inout Expenditure) throws(DomainError) -> Void
    ) throws(DomainError) {
        units[key.unit] = try modifyingExpenditure(key, body)
    }

    private static func exists(_ key: ObjectKey, in state: ModelState) -> Bool {
        switch key {
        case .unit(let code): return state.units[code] != nil
        case .year(let code, let year): return state.units[code]?.years[year] != nil
        case .expenditure(let expenditure): return (try? state.expenditure(expenditure)) != nil
        case .part(let owner, let part):
            guard let expenditure = try? state.expenditure(owner) else { return false }
            switch part {
            case .line(let item): return expenditure.lines[item] != nil
            case .indicator(let code): return expenditure.indicators[code] != nil
            case .fact(let code): return expenditure.facts[code] != nil
            case .adjustment(let id): return expenditure.adjustments[id] != nil
            case .payment(let id): return expenditure.payments[id] != nil
            case .goal(let id): return expenditure.goals[id] != nil
            case .allocation: return expenditure.allocation != nil
            case .group(let group): return expenditure.groups[group] != nil
            }
        }
    }
}
