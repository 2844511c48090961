public import OrderedCollections

/// A named set of scoring rules: every choice the sources leave open (rules.md, the items
/// marked [U]) is a setting here rather than a branch in code, so that a bureau can copy the
/// national defaults, adjust them to its province's variant, and pick the set for a
/// unit-year. The built-in set ``standard`` (named `default`) follows rules §A and §B3.
public struct RuleSet: Sendable, Equatable {
    /// The set's code: `default`, `hunan-2020`.
    public let name: Code
    /// What the set is, for people (`湖南省2020年口径`).
    public var label: String?
    /// 分值 of the execution-rate row when the form does not say (10).
    public var executionWeight = ExactNumber(10)
    /// How the execution rate is scored.
    public var executionRule = ExecutionRule.proportional(capped: true)
    /// The default weight of each level-1 group (产出指标 50, 效益指标 30, 满意度指标 10):
    /// other weights are warned about; with the execution weight these must total 100.
    public var weights: OrderedDictionary<String, ExactNumber> = [
        "产出指标": ExactNumber(50), "效益指标": ExactNumber(30), "满意度指标": ExactNumber(10),
    ]
    /// The formula for an unmet `≤` target (rules §A4, [U]).
    public var reverseFormula = ReverseFormula.ratio
    /// How a zero target is scored where a ratio would divide by zero.
    public var zeroTarget = ZeroTargetRule.binary
    /// What a qualitative indicator scores before the operator chooses.
    public var qualitativeDefault = QualitativeDefault.top
    /// Where the completion grades of qualitative indicators begin.
    public var bands = CompletionBands.standard
    /// The grades by total.
    public var grades = GradeScale.standard
    /// Whether the grade follows the total as rounded for printing or the exact total.
    public var gradeBasis = GradeBasis.rounded
    /// Decimals scores are rounded to, half-up (2).
    public var decimals = 2
    /// The scoring tables of the computed department indicators.
    public var measures: [DepartmentMeasure: MeasureRule] = Dictionary(
        uniqueKeysWithValues: DepartmentMeasure.allCases.map { ($0, $0.defaultRule) }
    )
    /// Which "this year" figure "三公"经费变动率 compares with 上年决算数.
    public var sangongBasis = SangongBasis.actual
    /// Which figures 预算调整率 uses.
    public var adjustmentBasis = AdjustmentBasis.full
    /// The execution rate, in percent, below which a printed 自评得分 at or above the 良 bound
    /// is warned about (`score-high-on-low-execution`). No source gives a threshold ([U]):
    /// 50 % is Jixiao's default.
    public var highScoreMinExecution = ExactNumber(50)
    /// The journal sequence number of the set's last change (0 for the built-in set).
    public var revision: Int64 = 0

    /// The name of the built-in set.
    public static let defaultName = "default"

    /// The built-in set: the national defaults of rules §A and the tables of §B3.
    public static let standard = RuleSet(name: try! Code(defaultName), revision: 0)

    /// A set with the default settings under another name.
    public init(name: Code, revision: Int64) {
        self.name = name
        self.revision = revision
    }

    /// A copy of a set under another name.
    public init(copying other: RuleSet, as name: Code, revision: Int64) {
        self.init(name: name, revision: revision, copying: other)
    }

    private init(name: Code, revision: Int64, copying other: RuleSet) {
        self.name = name
        self.label = other.label
        self.executionWeight = other.executionWeight
        self.executionRule = other.executionRule
        self.weights = other.weights
        self.reverseFormula = other.reverseFormula
        self.zeroTarget = other.zeroTarget
        self.qualitativeDefault = other.qualitativeDefault
        self.bands = other.bands
        self.grades = other.grades
        self.gradeBasis = other.gradeBasis
        self.decimals = other.decimals
        self.measures = other.measures
        self.sangongBasis = other.sangongBasis
        self.adjustmentBasis = other.adjustmentBasis
        self.highScoreMinExecution = other.highScoreMinExecution
        self.revision = revision
    }

