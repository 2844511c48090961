/// The standard figure lines of the official forms, with their Chinese labels.
///
/// A line's parts are the lines whose code extends it by one word; a parent's figures should
/// equal the sum of its parts (the checker compares them). `total` lines of a group say so.
public enum LineCatalog {
    /// Code → label.
    public static let labels: [String: String] = Dictionary(uniqueKeysWithValues: entries)

    /// The standard lines in form order.
    public static let entries: [(String, String)] = [
        // 部门整体支出: income by nature (按收入性质分).
        ("income", "收入合计"), ("income.general", "一般公共预算拨款"), ("income.fund", "政府性基金拨款"),
        ("income.special", "纳入专户管理的非税收入拨款"), ("income.other", "其他资金"), ("income.carryover", "上年结转"),
        // Expenditure by nature (按支出性质分).
        ("spend", "支出合计"), ("spend.basic", "基本支出"), ("spend.basic.personnel", "人员经费"),
        ("spend.basic.public", "公用经费"), ("spend.project", "项目支出"),
        // Expenditure by economic class (按经济分类).
        ("class", "支出合计(经济分类)"), ("class.wages", "工资福利支出"), ("class.goods", "商品和服务支出"),
        ("class.households", "对个人和家庭的补助"), ("class.enterprises", "对企业补助"), ("class.capital", "资本性支出"),
        ("class.other", "其他支出"),
        // 基础数据表: "三公"经费.
        ("sangong", "\"三公\"经费"), ("sangong.vehicle", "公务用车购置和维护经费"), ("sangong.vehicle.purchase", "公车购置"),
        ("sangong.vehicle.operation", "公车运行维护"), ("sangong.abroad", "因公出国(境)经费"), ("sangong.reception", "公务接待费"),
        // 基础数据表: 项目支出.
        ("projects", "项目支出"), ("projects.business", "业务工作专项"), ("projects.maintenance", "运行维护专项"),
        // 基础数据表: 公用经费.
        ("public", "公用经费"), ("public.office", "办公经费"), ("public.utilities", "水电费"), ("public.travel", "差旅费"),
        ("public.meeting", "会议费"), ("public.training", "培训费"), ("public.other", "其他公用经费"),
        // 基础数据表: other rows.
        ("procurement", "政府采购金额"), ("budget_adjustment", "部门整体支出预算调整"), ("building", "楼堂馆所投资"),
        // 项目: funds by source.
        ("source", "年度资金总额"), ("source.current", "当年财政拨款"), ("source.carryover", "上年结转资金"),
        ("source.other", "其他资金"),
        // 项目: funds by government level.
        ("level", "资金合计(按级次)"), ("level.central", "中央"), ("level.province", "省级"), ("level.city", "市级"),
        ("level.county", "县级"), ("level.self", "自筹"),
    ]

    /// The standard label of a line, or `nil` for a bureau's own line.
    public static func label(_ item: LineItem) -> String? { labels[item.text] }
}
