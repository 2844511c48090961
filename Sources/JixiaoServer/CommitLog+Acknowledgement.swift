import JixiaoCore
import JixiaoProtocol

/// The `OK seq=N` of an accepted change, with what the checker finds about the objects it
/// touched, so that the operator sees a problem as they type.
extension CommitLog {
    /// The acknowledgement of changes made as record `sequence`, worked out in the model
    /// right after them. The checker runs once per expenditure (or year) touched, not once
    /// per change, so that a big transaction costs its size, not its square; for one object
    /// touched only the checks that can name it (``Checker/findings(involving:in:of:rules:)``).
    static func acknowledgement(
        of changes: [Change],
        sequence: Int64,
        in state: ModelState,
        checker: Checker
    ) -> Reply {
        var words = ["seq=\(sequence)"]
        if case .add(let key, let kind, _) = changes.last, let id = lastID(kind, of: key, in: state) {
            words.append("id=\(id)")
        }
        let touched = changes.compactMap { Self.touched(by: $0, in: state) }
        // One object touched (a single change): only the checks that can name it run.
        if touched.count == 1, let (key, scope) = touched.first {
            guard let year = try? state.year(scope.unit, scope.year) else { return Reply(.ok(words)) }
            let rules = (try? state.ruleSet(of: year)) ?? .standard
            let findings = checker.findings(involving: key, in: year, of: scope.unit, rules: rules)
            return Reply(.ok(words), table: findings.isEmpty ? nil : FindingTables.findings(findings))
        }
        // A year touched in several expenditures is checked once as a whole: checking one
        // expenditure walks the year's projects, so a check per project of a big
        // transaction would cost the square of its size.
        var owners: [Scope: Set<Scope>] = [:]
        for (_, scope) in touched { owners[scope.wholeYear, default: []].insert(scope) }
        var checked: [Scope: (findings: [Finding], byObject: [ObjectKey: [Int]])] = [:]
        var reported: [Scope: Set<Int>] = [:]
        var findings: [Finding] = []
        for (key, touchedScope) in touched {
            let scope = owners[touchedScope.wholeYear, default: []].count > 1 ? touchedScope.wholeYear : touchedScope
            if checked[scope] == nil {
                guard let year = try? state.year(scope.unit, scope.year) else { continue }
                let rules = (try? state.ruleSet(of: year)) ?? .standard
                let found = checker.check(year, of: scope.unit, owner: scope.owner, rules: rules)
                var byObject: [ObjectKey: [Int]] = [:]
                for (index, finding) in found.enumerated() {
                    for object in Set(finding.involved) { byObject[object, default: []].append(index) }
                }
                checked[scope] = (found, byObject)
            }
            guard let (found, byObject) = checked[scope] else { continue }
            for index in byObject[key] ?? [] where reported[scope, default: []].insert(index).inserted {
                findings.append(found[index])
            }
        }
        return Reply(.ok(words), table: findings.isEmpty ? nil : FindingTables.findings(findings))
    }

    /// What the checker looks at for one change.
    private struct Scope: Hashable {
        var unit: Code
        var year: FiscalYear
        var owner: Owner?

        /// The whole unit-year the scope is in.
        var wholeYear: Scope { Scope(unit: unit, year: year, owner: nil) }
    }

    /// The object a change touched and the scope its findings come from. An added item is
    /// the object touched, not its whole expenditure: otherwise every payment entered would
    /// repeat the expenditure's own findings (weights, totals).
    private static func touched(by change: Change, in state: ModelState) -> (ObjectKey, Scope)? {
        guard var key = change.key else { return nil }
        if case .add(let expenditure, let kind, _) = change, let id = lastID(kind, of: expenditure, in: state) {
            switch kind {
            case .adjustment: key = .part(expenditure, .adjustment(id))
            case .payment: key = .part(expenditure, .payment(id))
            case .goal: key = .part(expenditure, .goal(id))
            }
        }
        switch key {
        case .unit: return nil
        case .year(let unit, let year): return (key, Scope(unit: unit, year: year, owner: nil))
        case .expenditure(let expenditure), .part(let expenditure, _):
            return (key, Scope(unit: expenditure.unit, year: expenditure.year, owner: expenditure.owner))
        }
    }

    private static func lastID(_ kind: NumberedKind, of key: ExpenditureKey, in state: ModelState) -> Int? {
        guard let expenditure = try? state.expenditure(key) else { return nil }
        switch kind {
        case .adjustment: return expenditure.adjustmentList.last?.id
        case .payment: return expenditure.paymentList.last?.id
        case .goal: return expenditure.goalList.last?.id
        }
    }
}
