/// One problem the checker found: which rule, how serious, about what, and the figures.
public struct Finding: Sendable, Equatable {
    /// The rule that found it.
    public let rule: CheckRule
    /// The object the finding is about (a line, an indicator, an expenditure…).
    public let object: ObjectKey
    /// Every object whose figures are involved (a parent line and its parts), so that a
    /// change to any of them can be told about it.
    public let involved: [ObjectKey]
    /// What was reported, as text (`0.04%`, `840.87`), if anything.
    public let reported: String?
    /// What Jixiao computes from the figures.
    public let computed: String?
    /// The difference, when both are numbers.
    public let difference: String?
    /// The explanation in Chinese.
    public let messageZH: String
    /// The explanation in English.
    public let messageEN: String

    /// Creates a finding.
    public init(
        _ rule: CheckRule,
        _ object: ObjectKey,
        involved: [ObjectKey] = [],
        reported: String? = nil,
        computed: String? = nil,
        difference: String? = nil,
        zh: String,
        en: String
    ) {
        self.rule = rule
        self.object = object
        self.involved = [object] + involved.filter { $0 != object }
        self.reported = reported
        self.computed = computed
        self.difference = difference
        self.messageZH = zh
        self.messageEN = en
    }

    /// The rule's severity.
    public var severity: Severity { rule.severity }
}

/// How serious a finding is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    /// The figures contradict each other: the report must not go out like this.
    case error
    /// Probably wrong, or against the rules' defaults: look at it.
    case warning
    /// Worth knowing.
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
