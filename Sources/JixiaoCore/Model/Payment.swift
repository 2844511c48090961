/// A dated payment (支出/拨付): 全年执行数 = Σ payments.
public struct Payment: Sendable, Equatable {
    /// The payment's id within its expenditure.
    public let id: Int
    /// The date it was paid.
    public var date: CivilDate?
    /// The amount (negative for a refund).
    public var amount: Money = .zero
    /// The figure line it is paid from (`source.current`), if recorded.
    public var line: LineItem?
    /// What it paid for.
    public var note: String?
    /// The journal sequence number of its last change.
    public var revision: Int64

    /// Creates a payment with no fields set.
    public init(id: Int, revision: Int64) {
        self.id = id
        self.revision = revision
    }
}

extension Payment: FieldedObject {
    public static let fields: [FieldSpec] = [
        FieldSpec("date", "日期", .date), FieldSpec("amount", "金额", .money), FieldSpec("line", "资金来源", .text),
        FieldSpec("note", "说明", .text),
    ]
    public static let requiredFields: Set<String> = ["date", "amount"]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "date": date = try Assign.date(value, key)
        case "amount":
            guard let money = try Assign.money(value, key) else {
                throw .badValue(field: key, value: value, reason: "a payment needs an amount")
            }
            amount = money
        case "line": line = value.isEmpty ? nil : try LineItem(value)
        case "note": note = try Assign.text(value, key)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "date": date?.description
        case "amount": amount.exactWan
        case "line": line?.text
        case "note": note
        default: nil
        }
    }
}
