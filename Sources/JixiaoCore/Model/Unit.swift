public import OrderedCollections

/// A budget unit (单位), e.g. 洪江市医疗保障局, with its fiscal years.
public struct Unit: Sendable, Equatable {
    /// The unit's code, e.g. `hongjiang`.
    public let code: Code
    /// The unit's official name.
    public var name = ""
    /// The administrative level: 省, 市, 县 or 区.
    public var level: String?
    /// 主管部门: the department the unit reports to.
    public var supervisor: String?
    /// 内设机构: the internal offices, in the order the report lists them.
    public var offices: [String] = []
    /// The unit this one is subordinate to (a 医保事务中心 under its bureau), whose
    /// figures it rolls up into.
    public var parent: Code?
    /// The journal sequence number of the unit's own last change.
    public var revision: Int64
    /// The unit's fiscal years, in the order they were created.
    public var years: OrderedDictionary<FiscalYear, UnitYear> = [:]

    /// Creates a unit with no fields set.
    public init(code: Code, revision: Int64) {
        self.code = code
        self.revision = revision
    }

    /// The administrative levels a unit may have.
    public static let levels = ["省", "市", "县", "区"]
}

extension Unit: FieldedObject {
    public static let fields: [FieldSpec] = [
        FieldSpec("name", "单位名称", .text), FieldSpec("level", "级次", .choice(levels)),
        FieldSpec("supervisor", "主管部门", .text), FieldSpec("offices", "内设机构", .list),
        FieldSpec("parent", "上级单位", .code),
    ]
    public static let requiredFields: Set<String> = ["name"]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "name":
            try Name.validate(value)
            name = value
        case "level": level = try Assign.choice(value, Self.levels, key)
        case "supervisor": supervisor = try Assign.text(value, key)
        case "offices": offices = try FieldCodec.list(value, field: key)
        case "parent": parent = value.isEmpty ? nil : try Code(value, field: key)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "name": name
        case "level": level
        case "supervisor": supervisor
        case "offices": offices.isEmpty ? nil : FieldCodec.format(list: offices)
        case "parent": parent?.text
        default: nil
        }
    }
}
