public import OrderedCollections

/// A budget unit (单位), e.g. 洪江市医疗保障局, with its fiscal years.
public struct Unit: Sendable, Equatable {
    /// The unit's code, e.g. `hongjiang`.
    public let code: Code
    /// The unit's official name, e.g. 洪江市医疗保障局.
    public var name: String
    /// The journal sequence number of the unit's own last change (its revision).
    public var revision: Int64
    /// The unit's fiscal years, in the order they were created.
    public var years: OrderedDictionary<FiscalYear, UnitYear>

    /// Creates a unit with no years.
    public init(code: Code, name: String, revision: Int64) {
        self.code = code
        self.name = name
        self.revision = revision
        self.years = [:]
    }
}
