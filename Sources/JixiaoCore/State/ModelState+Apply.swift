import OrderedCollections

/// A change worked out against the model but not yet stored: the daemon prepares a change,
/// makes its journal record durable, then commits it, so the model never holds a change
/// that is not on disk and a refused change never touches it.
public struct PreparedChange: Sendable {
    enum Effect: Sendable {
        case unit(Code, Unit?)
        case vocabulary(Vocabulary)
        case ruleSets(OrderedDictionary<Code, RuleSet>)
    }

    let effect: Effect
    let sequence: Int64
}

extension ModelState {
    /// Works out a change as record `sequence` without applying it.
    /// - Throws: ``DomainError`` when the change does not fit the model.
    public func prepare(_ change: Change, sequence: Int64) throws(DomainError) -> PreparedChange {
        PreparedChange(effect: try effect(of: change, sequence: sequence), sequence: sequence)
    }

    /// Stores a prepared change.
    public mutating func commit(_ prepared: PreparedChange) {
        switch prepared.effect {
        case .unit(let code, let unit?): units[code] = unit
        case .unit(let code, nil): units.removeValue(forKey: code)
        case .vocabulary(let vocabulary): self.vocabulary = vocabulary
        case .ruleSets(let ruleSets): self.ruleSets = ruleSets
        }
        sequence = max(sequence, prepared.sequence)
    }

    /// Checks that a change can be applied, without applying it.
    /// - Throws: the ``DomainError`` that applying would throw.
    public func validate(_ change: Change) throws(DomainError) {
        _ = try prepare(change, sequence: sequence + 1)
    }

    /// Applies a change as journal record `sequence`; changes nothing when it throws.
    /// - Throws: ``DomainError`` when the change does not fit the model.
    public mutating func apply(_ change: Change, sequence: Int64) throws(DomainError) {
        commit(try prepare(change, sequence: sequence))
    }

    /// Marks a sequence number as used by a record that changed nothing in this model
    /// (so that `sequence` always equals the journal's last sequence).
    public mutating func advance(to sequence: Int64) {
        self.sequence = max(self.sequence, sequence)
    }

