import OrderedCollections

extension ModelState {
    /// Checks that a change can be applied, without applying it.
    ///
    /// The daemon calls this before it journals a change: only a change that will apply
    /// is written, and the state is touched only after the record is durable.
    /// - Throws: the ``DomainError`` that applying would throw.
    public func validate(_ change: Change) throws(DomainError) {
        switch change {
        case .createUnit(let code, let name):
            try Name.validate(name)
            if units[code] != nil { throw .exists(.unit(code)) }
        case .updateUnit(let code, let name):
            if let name { try Name.validate(name) }
            _ = try unit(code)
        case .deleteUnit(let code):
            let unit = try unit(code)
            if !unit.years.isEmpty { throw .notEmpty(.unit(code), holding: "\(unit.years.count) year(s)") }
        case .createYear(let code, let year):
            if try unit(code).years[year] != nil { throw .exists(.year(code, year)) }
        case .deleteYear(let code, let year):
            let found = try self.year(code, year)
            if !found.projects.isEmpty {
                throw .notEmpty(.year(code, year), holding: "\(found.projects.count) project(s)")
            }
        case .createProject(let code, let year, let project, let name, let budget):
            try Name.validate(name)
            try Self.validate(budget)
            if try self.year(code, year).projects[project] != nil {
                throw .exists(.project(code, year, project))
            }
        case .updateProject(let code, let year, let project, let edit):
            var found = try self.project(code, year, project)
            if let name = edit.name { try Name.validate(name) }
            found.apply(edit)
            try Self.validate(found.budget)
        case .deleteProject(let code, let year, let project):
            _ = try self.project(code, year, project)
        }
    }

    /// Applies a change as journal record `sequence`.
    ///
    /// Validates first and changes nothing when that fails, so a refused change never
    /// leaves the model half-changed.
    /// - Throws: ``DomainError`` when the change does not fit the model.
    public mutating func apply(_ change: Change, sequence: Int64) throws(DomainError) {
        try validate(change)
        self.sequence = sequence
        switch change {
        case .createUnit(let code, let name):
            units[code] = Unit(code: code, name: name, revision: sequence)
        case .updateUnit(let code, let name):
            if let name { units[code]!.name = name }
            units[code]!.revision = sequence
        case .deleteUnit(let code):
            units.removeValue(forKey: code)
        case .createYear(let code, let year):
            units[code]!.years[year] = UnitYear(year: year, revision: sequence)
        case .deleteYear(let code, let year):
            units[code]!.years.removeValue(forKey: year)
        case .createProject(let code, let year, let project, let name, let budget):
            units[code]!.years[year]!.projects[project] = Project(
                code: project,
                name: name,
                budget: budget,
                revision: sequence
            )
        case .updateProject(let code, let year, let project, let edit):
            units[code]!.years[year]!.projects[project]!.apply(edit)
            units[code]!.years[year]!.projects[project]!.revision = sequence
        case .deleteProject(let code, let year, let project):
            units[code]!.years[year]!.projects.removeValue(forKey: project)
        }
    }

    /// Marks a sequence number as used by a record that changed nothing in this model
    /// (so that `sequence` always equals the journal's last sequence).
    public mutating func advance(to sequence: Int64) {
        self.sequence = max(self.sequence, sequence)
    }

    private static func validate(_ budget: ProjectBudget) throws(DomainError) {
        for (field, amount) in [("budget_initial", budget.initial), ("budget_full", budget.full)] {
            if let amount, amount < .zero {
                throw .badValue(field: field, value: amount.exactWan, reason: "a budget cannot be negative")
            }
        }
    }
}

extension Project {
    /// Applies an edit's fields to this project.
    mutating func apply(_ edit: ProjectEdit) {
        if let name = edit.name { self.name = name }
        func update(_ field: inout Money?, _ edit: FieldEdit<Money>?) {
            switch edit {
            case .set(let value): field = value
            case .clear: field = nil
            case nil: break
            }
        }
        update(&budget.initial, edit.initial)
        update(&budget.full, edit.full)
        update(&budget.executed, edit.executed)
    }
}
