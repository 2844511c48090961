/// A figure a report states that is neither money in a table nor an indicator:
/// 参保人数 303517人, 常住人口参保率 97.24%, 住院报销 9.84万人次.
public struct Fact: Sendable, Equatable {
    /// The fact's code within its expenditure.
    public let code: Code
    /// What it counts, as the report words it.
    public var name = ""
    /// The figure with its unit.
    public var value: IndicatorValue?
    /// Where it comes from or what it qualifies.
    public var note: String?
    /// The journal sequence number of its last change.
    public var revision: Int64

    /// Creates a fact with no fields set.
    public init(code: Code, revision: Int64) {
        self.code = code
        self.revision = revision
    }
}

extension Fact: FieldedObject {
    public static let fields: [FieldSpec] = [
        FieldSpec("name", "名称", .text), FieldSpec("value", "数值", .indicatorValue), FieldSpec("note", "说明", .text),
    ]
    public static let requiredFields: Set<String> = ["name", "value"]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "name": name = try FieldCodec.text(value, field: key)
        case "value": self.value = try Assign.indicatorValue(value, key)
        case "note": note = try Assign.text(value, key)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "name": name
        case "value": value?.text
        case "note": note
        default: nil
        }
    }
}
