import JixiaoCore
import JixiaoProtocol

/// Which role each command needs, and the refusal when the connected user lacks it.
///
/// Checked before a command reaches the executor, so a denied command changes nothing and
/// is journaled nowhere.
enum Authorization {
    /// The role a command needs and, for operator changes, every unit it touches.
    static func requirement(of command: Command) -> (role: Role, units: [Code]) {
        switch command {
        case .hello, .ping, .quit, .help, .format, .money, .begin, .rollback, .unwatch:
            return (.nobody, [])
        case .commit:
            // Each queued change was authorized when queued, and is again at COMMIT.
            return (.read, [])
        case .status, .get, .list, .export, .check, .checkRules, .funds, .rollup, .monitor, .monthly, .score, .table,
            .report, .ruleSet, .ruleSets, .history, .watch:
            return (.read, [])
        case .at(_, let query):
            return requirement(of: query)
        case .debugStall, .resume, .backup, .snapshot:
            return (.admin, [])
        case .carryOver(let key):
            return (.operator, [key.unit])
        case .change(let change):
            return requirement(of: change)
        case .conditional(_, let inner):
            return requirement(of: inner)
        }
    }

    /// The role a change needs: check rules, scoring rule sets, vocabulary, whole units and
    /// reopening a year are the admin's; the rest is an operator's, for granted units: the
    /// unit changed and every unit the change points at (`parent=`), so that an operator of
    /// one unit cannot hang it under another and change that one's rollup.
    static func requirement(of change: Change) -> (role: Role, units: [Code]) {
        switch change {
        case .addVocabulary, .disableCheck, .enableCheck, .createRuleSet, .updateRuleSet, .deleteRuleSet:
            return (.admin, [])
        case .create(.unit, _), .delete(.unit), .reopenYear: return (.admin, [])
        case .update(.unit(let unit), let fields):
            let parents = fields.filter { $0.key == "parent" && !$0.value.isEmpty }.compactMap {
                try? Code($0.value, field: "parent")
            }
            return (.operator, [unit] + parents)
        default: return (.operator, change.key.map { [$0.unit] } ?? [])
        }
    }

    /// The refusal for a command, or `nil` when the role allows it.
    /// - Parameters:
    ///   - command: what was asked.
    ///   - role: the user's role now.
    ///   - policy: the unit grants.
    ///   - user: the user's name, for the message.
    static func refusal(of command: Command, role: Role, policy: AccessPolicy, user: String) -> ProtocolError? {
        let (needed, units) = requirement(of: command)
        if role < needed {
            let has = role == .nobody ? "no role" : "the \(role) role"
            return ProtocolError(.denied, "needs the \(needed) role; \(user) has \(has)")
        }
        if role == .operator, needed == .operator, let unit = units.first(where: { !policy.grants(unit: $0.text) }) {
            let granted = (policy.operatorUnits ?? []).sorted().joined(separator: ", ")
            return ProtocolError(
                .denied,
                "unit \(unit) is not granted to operators (granted: \(granted.isEmpty ? "none" : granted)); it needs the admin role"
            )
        }
        return nil
    }
}
