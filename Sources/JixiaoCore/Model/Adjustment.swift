/// A dated budget adjustment (调整/追加/调减): 全年预算数 = 年初预算数 + Σ adjustments.
public struct Adjustment: Sendable, Equatable {
    /// The adjustment's id within its expenditure (1, 2, …).
    public let id: Int
    /// The date it took effect.
    public var date: CivilDate?
    /// The signed amount: positive adds, negative cuts.
    public var amount: Money = .zero
    /// 追加 (addition), 调减 (cut) or 调整 (other change).
    public var kind: String?
    /// Why (the approval document, the reason).
    public var reason: String?
    /// The journal sequence number of its last change.
    public var revision: Int64

    /// Creates an adjustment with no fields set.
    public init(id: Int, revision: Int64) {
        self.id = id
        self.revision = revision
    }

    /// The kinds an adjustment may be.
    public static let kinds = ["调整", "追加", "调减"]
}

extension Adjustment: FieldedObject {
    public static let fields: [FieldSpec] = [
        FieldSpec("date", "日期", .date), FieldSpec("amount", "金额", .money), FieldSpec("kind", "类型", .choice(kinds)),
        FieldSpec("reason", "原因", .text),
    ]
    public static let requiredFields: Set<String> = ["date", "amount"]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "date": date = try Assign.date(value, key)
        case "amount":
            guard let money = try Assign.money(value, key) else {
                throw .badValue(field: key, value: value, reason: "an adjustment needs an amount")
            }
            amount = money
        case "kind": kind = try Assign.choice(value, Self.kinds, key)
        case "reason": reason = try Assign.text(value, key)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "date": date?.description
        case "amount": amount.exactWan
        case "kind": kind
        case "reason": reason
        default: nil
        }
    }
}
