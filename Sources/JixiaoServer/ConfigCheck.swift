import JixiaoCore

/// What `jixiaod --check-config` finds wrong with the groups and units a configuration
/// names, beyond the file's syntax: a role group that does not exist, an `operator_units`
/// entry that is not a unit code, or that names no unit of the model.
///
/// Pure: the group database and the model's units are given, so it is tested without
/// either.
public enum ConfigCheck {
    /// The problems found: errors refuse the configuration (exit 78); warnings are
    /// printed beside the settings.
    public struct Outcome: Sendable, Equatable {
        /// What makes the configuration unusable as written.
        public var errors: [String] = []
        /// What is worth knowing but not refused.
        public var warnings: [String] = []
    }

    /// Checks the role groups and the granted units.
    /// - Parameters:
    ///   - effective: the settings in effect.
    ///   - named: the settings the file or the command line gave (the rest are defaults).
    ///   - groupExists: whether the group database knows a group.
    ///   - units: the units of the model, when the state directory could be read.
    /// - Returns: the errors and warnings, in the order of the keys.
    public static func check(
        _ effective: ConfigValues,
        named: ConfigValues,
        groupExists: (String) -> Bool,
        units: Set<String>?
    ) -> Outcome {
        var outcome = Outcome()
        let groups: [(String, String?, String?)] = [
            ("role_read", effective.roleRead, named.roleRead),
            ("role_operator", effective.roleOperator, named.roleOperator),
            ("role_admin", effective.roleAdmin, named.roleAdmin),
        ]
        for (key, group, given) in groups {
            guard let group, !groupExists(group) else { continue }
            if given != nil {
                outcome.errors.append("\(key) names the group \(group), which does not exist (getent group \(group))")
            } else {
                outcome.warnings.append(
                    "\(key): the default group \(group) does not exist here: only root and the daemon's user can connect (the package's sysusers.d creates it)"
                )
            }
        }
        for entry in effective.operatorUnits ?? [] where entry != "*" {
            guard (try? Code(entry)) != nil else {
                outcome.errors.append(
                    "operator_units: '\(entry)' is not a unit code (lower-case letters, digits, - and _)"
                )
                continue
            }
            if let units, !units.contains(entry) {
                let known = units.sorted().joined(separator: ", ")
                outcome.errors.append(
                    "operator_units names the unit \(entry), which the state does not hold (units: \(known.isEmpty ? "none" : known))"
                )
            }
        }
        return outcome
    }

    /// The codes of the units a state directory holds, or `nil` when it holds no journal
    /// (a daemon not yet started) or cannot be read.
    public static func units(statePath: String) -> Set<String>? {
        guard let loaded = try? StateLoader.load(statePath: statePath, cutTornTail: false) else { return nil }
        return Set(loaded.state.unitList.map(\.code.text))
    }
}
