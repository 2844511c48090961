/// One accepted change to the model: what a journal record holds and replay re-applies.
///
/// Changes address objects by ``ObjectKey`` and carry field assignments as the operator
/// wrote them, so the journal says exactly what was entered; the model object validates
/// each assignment when it is applied.
public enum Change: Sendable, Equatable {
    /// Creates a unit, year, project, indicator or fact with its fields.
    case create(ObjectKey, [FieldAssignment])
    /// Changes fields of an existing object (an empty value clears a field).
    case update(ObjectKey, [FieldAssignment])
    /// Creates or updates: figure lines, group weights, the allocation rule.
    case set(ObjectKey, [FieldAssignment])
    /// Deletes an object.
    case delete(ObjectKey)
    /// Adds a numbered item (adjustment, payment, goal) to an expenditure; it gets the
    /// expenditure's next id.
    case add(ExpenditureKey, NumberedKind, [FieldAssignment])
    /// Allows a level-1 or level-2 indicator name beyond the standard ones.
    case addVocabulary(level: Int, name: String)
    /// Switches a check rule off for a unit-year, with the reason (a local convention).
    case disableCheck(Code, FiscalYear, rule: String, reason: String)
    /// Switches a check rule back on for a unit-year.
    case enableCheck(Code, FiscalYear, rule: String)
    /// Creates a scoring rule set as a copy of another (the built-in `default` when `from` is
    /// `nil`) with some settings changed.
    case createRuleSet(Code, from: Code?, [FieldAssignment])
    /// Changes settings of a rule set (an empty value restores the default's).
    case updateRuleSet(Code, [FieldAssignment])
    /// Deletes a rule set no year uses.
    case deleteRuleSet(Code)
    /// Submits a unit-year: it becomes locked for operators. `forceReason` is why it is
    /// submitted although the checker reports errors or lines that cannot be scored
    /// (`force=yes reason=…`; the daemon refuses such a submit without it).
    case submitYear(Code, FiscalYear, forceReason: String? = nil)
    /// Reopens a submitted unit-year, with the reason (an admin's move).
    case reopenYear(Code, FiscalYear, reason: String)

    /// The object the change is about.
    public var key: ObjectKey? {
        switch self {
        case .create(let key, _), .update(let key, _), .set(let key, _), .delete(let key): key
        case .add(let key, _, _): .expenditure(key)
        case .addVocabulary, .createRuleSet, .updateRuleSet, .deleteRuleSet: nil
        case .disableCheck(let unit, let year, _, _), .enableCheck(let unit, let year, _),
            .submitYear(let unit, let year, _), .reopenYear(let unit, let year, _):
            .year(unit, year)
        }
    }
}

/// The kinds of item an expenditure numbers itself.
public enum NumberedKind: String, Sendable, CaseIterable {
    /// A budget adjustment.
    case adjustment
    /// A payment.
    case payment
    /// A goal item.
    case goal
}
