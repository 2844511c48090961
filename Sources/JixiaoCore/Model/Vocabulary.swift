public import OrderedCollections

/// The names allowed for level-1 and level-2 indicators: the standard ones of the national
/// and Hunan frameworks, plus those a bureau adds. Holding names to a list catches
/// typos (数量指数) that would split one group into two in every total.
public struct Vocabulary: Sendable, Equatable {
    /// Level-1 names (一级指标).
    public var level1: OrderedSet<String>
    /// Level-2 names (二级指标).
    public var level2: OrderedSet<String>

    /// The standard names only.
    public init() {
        level1 = OrderedSet(Self.standardLevel1)
        level2 = OrderedSet(Self.standardLevel2)
    }

    /// Level-1 names of 财预〔2020〕10号 (产出/效益/满意度), 财预〔2021〕101号 (成本 at level 1),
    /// the 2013 department framework (投入/过程/产出/效果) and Hunan's five-part project
    /// framework (项目决策/过程管理/…).
    public static let standardLevel1 = [
        "产出指标", "效益指标", "满意度指标", "成本指标", "项目决策", "过程管理", "投入", "过程", "产出", "效果", "效益", "满意度",
    ]

    /// Level-2 names of the same frameworks.
    public static let standardLevel2 = [
        "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "经济效益指标",
        "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "社会公众或服务对象满意度", "决策依据",
        "决策过程", "绩效目标", "资金分配", "资金管理", "组织管理", "目标设定", "预算配置", "预算执行", "预算管理", "资产管理",
        "职责履行", "履职效益",
    ]

    /// Whether a name is allowed at a level (1 or 2).
    public func contains(_ name: String, level: Int) -> Bool {
        level == 1 ? level1.contains(name) : level2.contains(name)
    }
}
