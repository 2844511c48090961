/// An expenditure's indicators in table order, found by code.
///
/// Each row holds its own code (``Indicator/code``), so the table keeps only the rows: an
/// ordered dictionary kept every code a second time as its key (16 bytes a row, and the
/// spare capacity of a second array). A table of a few dozen rows is searched in order (the
/// codes are short strings, compared in place); a larger one also keeps an index of the
/// codes' positions, so that a table of thousands of rows still edits in constant time.
///
/// A value type of two copy-on-write collections: a copy of the table never sees another's
/// change.
public struct IndicatorTable: Sendable, Equatable {
    /// The rows, in table order.
    public private(set) var values: [Indicator] = []
    /// The position of each code, kept only while the table has more than
    /// ``searchedCount`` rows (`nil` below that).
    private var positions: [Code: Int]?

    /// The most rows searched in order without an index.
    static let searchedCount = 32

    /// An empty table.
    public init() {}

    /// The number of rows.
    public var count: Int { values.count }

    /// Whether there is no row.
    public var isEmpty: Bool { values.isEmpty }

    /// The position of the row with `code` in ``values``, or `nil` when there is none.
    public func index(forKey code: Code) -> Int? {
        if let positions { return positions[code] }
        return values.firstIndex { $0.code == code }
    }

    /// The row with `code`; setting a row replaces the one with its code in place or
    /// appends it, setting `nil` removes it.
    public subscript(code: Code) -> Indicator? {
        get { index(forKey: code).map { values[$0] } }
        set {
            guard let row = newValue else {
                removeValue(forKey: code)
                return
            }
            precondition(row.code == code, "an indicator is stored under its own code")
            if let position = index(forKey: code) {
                values[position] = row
            } else {
                values.append(row)
                if positions != nil {
                    positions![code] = values.count - 1
                } else if values.count > Self.searchedCount {
                    indexPositions()
                }
            }
        }
    }

    /// Removes the row with `code` and returns it, or returns `nil` when there is none.
    @discardableResult
    public mutating func removeValue(forKey code: Code) -> Indicator? {
        guard let position = index(forKey: code) else { return nil }
        let row = values.remove(at: position)
        if positions != nil { indexPositions() }
        return row
    }

    /// Rebuilds the index of positions, or drops it when the table is small enough to search.
    private mutating func indexPositions() {
        guard values.count > Self.searchedCount else {
            positions = nil
            return
        }
        var index: [Code: Int] = [:]
        index.reserveCapacity(values.count)
        for (position, row) in values.enumerated() { index[row.code] = position }
        positions = index
    }

    /// Tables are equal when their rows are, in order (the index follows from the rows).
    public static func == (lhs: IndicatorTable, rhs: IndicatorTable) -> Bool { lhs.values == rhs.values }
}
