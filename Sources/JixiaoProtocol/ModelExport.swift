public import JixiaoCore

/// `EXPORT`: the model (or a unit, or a unit-year) as the command lines that recreate it.
///
/// Loaded into an empty daemon, the lines rebuild the same objects with the same fields in
/// the same order, so exporting again gives the same text; this is the native import and
/// export format (`*.jx`).
public enum ModelExport {
    /// The lines, in an order that loads: vocabulary, rule sets, units, then each year with its
    /// department and projects.
    public static func lines(_ state: ModelState, unit: Code? = nil, year: FiscalYear? = nil) -> [String] {
        steps(state, unit: unit, year: year).compactMap { step in
            if case .change(let change) = step { change.commandLine } else { nil }
        }
    }

    /// One step of an export: a change, or where an expenditure's item counter stands before
    /// a numbered item is added (only a snapshot uses those: an `EXPORT` renumbers items).
    enum Step {
        case change(Change)
        case nextID(ExpenditureKey, Int)
    }

    /// The export as steps, in load order.
    static func steps(_ state: ModelState, unit: Code? = nil, year: FiscalYear? = nil) -> [Step] {
        var changes: [Step] = []
        for name in state.vocabulary.level1 where !Vocabulary.standardLevel1.contains(name) {
            changes.append(.change(.addVocabulary(level: 1, name: name)))
        }
        for name in state.vocabulary.level2 where !Vocabulary.standardLevel2.contains(name) {
            changes.append(.change(.addVocabulary(level: 2, name: name)))
        }
        let units = state.unitList.filter { unit == nil || $0.code == unit }
        // Rule sets are global: a whole export has them all, a unit's or a year's those it picks.
        let picked = Set(units.flatMap { $0.yearList.filter { year == nil || $0.year == year }.compactMap(\.ruleSet) })
        for ruleSet in state.bureauRuleSets where unit == nil || picked.contains(ruleSet.name) {
            changes.append(.change(.createRuleSet(ruleSet.name, from: nil, ruleSet.assignments)))
        }
        let exported = Set(units.map(\.code))
        for unit in units {
            changes.append(.change(.create(.unit(unit.code), unit.assignments.filter { $0.key != "parent" })))
        }
        for unit in units {
            if let parent = unit.parent, exported.contains(parent) {
                changes.append(.change(.update(.unit(unit.code), [FieldAssignment("parent", parent.text)])))
            }
        }
        for unit in units {
            for found in unit.yearList where year == nil || found.year == year {
                changes += self.changes(for: found, of: unit.code)
            }
        }
        return changes
    }

    private static func changes(for year: UnitYear, of unit: Code) -> [Step] {
        var changes: [Change] = [.create(.year(unit, year.year), year.assignments)]
        for (rule, reason) in year.disabledCheckList {
            changes.append(.disableCheck(unit, year.year, rule: rule, reason: reason))
        }
        let department = ExpenditureKey(unit, year.year, .department)
        if !year.department.assignments.isEmpty {
            changes.append(.update(.expenditure(department), year.department.assignments))
        }
        var steps = changes.map(Step.change)
        steps += parts(of: year.department, key: department)
        for project in year.projectList {
            let key = ExpenditureKey(unit, year.year, .project(project.code))
            steps.append(.change(.create(.expenditure(key), project.assignments)))
            steps += parts(of: project.expenditure, key: key)
        }
        // Last, so that loading the export as an admin fills the year before locking it. A
        // year reopened and submitted again keeps the reason it was reopened for.
        let force = year.submitForceReason.isEmpty ? nil : year.submitForceReason
        if year.status != .draft { steps.append(.change(.submitYear(unit, year.year, forceReason: force))) }
        if year.status != .draft, !year.reopenReason.isEmpty {
            steps.append(.change(.reopenYear(unit, year.year, reason: year.reopenReason)))
        }
        if year.status == .submitted, !year.reopenReason.isEmpty {
            steps.append(.change(.submitYear(unit, year.year, forceReason: force)))
        }
        return steps
    }

    private static func parts(of expenditure: Expenditure, key: ExpenditureKey) -> [Step] {
        var changes: [Change] = []
        for line in expenditure.lineList { changes.append(.set(.part(key, .line(line.item)), line.assignments)) }
        for (group, weight) in expenditure.groupList {
            let score = expenditure.printedScore(of: group).map { [FieldAssignment("score", $0.description)] } ?? []
            changes.append(.set(.part(key, .group(group)), [FieldAssignment("weight", weight.description)] + score))
        }
        for indicator in expenditure.indicatorList {
            changes.append(.create(.part(key, .indicator(indicator.code)), indicator.assignments))
        }
        for fact in expenditure.factList { changes.append(.set(.part(key, .fact(fact.code)), fact.assignments)) }
        var steps = changes.map(Step.change)
        // Numbered items share one counter per expenditure: adding them back in id order
        // gives them the same ids again, unless items were deleted, leaving gaps; a snapshot
        // says where the counter stands at each gap and at the end.
        var numbered: [(Int, Change)] = []
        numbered += expenditure.goalList.map { ($0.id, .add(key, .goal, $0.assignments)) }
        numbered += expenditure.adjustmentList.map { ($0.id, .add(key, .adjustment, $0.assignments)) }
        numbered += expenditure.paymentList.map { ($0.id, .add(key, .payment, $0.assignments)) }
        var next = 1
        for (id, change) in numbered.sorted(by: { $0.0 < $1.0 }) {
            if id != next { steps.append(.nextID(key, id)) }
            steps.append(.change(change))
            next = id + 1
        }
        if expenditure.nextID != next { steps.append(.nextID(key, expenditure.nextID)) }
        // Even a rule with every field cleared exists (it has a revision): set it back.
        if let allocation = expenditure.allocation {
            steps.append(.change(.set(.part(key, .allocation), allocation.assignments)))
        }
        return steps
    }
}
