/// An object whose editable fields are described by ``FieldSpec``s: the protocol sets
/// them by key, exports write them back, and tables show them, all from one description.
public protocol FieldedObject: Sendable {
    /// The editable fields, in the order tables and exports show them.
    static var fields: [FieldSpec] { get }
    /// Fields that a create must give.
    static var requiredFields: Set<String> { get }
    /// Sets one field from its text, or clears it when `value` is empty.
    /// - Throws: ``DomainError`` when the value is not acceptable for the field.
    mutating func assign(_ key: String, _ value: String) throws(DomainError)
    /// One field's value in the form that assigning it would take (exact), or `nil` when empty.
    func exportValue(_ key: String) -> String?
    /// A field's value for a table (see the default implementation).
    func displayValue(_ key: String) -> String
    /// A money field's amount for a table (see the default implementation).
    func displayAmount(_ key: String) -> Money?
}

extension FieldedObject {
    public static var requiredFields: Set<String> { [] }

    /// The spec of a field.
    public static func field(_ key: String) -> FieldSpec? { fields.first { $0.key == key } }

    /// Applies assignments in order; unknown keys are refused.
    /// - Throws: ``DomainError`` for an unknown key or a bad value.
    public mutating func assign(_ assignments: [FieldAssignment]) throws(DomainError) {
        for assignment in assignments {
            guard Self.field(assignment.key) != nil else {
                throw .badValue(field: assignment.key, value: assignment.value, reason: "no such field")
            }
            try assign(assignment.key, assignment.value)
        }
    }

    /// Every non-empty field as an assignment, in field order (for exports).
    public var assignments: [FieldAssignment] {
        Self.fields.compactMap { spec in exportValue(spec.key).map { FieldAssignment(spec.key, $0) } }
    }

    /// A field's value for a table: money in 万元 with two decimals, other kinds as exported.
    public func displayValue(_ key: String) -> String {
        defaultDisplayValue(key)
    }

    /// The amount a money field shows in a table: the exported one, unless the object
    /// shows a computed amount there (``Expenditure``'s 全年执行数 from the payments).
    public func displayAmount(_ key: String) -> Money? {
        exportValue(key).flatMap { try? Money(parsing: $0) }
    }

    /// The default table form of a field (money in 万元 with two decimals).
    public func defaultDisplayValue(_ key: String) -> String {
        guard let spec = Self.field(key), let value = exportValue(key) else { return "" }
        if spec.kind == .money, let money = try? Money(parsing: value) { return money.wanRounded }
        return value
    }
}

/// Helpers for `assign` implementations: each reads a value of its kind, or clears on "".
public enum Assign {
    /// Text, or `nil` for "".
    public static func text(_ value: String, _ field: String) throws(DomainError) -> String? {
        value.isEmpty ? nil : try FieldCodec.text(value, field: field)
    }

    /// Money, or `nil` for "".
    public static func money(_ value: String, _ field: String) throws(DomainError) -> Money? {
        value.isEmpty ? nil : try Money(parsing: value)
    }

    /// A non-negative amount, or `nil` for "".
    public static func budget(_ value: String, _ field: String) throws(DomainError) -> Money? {
        guard let amount = try money(value, field) else { return nil }
        if amount < .zero { throw .badValue(field: field, value: value, reason: "a budget cannot be negative") }
        return amount
    }

    /// A percentage, or `nil` for "".
    public static func percent(_ value: String, _ field: String) throws(DomainError) -> ExactNumber? {
        value.isEmpty ? nil : try FieldCodec.percent(value, field: field)
    }

    /// Points, or `nil` for "".
    public static func points(_ value: String, _ field: String) throws(DomainError) -> ExactNumber? {
        value.isEmpty ? nil : try FieldCodec.points(value, field: field)
    }

    /// A count, or `nil` for "".
    public static func count(_ value: String, _ field: String) throws(DomainError) -> Int64? {
        value.isEmpty ? nil : try FieldCodec.count(value, field: field)
    }

    /// A date, or `nil` for "".
    public static func date(_ value: String, _ field: String) throws(DomainError) -> CivilDate? {
        value.isEmpty ? nil : try CivilDate(parsing: value, field: field)
    }

    /// An indicator value, or `nil` for "".
    public static func indicatorValue(_ value: String, _ field: String) throws(DomainError) -> IndicatorValue? {
        value.isEmpty ? nil : try IndicatorValue(parsing: value, field: field)
    }

    /// One of the choices, or `nil` for "".
    public static func choice(_ value: String, _ options: [String], _ field: String) throws(DomainError) -> String? {
        value.isEmpty ? nil : try FieldCodec.choice(value, options, field: field)
    }
}