    /// Whether this is the built-in set.
    public var isBuiltIn: Bool { name.text == Self.defaultName }

    /// The execution weight plus the level-1 weights: must be 100.
    public var weightTotal: ExactNumber { weights.values.reduce(executionWeight) { $0.adding($1) } }

    /// The rule of a computed measure.
    public func rule(_ measure: DepartmentMeasure) -> MeasureRule { measures[measure] ?? measure.defaultRule }

    /// Checks the settings together.
    /// - Throws: ``DomainError/badValue(field:value:reason:)`` when the default weights do
    ///   not total 100 (rules §A2: other weights are allowed, another total is not).
    public func validate() throws(DomainError) {
        guard weightTotal == ExactNumber(100) else {
            throw .badValue(
                field: "weights",
                value: RuleSetFields.format(weights),
                reason:
                    "the execution weight \(executionWeight.plain) and the level-1 weights add up to \(weightTotal.plain), not 100"
            )
        }
    }
}

/// How the execution rate (预算执行率) is scored (rules §A3).
public enum ExecutionRule: Sendable, Equatable, CustomStringConvertible {
    /// 分值 × 执行率; with `capped`, never above 分值 (a rate above 100 % is warned about).
    case proportional(capped: Bool)
    /// A local table of the rate.
    case table(MeasureRule)

    /// Reads `proportional`, `uncapped`, or a ``MeasureRule``.
    /// - Throws: ``DomainError/badValue(field:value:reason:)``.
    public init(parsing text: String, field: String) throws(DomainError) {
        switch text {
        case "proportional": self = .proportional(capped: true)
        case "uncapped": self = .proportional(capped: false)
        default: self = .table(try MeasureRule(parsing: text, field: field))
        }
    }

    public var description: String {
        switch self {
        case .proportional(let capped): capped ? "proportional" : "uncapped"
        case .table(let rule): rule.description
        }
    }
}

/// The formula for an unmet `≤`/`<` target (rules §A4).
public enum ReverseFormula: String, Sendable, CaseIterable {
    /// 分值 × 目标值 ÷ 实际值 (the 自评表's filling notes, S3): the default.
    case ratio
    /// 分值 × (1 − (实际值 − 目标值) ÷ 目标值), 0 from twice the target (a vendor's rule, S4).
    case deviation
}

/// How a target of zero is scored, where the ratio formulas would divide by zero.
public enum ZeroTargetRule: String, Sendable, CaseIterable {
    /// Full when met (`≤0起` with none), else 0 (the vendor's `=0` rule, applied to `≤` too).
    case binary
    /// Not computed: the operator scores it (override_score).
    case manual
}

/// What a qualitative indicator scores before the operator chooses a score in its band.
public enum QualitativeDefault: String, Sendable, CaseIterable {
    /// 达成 (entered, or the actual value repeats the target or says 达成) scores the top of
    /// its band, the full weight; 部分达成 and 未达成 have no top in their half-open bands and
    /// wait for the operator.
    case top
    /// Every qualitative indicator waits for the operator's score.
    case none
}

/// Which total the grade follows.
public enum GradeBasis: String, Sendable, CaseIterable {
    /// The total rounded half-up to the set's decimals, as printed: a table that shows
    /// 90.00 shows 优.
    case rounded
    /// The exact total: 89.995 is 良 even though it prints as 90.00.
    case exact
}

/// The "this year" figure of "三公"经费变动率 (rules §B2, [U]).
public enum SangongBasis: String, Sendable, CaseIterable {
    /// 本年决算数 against 上年决算数.
    case actual
    /// 本年预算数 against 上年决算数.
    case budget
}

/// The figures of 预算调整率.
public enum AdjustmentBasis: String, Sendable, CaseIterable {
    /// (全年预算数 − 年初预算数) ÷ 年初预算数 (Jixiao's default).
    case full
    /// Σ 追加 ÷ 年初预算数 (Hunan's 预算控制率, S8).
    case additions
}