    private func effect(of change: Change, sequence: Int64) throws(DomainError) -> PreparedChange.Effect {
        switch change {
        case .addVocabulary(let level, let name):
            try Name.validate(name)
            guard level == 1 || level == 2 else {
                throw .badValue(field: "level", value: String(level), reason: "indicator levels with names are 1 and 2")
            }
            var vocabulary = self.vocabulary
            if level == 1 { vocabulary.level1.append(name) } else { vocabulary.level2.append(name) }
            return .vocabulary(vocabulary)
        case .createRuleSet, .updateRuleSet, .deleteRuleSet:
            return .ruleSets(try ruleSetsAfter(change, sequence: sequence))
        case .disableCheck(let code, let year, let rule, let reason):
            guard CheckRule(rawValue: rule) != nil else {
                throw .badValue(field: "rule", value: rule, reason: "no such check rule; CHECK RULES lists them")
            }
            let text = try FieldCodec.text(reason, field: "reason")
            return .unit(
                code,
                try modifyingYear(code, year) { found throws(DomainError) in
                    found.disabledChecks[rule] = text
                    found.revision = sequence
                }
            )
        case .enableCheck(let code, let year, let rule):
            return .unit(
                code,
                try modifyingYear(code, year) { found throws(DomainError) in
                    guard found.disabledChecks.removeValue(forKey: rule) != nil else {
                        throw .badValue(
                            field: "rule",
                            value: rule,
                            reason: "the rule is not switched off for this year"
                        )
                    }
                    found.revision = sequence
                }
            )
        case .submitYear(let code, let year, let forceReason):
            let forced = try forceReason.map { reason throws(DomainError) in
                try FieldCodec.text(reason, field: "reason")
            }
            if let forced, forced.isEmpty {
                throw .badValue(
                    field: "reason",
                    value: "",
                    reason: "say why the year is submitted despite its findings"
                )
            }
            return .unit(
                code,
                try modifyingYear(code, year) { found throws(DomainError) in
                    guard !found.status.isLocked else {
                        throw .badValue(
                            field: "status",
                            value: found.status.rawValue,
                            reason: "the year is submitted already"
                        )
                    }
                    found.status = .submitted
                    found.submitForceReason = forced ?? ""
                    found.revision = sequence
                }
            )
        case .reopenYear(let code, let year, let reason):
            let text = try FieldCodec.text(reason, field: "reason")
            guard !text.isEmpty else {
                throw .badValue(field: "reason", value: "", reason: "say why the year is reopened")
            }
            return .unit(
                code,
                try modifyingYear(code, year) { found throws(DomainError) in
                    guard found.status.isLocked else {
                        throw .badValue(
                            field: "status",
                            value: found.status.rawValue,
                            reason: "only a submitted year can be reopened"
                        )
                    }
                    found.status = .reopened
                    found.reopenReason = text
                    found.revision = sequence
                }
            )
        case .create(.unit(let code), let assignments):
            if units[code] != nil { throw .exists(.unit(code)) }
            var unit = Unit(code: code, revision: sequence)
            try Self.fill(&unit, assignments, creating: true)
            try checkParent(of: unit)
            return .unit(code, unit)
        case .update(.unit(let code), let assignments):
            var unit = try self.unit(code)
            try Self.fill(&unit, assignments, creating: false)
            try checkParent(of: unit)
            unit.revision = sequence
            return .unit(code, unit)
        case .delete(.unit(let code)):
            let unit = try self.unit(code)
            if !unit.years.isEmpty { throw .notEmpty(.unit(code), holding: "\(unit.years.count) year(s)") }
            let children = subordinates(of: code)
            if !children.isEmpty {
                throw .notEmpty(
                    .unit(code),
                    holding: "subordinate unit(s) \(children.map(\.code.text).joined(separator: ", "))"
                )
            }
            return .unit(code, nil)
        case .create(.year(let code, let year), let assignments):
            var unit = try self.unit(code)
            if unit.years[year] != nil { throw .exists(.year(code, year)) }
            var created = UnitYear(year: year, revision: sequence)
            try Self.fill(&created, assignments, creating: true)
            try checkScoring(created, of: code)
            unit.years[year] = created
            return .unit(code, unit)
        case .update(.year(let code, let year), let assignments):
            return .unit(
                code,
                try modifyingYear(code, year) { found throws(DomainError) in
                    let rules = found.ruleSet
                    try found.assign(assignments)
                    // Every score already lies in its band under the year's rule set (each
                    // change keeps that true): only a new rule set needs the year checked,
                    // so that an update of the year does not cost the year's size.
                    if found.ruleSet != rules { try checkScoring(found, of: code) }
                    found.revision = sequence
                }
            )
        case .delete(.year(let code, let year)):
            var unit = try self.unit(code)
            let found = try self.year(code, year)
            if !found.projects.isEmpty {
                throw .notEmpty(.year(code, year), holding: "\(found.projects.count) project(s)")
            }
            unit.years.removeValue(forKey: year)
            return .unit(code, unit)
        case .create(.expenditure(let key), let assignments):
            guard case .project(let code) = key.owner else {
                throw .exists(.expenditure(key))
            }
            guard code.text != Owner.departmentWord else {
                throw .badValue(field: "project", value: code.text, reason: "'dept' names the department's expenditure")
            }
            return .unit(
                key.unit,
                try modifyingYear(key.unit, key.year) { year throws(DomainError) in
                    if year.projects[code] != nil { throw .exists(.expenditure(key)) }
                    var project = Project(code: code, revision: sequence)
                    try Self.fill(&project, assignments, creating: true)
                    year.projects[code] = project
                }
            )
        case .update(.expenditure(let key), let assignments), .set(.expenditure(let key), let assignments):
            return .unit(
                key.unit,
                try modifyingYear(key.unit, key.year) { year throws(DomainError) in
                    switch key.owner {
                    case .department:
                        try year.department.assign(assignments)
                        year.departmentRevision = sequence
                    case .project(let code):
                        guard var project = year.projects[code] else { throw .notFound(.expenditure(key)) }
                        try project.assign(assignments)
                        project.revision = sequence
                        year.projects[code] = project
                    }
                }
            )
        case .delete(.expenditure(let key)):
            guard case .project(let code) = key.owner else {
                throw .badValue(
                    field: "project",
                    value: "dept",
                    reason: "the department's expenditure cannot be deleted"
                )
            }
            return .unit(
                key.unit,
                try modifyingYear(key.unit, key.year) { year throws(DomainError) in
                    guard year.projects.removeValue(forKey: code) != nil else { throw .notFound(.expenditure(key)) }
                }
            )
        case .add(let key, let kind, let assignments):
            return .unit(
                key.unit,
                try modifyingExpenditure(key) { expenditure throws(DomainError) in
                    try Self.add(kind, assignments, to: &expenditure, key: key, sequence: sequence)
                }
            )
        case .create(.part(let key, let part), let assignments):
            return try partEffect(key, part, .create, assignments, sequence)
        case .update(.part(let key, let part), let assignments):
            return try partEffect(key, part, .update, assignments, sequence)
        case .set(.part(let key, let part), let assignments):
            return try partEffect(key, part, .set, assignments, sequence)
        case .delete(.part(let key, let part)):
            return try partEffect(key, part, .delete, [], sequence)
        case .set(let key, _):
            throw .badValue(field: "command", value: key.kind, reason: "a \(key.kind) is created, not set")
        }
    }

