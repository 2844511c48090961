/// The kinds of value an editable field holds, with how each is read from a `key=value`
/// argument and written back (for exports and the journal).
///
/// Every object in the model describes its fields with these, so one codec serves
/// parsing, validation, `HELP` and export for all of them.
public enum FieldKind: Sendable, Equatable {
    /// Free text (a name, a reason): 1–2000 characters, no control characters but newlines.
    case text
    /// An amount of money with its unit (see ``Money/init(parsing:)``).
    case money
    /// A percentage as printed: `34.71%` or `34.71`.
    case percent
    /// Points (分值, 得分): a non-negative decimal.
    case points
    /// A count of people or items: a non-negative whole number.
    case count
    /// A date, `YYYY-MM-DD`.
    case date
    /// A 年度指标值 / 实际完成值 as written (see ``IndicatorValue``).
    case indicatorValue
    /// One of a fixed set of words.
    case choice([String])
    /// A unit code.
    case code
    /// A list of names separated by `、` or `,`.
    case list
}

/// One editable field of a kind of object.
public struct FieldSpec: Sendable {
    /// The ASCII key used in the protocol: `budget_initial`.
    public let key: String
    /// The official Chinese label: 年初预算数.
    public let label: String
    /// The kind of value.
    public let kind: FieldKind

    /// Creates a field spec.
    public init(_ key: String, _ label: String, _ kind: FieldKind) {
        self.key = key
        self.label = label
        self.kind = kind
    }
}

/// One `key=value` assignment of a change; an empty value clears the field.
public struct FieldAssignment: Sendable, Equatable {
    /// The field's key.
    public let key: String
    /// The value as the operator wrote it (empty: clear).
    public let value: String

    /// Creates an assignment.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}
