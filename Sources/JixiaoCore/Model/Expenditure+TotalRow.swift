extension Expenditure {
    /// A column of the 年度资金总额 row the report left blank or zero while the funds by
    /// source below it (当年财政拨款, 上年结转资金, 其他资金) hold amounts: the total is the
    /// sum of its parts, and the blank row is an error of the report (`total-row-blank`).
    public struct BlankTotal: Sendable, Equatable {
        /// The column: `initial`, `full` or `executed`.
        public let column: String
        /// What the row holds: `nil` (blank) or zero.
        public let entered: Money?
        /// The sum of the parts, which the figures use instead.
        public let sum: Money
    }

    /// The 年度资金总额 columns blank or zero with amounts in their parts, in form order.
    public var blankTotals: [BlankTotal] {
        let parts = lineList.filter { $0.item.parentCode == "source" }
        guard !parts.isEmpty else { return [] }
        // The funds-by-source table's own 年度资金总额 line, when entered, holds the total.
        let sourceTotal = lineList.first { $0.item.text == "source" }
        var blanks: [BlankTotal] = []
        for (column, entered) in [("initial", entered.initial), ("full", entered.full), ("executed", entered.executed)]
        {
            guard entered == nil || entered == .zero else { continue }
            if let stated = sourceTotal?.amount(column), stated != .zero { continue }
            let amounts = parts.compactMap { $0.amount(column) }
            let sum = amounts.reduce(Int64(0)) { $0 &+ $1.fen }
            guard sum != 0 else { continue }
            blanks.append(BlankTotal(column: column, entered: entered, sum: Money(fen: sum)))
        }
        return blanks
    }
}
