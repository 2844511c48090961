/// A third-level performance indicator (三级指标) with its place in the table.
public struct Indicator: Sendable, Equatable {
    /// The indicator's code within its expenditure.
    public let code: Code
    /// 一级指标, e.g. 产出指标.
    public var level1: String {
        get { levels.group.level1 }
        set { levels = IndicatorLevels.of(level1: newValue, level2: levels.group.level2) }
    }
    /// 二级指标, e.g. 数量指标.
    public var level2: String {
        get { levels.group.level2 }
        set { levels = IndicatorLevels.of(level1: levels.group.level1, level2: newValue) }
    }
    /// The two level names, one box shared by every row of the same pair (8 bytes a row
    /// instead of 32: ``IndicatorLevels``).
    private var levels = IndicatorLevels.empty
    /// 三级指标: the indicator's name.
    public var name = ""
    /// 年度指标值.
    public var target: IndicatorValue?
    /// 实际完成值.
    public var actual: IndicatorValue?
    /// 分值.
    public var weight: ExactNumber?
    /// 得分 as entered or printed.
    public var score: ExactNumber?
    /// The journal sequence number of its last change.
    public var revision: Int64
    /// The fields most rows leave empty, boxed (`nil` while all are empty): a row is held
    /// for every indicator of the province, so what it leaves empty should cost 8 bytes, not
    /// the 60 the seven fields take inline.
    private var rare: RareFields?

    /// 偏差原因分析及改进措施.
    public var deviation: String? {
        get { rare?.values.deviation }
        set { changeRare { $0.deviation = newValue } }
    }
    /// Whether the indicator does not apply this year (not scored; the total is rescaled).
    public var notApplicable: Bool {
        get { rare?.values.notApplicable ?? false }
        set { changeRare { $0.notApplicable = newValue } }
    }
    /// 完成情况 as the operator judged it (达成, 部分达成, 未达成): chooses the band a
    /// qualitative indicator's score must lie in.
    public var completion: Completion? {
        get { rare?.values.completion }
        set { changeRare { $0.completion = newValue } }
    }
    /// The score the operator set in place of the computed one, within the allowed band.
    public var overrideScore: ExactNumber? {
        get { rare?.values.overrideScore }
        set { changeRare { $0.overrideScore = newValue } }
    }
    /// Why the operator set the score (required with it; the tables show it).
    public var overrideReason: String? {
        get { rare?.values.overrideReason }
        set { changeRare { $0.overrideReason = newValue } }
    }
    /// The computed department indicator this row is (部门整体 only): its actual value is
    /// computed from the figures and scored by the rule set's table.
    public var measure: DepartmentMeasure? {
        get { rare?.values.measure }
        set { changeRare { $0.measure = newValue } }
    }
    /// 指标性质 as the form prints it (正向/反向, ≥/≤/=/定性): the direction of a target
    /// written without an operator.
    public var nature: IndicatorNature? {
        get { rare?.values.nature }
        set { changeRare { $0.nature = newValue } }
    }

    /// Stores the rare fields as `body` changes them: in a new box (a box is never written
    /// after it is made, so copies of the row never see the change), or none when all are empty.
    private mutating func changeRare(_ body: (inout RareFields.Values) -> Void) {
        var values = rare?.values ?? RareFields.Values()
        body(&values)
        rare = values == RareFields.Values() ? nil : RareFields(values)
    }

    /// Creates an indicator with no fields set.
    public init(code: Code, revision: Int64) {
        self.code = code
        self.revision = revision
    }

    /// Its level-1 and level-2 group.
    public var group: IndicatorGroup { levels.group }
}

/// An indicator's rarely set fields, in a box of their own (see `Indicator.rare`). Never
/// changed once made, so rows may share it.
private final class RareFields: Sendable, Equatable {
    struct Values: Sendable, Equatable {
        var deviation: String?
        var overrideScore: ExactNumber?
        var overrideReason: String?
        var notApplicable = false
        var completion: Completion?
        var measure: DepartmentMeasure?
        var nature: IndicatorNature?
    }

