import ArgumentParser

/// A unit's fields: its official name and place in the administration.
struct UnitFields: ParsableArguments, FieldWords {
    @Option(help: help("单位全称（自评表“单位名称”，如 洪江市医疗保障局）。", "The unit's official name (单位名称), e.g. 洪江市医疗保障局."))
    var name: String?
    @Option(help: help("行政级次：省、市、县 或 区。", "Administrative level: 省, 市, 县 or 区."))
    var level: String?
    @Option(help: help("主管部门。", "The supervising department (主管部门)."))
    var supervisor: String?
    @Option(help: help("内设机构，以“、”或“,”分隔（报告“单位基本情况”）。", "Internal offices (内设机构), separated by 、 or ,."))
    var offices: String?
    @Option(help: help("上级单位的代码（汇总 ROLLUP 时并入该单位）。", "The code of the unit it rolls up into (ROLLUP)."))
    var parent: String?

    var pairs: [(String, String?)] {
        [("name", name), ("level", level), ("supervisor", supervisor), ("offices", offices), ("parent", parent)]
    }
}
