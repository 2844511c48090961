public import OrderedCollections

/// One fiscal year of one unit: its staffing, its overall expenditure and its projects.
public struct UnitYear: Sendable, Equatable {
    /// The fiscal year.
    public let year: FiscalYear
    /// The journal sequence number of the year's own last change.
    public var revision: Int64
    /// Staffing at year end (基础数据表: 财政供养人员情况).
    public var staffing = Staffing()
    /// When execution counts as lagging (绩效运行监控).
    public var monitor = MonitorSettings()
    /// The department's overall expenditure (部门整体支出).
    public var department = Expenditure()
    /// The journal sequence number of the department expenditure's last change.
    public var departmentRevision: Int64
    /// The year's projects (项目支出), in the order the report prints them.
    public var projects: OrderedDictionary<Code, Project> = [:]
    /// Check rules switched off for this unit-year, by rule id, with the recorded reason
    /// (a local convention the rule does not know).
    public var disabledChecks: OrderedDictionary<String, String> = [:]
    /// The scoring rule set the year's forms are scored by; `nil` for the built-in `default`.
    public var ruleSet: Code?
    /// Draft, submitted (locked) or reopened.
    public var status = YearStatus.draft
    /// Why an admin last reopened the year (empty unless it was).
    public var reopenReason = ""
    /// Why the year was submitted although the checker reported errors or lines that
    /// cannot be scored (`YEAR SUBMIT … force=yes reason=…`); empty for a clean submit.
    public var submitForceReason = ""

    /// Creates an empty year.
    public init(year: FiscalYear, revision: Int64) {
        self.year = year
        self.revision = revision
        self.departmentRevision = revision
    }
}

/// Staffing figures of a unit at year end.
public struct Staffing: Sendable, Equatable {
    /// 编制数: authorised posts.
    public var authorized: Int64?
    /// 实有人数 (实际在职人数) at year end.
    public var actual: Int64?
    /// 公益性岗位人数.
    public var publicWelfare: Int64?
    /// 离退休人数.
    public var retired: Int64?
    /// The control rate the report printed (控制率).
    public var printedControlRate: ExactNumber?

    /// Creates empty staffing figures.
    public init() {}

    /// 财政供养人员控制率 = 实有人数 / 编制数; `nil` (不适用) without both or with 编制数 0.
    public var controlRate: Ratio? {
        guard let actual, let authorized else { return nil }
        return Ratio(numerator: Int128(actual), denominator: Int128(authorized))
    }
}

extension UnitYear: FieldedObject {
    public static let fields: [FieldSpec] = [
        FieldSpec("staff_authorized", "编制数", .count), FieldSpec("staff_actual", "实有人数", .count),
        FieldSpec("staff_public_welfare", "公益性岗位人数", .count), FieldSpec("staff_retired", "离退休人数", .count),
        FieldSpec("printed_control_rate", "控制率(报告)", .percent), FieldSpec("ruleset", "评分规则", .code),
        FieldSpec("monitor_basis", "序时进度口径", .choice(TimeProgress.Basis.allCases.map(\.rawValue))),
        FieldSpec("monitor_yellow_gap", "黄色预警(落后百分点)", .count),
        FieldSpec("monitor_red_gap", "红色预警(落后百分点)", .count),
        FieldSpec("monitor_checkpoints", "进度节点(MM-DD:最低执行率)", .text),
    ]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "staff_authorized": staffing.authorized = try Assign.count(value, key)
        case "staff_actual": staffing.actual = try Assign.count(value, key)
        case "staff_public_welfare": staffing.publicWelfare = try Assign.count(value, key)
        case "staff_retired": staffing.retired = try Assign.count(value, key)
        case "printed_control_rate": staffing.printedControlRate = try Assign.percent(value, key)
        case "ruleset": ruleSet = value.isEmpty || value == RuleSet.defaultName ? nil : try Code(value, field: key)
        case "monitor_basis":
            monitor.basis =
                value.isEmpty
                ? .days
                : TimeProgress.Basis(
                    rawValue: try FieldCodec.choice(value, TimeProgress.Basis.allCases.map(\.rawValue), field: key)
                )!
        case "monitor_yellow_gap": monitor.yellowGap = try Assign.count(value, key) ?? MonitorSettings().yellowGap
        case "monitor_red_gap": monitor.redGap = try Assign.count(value, key) ?? MonitorSettings().redGap
        case "monitor_checkpoints":
            monitor.checkpoints = value.isEmpty ? [] : try MonitorSettings.checkpoints(parsing: value)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "staff_authorized": staffing.authorized.map { String($0) }
        case "staff_actual": staffing.actual.map { String($0) }
        case "staff_public_welfare": staffing.publicWelfare.map { String($0) }
        case "staff_retired": staffing.retired.map { String($0) }
        case "printed_control_rate": staffing.printedControlRate.map(FieldCodec.format(percent:))
        case "ruleset": ruleSet?.text
        case "monitor_basis": monitor.basis == .days ? nil : monitor.basis.rawValue
        case "monitor_yellow_gap": monitor.yellowGap == MonitorSettings().yellowGap ? nil : String(monitor.yellowGap)
        case "monitor_red_gap": monitor.redGap == MonitorSettings().redGap ? nil : String(monitor.redGap)
        case "monitor_checkpoints":
            monitor.checkpoints.isEmpty ? nil : monitor.checkpoints.map(\.description).joined(separator: ",")
        default: nil
        }
    }
}
