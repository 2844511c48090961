/// One item of the 年度总体目标: a 预期目标 or its 实际完成情况, in the report's order.
public struct Goal: Sendable, Equatable {
    /// The goal's id within its expenditure.
    public let id: Int
    /// `expected` (预期目标) or `achieved` (实际完成情况).
    public var kind = "expected"
    /// The text as the report writes it.
    public var text = ""
    /// The journal sequence number of its last change.
    public var revision: Int64

    /// Creates a goal with no text.
    public init(id: Int, revision: Int64) {
        self.id = id
        self.revision = revision
    }

    /// The kinds of goal item.
    public static let kinds = ["expected", "achieved"]
}

extension Goal: FieldedObject {
    public static let fields: [FieldSpec] = [
        FieldSpec("kind", "类别", .choice(kinds)), FieldSpec("text", "内容", .text),
    ]
    public static let requiredFields: Set<String> = ["text"]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "kind": kind = try FieldCodec.choice(value, Self.kinds, field: key)
        case "text": text = try FieldCodec.text(value, field: key)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "kind": kind
        case "text": text
        default: nil
        }
    }
}
