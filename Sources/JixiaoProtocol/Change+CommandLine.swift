public import JixiaoCore

extension Change {
    /// The canonical request line that makes this change: what the journal records and
    /// `EXPORT` writes. Parsing it back with ``CommandParser`` gives the same change.
    public var commandLine: String {
        switch self {
        case .create(let key, let assignments): Self.line("CREATE", key, assignments)
        case .update(let key, let assignments): Self.line("UPDATE", key, assignments)
        case .set(let key, let assignments): Self.line("SET", key, assignments)
        case .delete(let key): Self.line("DELETE", key, [])
        case .add(let key, let kind, let assignments):
            Self.join([kind.rawValue.uppercased(), "ADD"] + Self.words(key), assignments)
        case .addVocabulary(let level, let name):
            "VOCAB ADD \(level) \(WordQuoting.keyed("name", name))"
        case .disableCheck(let unit, let year, let rule, let reason):
            "CHECK DISABLE \(unit) \(year) \(WordQuoting.quote(rule)) \(WordQuoting.keyed("reason", reason))"
        case .enableCheck(let unit, let year, let rule):
            "CHECK ENABLE \(unit) \(year) \(WordQuoting.quote(rule))"
        case .createRuleSet(let name, let from, let assignments):
            Self.join(
                ["RULESET", "CREATE", name.text],
                (from.map { [FieldAssignment("from", $0.text)] } ?? []) + assignments
            )
        case .updateRuleSet(let name, let assignments):
            Self.join(["RULESET", "UPDATE", name.text], assignments)
        case .deleteRuleSet(let name):
            "RULESET DELETE \(name)"
        case .submitYear(let unit, let year, let forceReason):
            "YEAR SUBMIT \(unit) \(year)" + (forceReason.map { " force=yes \(WordQuoting.keyed("reason", $0))" } ?? "")
        case .reopenYear(let unit, let year, let reason):
            "YEAR REOPEN \(unit) \(year) \(WordQuoting.keyed("reason", reason))"
        }
    }

    private static func line(_ verb: String, _ key: ObjectKey, _ assignments: [FieldAssignment]) -> String {
        let (family, words, extra) = address(key)
        return join([family, verb] + words, extra + assignments)
    }

    private static func join(_ words: [String], _ assignments: [FieldAssignment]) -> String {
        (words.map(WordQuoting.quote) + assignments.map { WordQuoting.keyed($0.key, $0.value) }).joined(separator: " ")
    }

    private static func words(_ key: ExpenditureKey) -> [String] {
        [key.unit.text, key.year.description, key.owner.description]
    }

    /// The command family, positional words and identifying keys of an object.
    static func address(_ key: ObjectKey) -> (String, [String], [FieldAssignment]) {
        switch key {
        case .unit(let unit): ("UNIT", [unit.text], [])
        case .year(let unit, let year): ("YEAR", [unit.text, year.description], [])
        case .expenditure(let key):
            switch key.owner {
            case .department: ("DEPT", [key.unit.text, key.year.description], [])
            case .project: ("PROJECT", words(key), [])
            }
        case .part(let key, let part):
            switch part {
            case .line(let item): ("LINE", words(key) + [item.text], [])
            case .indicator(let code): ("INDICATOR", words(key) + [code.text], [])
            case .fact(let code): ("FACT", words(key) + [code.text], [])
            case .adjustment(let id): ("ADJUSTMENT", words(key) + [String(id)], [])
            case .payment(let id): ("PAYMENT", words(key) + [String(id)], [])
            case .goal(let id): ("GOAL", words(key) + [String(id)], [])
            case .allocation: ("ALLOCATION", words(key), [])
            case .group(let group):
                (
                    "GROUP", words(key),
                    [FieldAssignment("level1", group.level1)]
                        + (group.level2.isEmpty ? [] : [FieldAssignment("level2", group.level2)])
                )
            }
        }
    }
}