    let values: Values

    init(_ values: Values) { self.values = values }

    static func == (lhs: RareFields, rhs: RareFields) -> Bool { lhs === rhs || lhs.values == rhs.values }
}

extension Indicator: FieldedObject {
    public static let fields: [FieldSpec] = [
        FieldSpec("level1", "一级指标", .text), FieldSpec("level2", "二级指标", .text), FieldSpec("name", "三级指标", .text),
        FieldSpec("target", "年度指标值", .indicatorValue), FieldSpec("actual", "实际完成值", .indicatorValue),
        FieldSpec("weight", "分值", .points), FieldSpec("score", "得分", .points),
        FieldSpec("deviation", "偏差原因分析及改进措施", .text), FieldSpec("not_applicable", "不适用", .choice(["yes", "no"])),
        FieldSpec("completion", "完成情况", .choice(Completion.names)), FieldSpec("override_score", "人工评分", .points),
        FieldSpec("override_reason", "人工评分理由", .text), FieldSpec("measure", "计算指标", .choice(DepartmentMeasure.names)),
        FieldSpec("nature", "指标性质", .choice(IndicatorNature.names)),
    ]
    public static let requiredFields: Set<String> = ["level1", "level2", "name", "target"]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        // Level names and indicator names repeat in row after row: stored once (the level
        // pair as one ``IndicatorLevels`` box, the name through ``SharedText``).
        case "level1": level1 = try FieldCodec.text(value, field: key)
        case "level2": level2 = try FieldCodec.text(value, field: key)
        case "name": name = SharedText.shared(try FieldCodec.text(value, field: key))
        case "target": target = try Assign.indicatorValue(value, key)
        case "actual": actual = try Assign.indicatorValue(value, key)
        case "weight": weight = try Assign.points(value, key)
        case "score": score = try Assign.points(value, key)
        case "deviation": deviation = try Assign.text(value, key)
        case "not_applicable":
            notApplicable = try FieldCodec.choice(value.isEmpty ? "no" : value, ["yes", "no"], field: key) == "yes"
        case "completion":
            completion = try Assign.choice(value, Completion.names, key).flatMap { Completion(rawValue: $0) }
        case "override_score": overrideScore = try Assign.points(value, key)
        case "override_reason": overrideReason = try Assign.text(value, key)
        case "measure":
            measure = try Assign.choice(value, DepartmentMeasure.names, key).flatMap {
                DepartmentMeasure(rawValue: $0)
            }
        case "nature":
            // The forms print the operators in several widths: ≧ ≦ ＝ ═ >= <= are read as ≥ ≤ =.
            let spelled = IndicatorNature.spellings[value] ?? value
            nature = try Assign.choice(spelled, IndicatorNature.names, key).flatMap { IndicatorNature(rawValue: $0) }
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "level1": level1
        case "level2": level2
        case "name": name
        case "target": target?.text
        case "actual": actual?.text
        case "weight": weight?.description
        case "score": score?.description
        case "deviation": deviation
        case "not_applicable": notApplicable ? "yes" : nil
        case "completion": completion?.rawValue
        case "override_score": overrideScore?.description
        case "override_reason": overrideReason
        case "measure": measure?.rawValue
        case "nature": nature?.rawValue
        default: nil
        }
    }
}

/// A level-1 group (产出指标) or a level-2 group within it (产出指标 / 数量指标).
public struct IndicatorGroup: Sendable, Hashable, CustomStringConvertible {
    /// The level-1 name.
    public let level1: String
    /// The level-2 name, or `""` for the level-1 group itself.
    public let level2: String

    /// Creates a group key.
    public init(level1: String, level2: String = "") {
        self.level1 = level1
        self.level2 = level2
    }

    public var description: String { level2.isEmpty ? level1 : "\(level1)/\(level2)" }
}
