import OrderedCollections

/// A part of an expenditure that records the sequence of its last change.
protocol RevisionedPart: FieldedObject {
    var revision: Int64 { get set }
}

extension FigureLine: RevisionedPart {}
extension Indicator: RevisionedPart {}
extension Fact: RevisionedPart {}
extension Adjustment: RevisionedPart {}
extension Payment: RevisionedPart {}
extension Goal: RevisionedPart {}
extension Allocation: RevisionedPart {}

/// The parts of one kind of an expenditure, by key: an ordered dictionary, or the
/// indicator table.
protocol PartTable {
    associatedtype Key
    associatedtype Part
    subscript(key: Key) -> Part? { get set }
    @discardableResult mutating func removeValue(forKey key: Key) -> Part?
}

extension OrderedDictionary: PartTable {}
extension IndicatorTable: PartTable {}

extension Expenditure {
    /// Creates, updates, sets or deletes one part.
    mutating func edit(
        _ part: PartKey,
        _ mode: EditMode,
        _ assignments: [FieldAssignment],
        key: ExpenditureKey,
        vocabulary: Vocabulary,
        sequence: Int64
    ) throws(DomainError) {
        let objectKey = ObjectKey.part(key, part)
        switch part {
        case .line(let item):
            try Self.edit(&lines, item, mode, assignments, objectKey, sequence) {
                FigureLine(item: item, revision: sequence)
            }
            if let line = lines[item], line.label == nil, LineCatalog.label(item) == nil {
                throw .badValue(field: "label", value: item.text, reason: "a line outside the catalog needs label=…")
            }
        case .indicator(let code):
            try Self.edit(&indicators, code, mode, assignments, objectKey, sequence) {
                Indicator(code: code, revision: sequence)
            }
            if let indicator = indicators[code] { try Self.check(indicator.group, vocabulary) }
        case .fact(let code):
            try Self.edit(&facts, code, mode, assignments, objectKey, sequence) { Fact(code: code, revision: sequence) }
        case .adjustment(let id):
            try Self.edit(&adjustments, id, Self.numbered(mode), assignments, objectKey, sequence) {
                Adjustment(id: id, revision: sequence)
            }
        case .payment(let id):
            try Self.edit(&payments, id, Self.numbered(mode), assignments, objectKey, sequence) {
                Payment(id: id, revision: sequence)
            }
        case .goal(let id):
            try Self.edit(&goals, id, Self.numbered(mode), assignments, objectKey, sequence) {
                Goal(id: id, revision: sequence)
            }
        case .group(let group):
            try Self.check(group, vocabulary)
            try editGroup(group, mode, assignments, objectKey)
        case .allocation:
            try editAllocation(mode, assignments, objectKey, sequence)
        }
    }

    /// Numbered items are added with ADD, never created or set by id.
    private static func numbered(_ mode: EditMode) throws(DomainError) -> EditMode {
        guard mode == .update || mode == .delete else {
            throw .badValue(field: "command", value: "", reason: "numbered items are added with ADD")
        }
        return mode
    }

    private static func edit<Table: PartTable>(
        _ parts: inout Table,
        _ key: Table.Key,
        _ mode: EditMode,
        _ assignments: [FieldAssignment],
        _ objectKey: ObjectKey,
        _ sequence: Int64,
        make: () -> Table.Part
    ) throws(DomainError) where Table.Part: RevisionedPart {
        switch mode {
        case .delete:
            guard parts.removeValue(forKey: key) != nil else { throw .notFound(objectKey) }
        case .create, .update, .set:
            let existing = parts[key]
            if mode == .create, existing != nil { throw .exists(objectKey) }
            if mode == .update, existing == nil { throw .notFound(objectKey) }
            var part = existing ?? make()
            try ModelState.fill(&part, assignments, creating: existing == nil)
            part.revision = sequence
            parts[key] = part
        }
    }

    private static func check(_ group: IndicatorGroup, _ vocabulary: Vocabulary) throws(DomainError) {
        guard vocabulary.contains(group.level1, level: 1) else {
            throw .badValue(
                field: "level1",
                value: group.level1,
                reason: "not a known level-1 indicator name; add it with VOCAB ADD 1 name=… if it is right"
            )
        }
        guard group.level2.isEmpty || vocabulary.contains(group.level2, level: 2) else {
            throw .badValue(
                field: "level2",
                value: group.level2,
                reason: "not a known level-2 indicator name; add it with VOCAB ADD 2 name=… if it is right"
            )
        }
    }

    private mutating func editGroup(
        _ group: IndicatorGroup,
        _ mode: EditMode,
        _ assignments: [FieldAssignment],
        _ objectKey: ObjectKey
    ) throws(DomainError) {
        if mode == .delete {
            guard groups.removeValue(forKey: group) != nil else { throw .notFound(objectKey) }
            groupScores.removeValue(forKey: group)
            return
        }
        guard let weight = assignments.last(where: { $0.key == "weight" }),
            assignments.allSatisfy({ $0.key == "weight" || $0.key == "score" })
        else {
            throw .badValue(
                field: "weight",
                value: "",
                reason: "a group has two fields, weight=… and score=… (printed)"
            )
        }
        let score = try assignments.last(where: { $0.key == "score" }).flatMap { item throws(DomainError) in
            try Assign.points(item.value, "score")
        }
        guard let points = try Assign.points(weight.value, "weight") else {
            groups.removeValue(forKey: group)
            groupScores.removeValue(forKey: group)
            return
        }
        groups[group] = points
        groupScores[group] = score
    }

    private mutating func editAllocation(
        _ mode: EditMode,
        _ assignments: [FieldAssignment],
        _ objectKey: ObjectKey,
        _ sequence: Int64
    ) throws(DomainError) {
        if mode == .delete {
            guard allocation != nil else { throw .notFound(objectKey) }
            allocation = nil
            return
        }
        var rule = allocation ?? Allocation(revision: sequence)
        try rule.assign(assignments)
        rule.revision = sequence
        allocation = rule
    }
}
