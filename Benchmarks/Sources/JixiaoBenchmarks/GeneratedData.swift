import JixiaoCore

/// Generated unit-years shaped like the seed reports: a department with income,
/// expenditure and 三公 lines and an indicator table, and projects with funds by source and
/// level and their own indicators. Deterministic, so runs compare.
enum GeneratedData {
    static func model(units: Int, years: Int, projects: Int, indicators: Int) throws -> ModelState {
        var state = ModelState()
        var sequence: Int64 = 0
        func apply(_ change: Change) throws {
            sequence += 1
            try state.apply(change, sequence: sequence)
        }
        func assign(_ pairs: [(String, String)]) -> [FieldAssignment] { pairs.map { FieldAssignment($0.0, $0.1) } }
        for u in 0..<units {
            let unit = try Code("unit\(u)")
            try apply(.create(.unit(unit), assign([("name", "第\(u)号医疗保障局"), ("level", "县")])))
            for y in 0..<years {
                let year = try FiscalYear(2015 + y)
                try apply(.create(.year(unit, year), assign([("staff_authorized", "38"), ("staff_actual", "35")])))
                var owners: [Owner] = [.department]
                for p in 0..<projects { owners.append(.project(try Code("p\(p)"))) }
                for owner in owners {
                    let key = ExpenditureKey(unit, year, owner)
                    let budget = 100 + (u * 7 + y * 3) % 50
                    // Mostly consistent figures, as a bureau's data is once entered with care:
                    // executed equals the budget, so the printed 100% is right.
                    let fields = [
                        ("budget_initial", "\(budget)万元"), ("budget_full", "\(budget)万元"),
                        ("executed", "\(budget)万元"), ("execution_weight", "10"), ("printed_rate", "100%"),
                        ("printed_score", "10"), ("printed_total", "\(10 + 6 * indicators - 1)"),
                    ]
                    if case .project(let code) = owner {
                        try apply(.create(.expenditure(key), assign([("name", "医保基金征收管理工作经费\(code)")] + fields)))
                    } else {
                        try apply(.update(.expenditure(key), assign(fields)))
                    }
                    for (line, amount) in [
                        ("source", budget), ("source.current", budget - 10), ("source.carryover", 10),
                    ] {
                        try apply(.set(.part(key, .line(try LineItem(line))), assign([("full", "\(amount)万元")])))
                    }
                    for i in 0..<indicators {
                        try apply(
                            .create(
                                .part(key, .indicator(try Code("i\(i)"))),
                                assign([
                                    ("level1", "产出指标"), ("level2", "数量指标"), ("name", "全年开展医保政策培训次数\(i)"),
                                    ("target", i % 3 == 0 ? "≤200个" : "≥\(i + 2)次"),
                                    ("actual", i % 3 == 0 ? "190个" : "\(i + (i == 1 ? 2 : 3))次"),
                                    ("weight", "6"), ("score", i == 1 ? "5" : "6"),
                                    ("deviation", i == 1 ? "部分乡镇未按期开展" : ""),
                                ])
                            )
                        )
                    }
                }
            }
        }
        return state
    }
}
