import OrderedCollections

/// The settings of a rule set as `key=value` fields, so that `RULESET CREATE/UPDATE`, `GET`,
/// the journal and `EXPORT` all read and write them the way other objects' fields are.
extension RuleSet: FieldedObject {
    public static let fields: [FieldSpec] =
        [
            FieldSpec("label", "名称", .text),
            FieldSpec("execution_weight", "执行率分值", .points),
            FieldSpec("execution_rule", "执行率计分(proportional|uncapped|规则)", .text),
            FieldSpec("weights", "一级指标默认分值", .text),
            FieldSpec("reverse_formula", "反向指标公式", .choice(ReverseFormula.allCases.map(\.rawValue))),
            FieldSpec("zero_target", "目标值为0", .choice(ZeroTargetRule.allCases.map(\.rawValue))),
            FieldSpec("qualitative_default", "定性指标默认得分", .choice(QualitativeDefault.allCases.map(\.rawValue))),
            FieldSpec("bands", "定性指标档次(%)", .text),
            FieldSpec("grades", "等级", .text),
            FieldSpec("grade_basis", "等级依据", .choice(GradeBasis.allCases.map(\.rawValue))),
            FieldSpec("decimals", "得分小数位", .count),
        ] + DepartmentMeasure.allCases.map { FieldSpec($0.rawValue, "\($0.title)计分", .text) }
        + [
            FieldSpec("sangong_basis", "\"三公\"经费变动率口径", .choice(SangongBasis.allCases.map(\.rawValue))),
            FieldSpec("adjustment_basis", "预算调整率口径", .choice(AdjustmentBasis.allCases.map(\.rawValue))),
            FieldSpec("high_score_min_execution", "高分所需最低执行率(%)", .percent),
        ]

    /// Sets one setting; an empty value restores the built-in default.
    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        let standard = RuleSet.standard
        if value.isEmpty, key != "label" {
            guard let text = standard.exportValue(key) else {
                throw .badValue(field: key, value: value, reason: "no such setting")
            }
            try assign(key, text)
            return
        }
        switch key {
        case "label": label = try Assign.text(value, key)
        case "execution_weight": executionWeight = try FieldCodec.points(value, field: key)
        case "execution_rule": executionRule = try ExecutionRule(parsing: value, field: key)
        case "weights": weights = try RuleSetFields.weights(value, field: key)
        case "reverse_formula": reverseFormula = try RuleSetFields.choice(value, key)
        case "zero_target": zeroTarget = try RuleSetFields.choice(value, key)
        case "qualitative_default": qualitativeDefault = try RuleSetFields.choice(value, key)
        case "bands": bands = try CompletionBands(parsing: value, field: key)
        case "grades": grades = try GradeScale(parsing: value, field: key)
        case "grade_basis": gradeBasis = try RuleSetFields.choice(value, key)
        case "decimals":
            let count = try FieldCodec.count(value, field: key)
            guard count <= 4 else { throw .badValue(field: key, value: value, reason: "scores keep 0 to 4 decimals") }
            decimals = Int(count)
        case "sangong_basis": sangongBasis = try RuleSetFields.choice(value, key)
        case "adjustment_basis": adjustmentBasis = try RuleSetFields.choice(value, key)
        case "high_score_min_execution":
            let percent = try FieldCodec.percent(value, field: key)
            guard !percent.isNegative, percent <= ExactNumber(100) else {
                throw .badValue(field: key, value: value, reason: "a rate threshold lies between 0% and 100%")
            }
            highScoreMinExecution = percent
        default:
            guard let measure = DepartmentMeasure(rawValue: key) else {
                throw .badValue(field: key, value: value, reason: "no such setting")
            }
            measures[measure] = try MeasureRule(parsing: value, field: key)
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "label": label
        case "execution_weight": executionWeight.plain
        case "execution_rule": executionRule.description
        case "weights": RuleSetFields.format(weights)
        case "reverse_formula": reverseFormula.rawValue
        case "zero_target": zeroTarget.rawValue
        case "qualitative_default": qualitativeDefault.rawValue
        case "bands": bands.description
        case "grades": grades.description
        case "grade_basis": gradeBasis.rawValue
        case "decimals": String(decimals)
        case "sangong_basis": sangongBasis.rawValue
        case "adjustment_basis": adjustmentBasis.rawValue
        case "high_score_min_execution": FieldCodec.format(percent: highScoreMinExecution)
        default: DepartmentMeasure(rawValue: key).map { rule($0).description }
        }
    }
}

/// Reading and writing the settings that are not plain numbers or words.
enum RuleSetFields {
    /// `产出指标:50,效益指标:30,满意度指标:10`.
    static func weights(_ text: String, field: String) throws(DomainError) -> OrderedDictionary<String, ExactNumber> {
        let pairs = try RuleText.pairs(
            text,
            field: field,
            reason: "weights are written 产出指标:50,效益指标:30,满意度指标:10"
        )
        var weights: OrderedDictionary<String, ExactNumber> = [:]
        for (name, weight) in pairs {
            guard weights.updateValue(weight, forKey: name) == nil else {
                throw .badValue(field: field, value: text, reason: "\(name) is given twice")
            }
        }
        return weights
    }

    /// The text of level-1 weights.
    static func format(_ weights: OrderedDictionary<String, ExactNumber>) -> String {
        weights.map { "\($0.key):\($0.value.plain)" }.joined(separator: ",")
    }

    /// One of an enumeration's raw values.
    static func choice<Choice: RawRepresentable & CaseIterable>(
        _ value: String,
        _ field: String
    ) throws(DomainError) -> Choice where Choice.RawValue == String {
        guard let choice = Choice(rawValue: value) else {
            throw .badValue(
                field: field,
                value: value,
                reason: "one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return choice
    }
}
