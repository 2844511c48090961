/// A project (项目) of a unit-year: its header and its expenditure.
public struct Project: Sendable, Equatable {
    /// The project's code within its unit-year, e.g. `jicha`.
    public let code: Code
    /// The project's name as the report prints it (项目名称).
    public var name = ""
    /// 主管部门.
    public var supervisor: String? {
        get { rare.values.supervisor }
        _modify { yield &rare.values.supervisor }
    }
    /// 实施单位.
    public var implementer: String? {
        get { rare.values.implementer }
        _modify { yield &rare.values.implementer }
    }
    /// The project's figures, goals and indicators.
    public var expenditure = Expenditure()
    /// 结余数 as the 部门绩效自评结果公开汇总表 prints it (checked against 全年预算数 − 全年执行数,
    /// ``BudgetFigures/balance``: the report's figure is kept, never replaced by Jixiao's).
    public var balance: Money? {
        get { rare.values.balance }
        _modify { yield &rare.values.balance }
    }
    /// 结余交回财政数: the part of the balance handed back to the treasury (at most the balance).
    public var returned: Money? {
        get { rare.values.returned }
        _modify { yield &rare.values.returned }
    }
    /// 自评结果应用意见: what the self-evaluation's result is used for (the 汇总表's last column).
    public var resultUse: String? {
        get { rare.values.resultUse }
        _modify { yield &rare.values.resultUse }
    }
    /// The header fields most projects leave empty, boxed (`nil` while all are): projects are
    /// held inline in their unit-year's table, and these took 80 bytes of each.
    private var rare = RareFieldBox<RareFields>()
    /// The journal sequence number of this project's last change.
    public var revision: Int64

    /// Creates a project with no fields set.
    public init(code: Code, revision: Int64) {
        self.code = code
        self.revision = revision
    }

    /// The 年度资金总额 row.
    public var budget: BudgetFigures { expenditure.budget }

    /// 执行率 (see ``BudgetFigures/executionRate``).
    public var executionRate: Rate? { expenditure.budget.executionRate }
}

extension Project {
    /// The fields of ``Project/rare``, at their empty values.
    fileprivate struct RareFields: RareFieldValues {
        var supervisor: String?
        var implementer: String?
        var balance: Money?
        var returned: Money?
        var resultUse: String?
    }
}

extension Project: FieldedObject {
    public static let fields: [FieldSpec] =
        [
            FieldSpec("name", "项目名称", .text), FieldSpec("supervisor", "主管部门", .text),
            FieldSpec("implementer", "实施单位", .text),
        ] + Expenditure.fields
        + [
            FieldSpec("balance", "结余数(报告)", .money), FieldSpec("returned", "结余交回财政数", .money),
            FieldSpec("result_use", "自评结果应用意见", .text),
        ]
    public static let requiredFields: Set<String> = ["name"]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "name":
            try Name.validate(value)
            name = value
        case "supervisor": supervisor = try Assign.text(value, key)
        case "implementer": implementer = try Assign.text(value, key)
        case "balance": balance = try Assign.money(value, key)
        case "returned":
            let amount = try Assign.money(value, key)
            if let amount, amount < .zero {
                throw .badValue(field: key, value: value, reason: "an amount handed back cannot be negative")
            }
            returned = amount
        case "result_use": resultUse = try Assign.text(value, key)
        default: try expenditure.assign(key, value)
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "name": name
        case "supervisor": supervisor
        case "implementer": implementer
        case "balance": balance?.exactWan
        case "returned": returned?.exactWan
        case "result_use": resultUse
        default: expenditure.exportValue(key)
        }
    }

    public func displayAmount(_ key: String) -> Money? {
        switch key {
        case "balance": balance
        case "returned": returned
        default: expenditure.displayAmount(key)
        }
    }
}