    private func partEffect(
        _ key: ExpenditureKey,
        _ part: PartKey,
        _ mode: EditMode,
        _ assignments: [FieldAssignment],
        _ sequence: Int64
    ) throws(DomainError) -> PreparedChange.Effect {
        let vocabulary = self.vocabulary
        let rules = (try? year(key.unit, key.year)).flatMap { try? ruleSet(of: $0) } ?? .standard
        return .unit(
            key.unit,
            try modifyingExpenditure(key) { expenditure throws(DomainError) in
                try expenditure.edit(part, mode, assignments, key: key, vocabulary: vocabulary, sequence: sequence)
                if case .indicator(let code) = part, let indicator = expenditure.indicators[code] {
                    try Self.checkScoring(indicator, key: key, rules: rules)
                }
            }
        )
    }

    /// A copy of the unit holding `year`, with the year changed by `body`.
    private func modifyingYear(
        _ code: Code,
        _ year: FiscalYear,
        _ body: (inout UnitYear) throws(DomainError) -> Void
    ) throws(DomainError) -> Unit {
        var unit = try self.unit(code)
        guard var found = unit.years[year] else { throw .notFound(.year(code, year)) }
        try body(&found)
        unit.years[year] = found
        return unit
    }

    /// A copy of the unit holding the expenditure, with the expenditure changed by `body`
    /// (also how a snapshot's RESTORE lines reach an expenditure).
    func modifyingExpenditure(
        _ key: ExpenditureKey,
        _ body: (inout Expenditure) throws(DomainError) -> Void
    ) throws(DomainError) -> Unit {
        try modifyingYear(key.unit, key.year) { year throws(DomainError) in
            switch key.owner {
            case .department:
                try body(&year.department)
            case .project(let code):
                guard var project = year.projects[code] else { throw .notFound(.expenditure(key)) }
                try body(&project.expenditure)
                year.projects[code] = project
            }
        }
    }

    private func checkParent(of unit: Unit) throws(DomainError) {
        guard let parent = unit.parent else { return }
        guard parent != unit.code else {
            throw .badValue(field: "parent", value: parent.text, reason: "a unit cannot be its own parent")
        }
        var seen: Set<Code> = [unit.code]
        var current: Code? = parent
        while let code = current {
            guard let found = units[code] else { throw .notFound(.unit(code)) }
            guard seen.insert(code).inserted else {
                throw .badValue(field: "parent", value: parent.text, reason: "parents would form a cycle")
            }
            current = found.parent
        }
    }

    /// Assigns fields, then checks that every required field still has a value: a create
    /// must give them, and an update may not clear them.
    static func fill<Object: FieldedObject>(
        _ object: inout Object,
        _ assignments: [FieldAssignment],
        creating: Bool
    ) throws(DomainError) {
        try object.assign(assignments)
        for key in Object.requiredFields.sorted() where object.exportValue(key)?.isEmpty ?? true {
            throw .badValue(field: key, value: "", reason: "\(key)=… is required")
        }
    }

    static func add(
        _ kind: NumberedKind,
        _ assignments: [FieldAssignment],
        to expenditure: inout Expenditure,
        key: ExpenditureKey,
        sequence: Int64
    ) throws(DomainError) {
        let id = expenditure.nextID
        switch kind {
        case .adjustment:
            var item = Adjustment(id: id, revision: sequence)
            try fill(&item, assignments, creating: true)
            expenditure.adjustments[id] = item
        case .payment:
            var item = Payment(id: id, revision: sequence)
            try fill(&item, assignments, creating: true)
            expenditure.payments[id] = item
        case .goal:
            var item = Goal(id: id, revision: sequence)
            try fill(&item, assignments, creating: true)
            expenditure.goals[id] = item
        }
        expenditure.nextID += 1
    }
}

/// How a change edits a part.
enum EditMode {
    case create, update, set, delete
}
