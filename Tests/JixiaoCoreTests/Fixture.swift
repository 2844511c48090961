import JixiaoCore

/// Codes, years, amounts and small states the model tests share. The literals are valid,
/// so `try!` cannot fail.
enum Fixture {
    static let hongjiang = try! Code("hongjiang")
    static let qianjiang = try! Code("qianjiang")
    static let missing = try! Code("missing")
    static let jicha = try! Code("jicha")
    static let yibao = try! Code("yibao")
    static let y2024 = try! FiscalYear(2024)
    static let y2025 = try! FiscalYear(2025)

    /// `hongjiang/2024/dept`.
    static let department = ExpenditureKey(hongjiang, y2024, .department)
    /// `hongjiang/2024/jicha`.
    static let jichaKey = ExpenditureKey(hongjiang, y2024, .project(jicha))

    static func wan(_ text: String) -> Money { try! Money(parsing: text + "万元") }

    /// Field assignments from `key=value` pairs, in order.
    static func fields(_ pairs: KeyValuePairs<String, String>) -> [FieldAssignment] {
        pairs.map { FieldAssignment($0.key, $0.value) }
    }

    /// hongjiang (seq 1) with year 2024 (seq 2) holding project jicha (seq 3, 15/506.48/840.87万元);
    /// qianjiang (seq 4) with no years.
    static func populated() throws -> ModelState {
        var state = ModelState()
        try state.apply(.create(.unit(hongjiang), fields(["name": "洪江市医疗保障局"])), sequence: 1)
        try state.apply(.create(.year(hongjiang, y2024), []), sequence: 2)
        try state.apply(
            .create(
                .project(hongjiang, y2024, jicha),
                fields(["name": "基层医疗", "budget_initial": "15万元", "budget_full": "506.48万元", "executed": "840.87万元"])
            ),
            sequence: 3
        )
        try state.apply(.create(.unit(qianjiang), fields(["name": "黔江区"])), sequence: 4)
        return state
    }
}
