import JixiaoCore
public import JixiaoReports

/// What a form cell becomes in a spreadsheet: figures as numbers with the decimals the form
/// shows (amounts in 万元 exactly to the 分, rates as percentages), everything else as text.
public enum CellContent: Sendable, Equatable {
    /// A number and its Excel number format (`0.00`, `0.00%`, `0`).
    case number(Double, format: String)
    /// Text.
    case text(String)

    /// The content of a cell: a number cell whose text is a plain decimal (`12.35`, `5`) or
    /// a percentage (`166.02%`) is a number; an amount keeps its exact value; `不适用`, `——`
    /// and text cells stay text.
    public init(_ cell: FormCell) {
        guard cell.role == .number, let parsed = Self.decimal(cell.text) else {
            self = .text(cell.text)
            return
        }
        let format = Self.format(decimals: parsed.decimals, percent: parsed.percent)
        if let amount = cell.amount, !parsed.percent {
            self = .number(Double(amount.fen) / 1_000_000, format: format)
        } else {
            self = .number(parsed.value, format: format)
        }
    }

    /// `0`, `0.00`, `0.00%`.
    static func format(decimals: Int, percent: Bool) -> String {
        "0" + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "") + (percent ? "%" : "")
    }

    /// A plain decimal or percentage: its value (a percentage as its fraction, `166.02%` as
    /// the double nearest 1.6602), decimals shown.
    static func decimal(_ text: String) -> (value: Double, decimals: Int, percent: Bool)? {
        var body = Substring(text)
        let percent = body.hasSuffix("%")
        if percent { body = body.dropLast() }
        let negative = body.hasPrefix("-")
        let digits = negative ? body.dropFirst() : body
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let decimals = parts.count == 2 ? parts[1].count : 0
        var number = String(digits)
        if percent {
            // The decimal point moved two places left in the text, so that no division rounds.
            let all = parts.joined()
            let point = parts[0].count - 2
            number =
                point > 0
                ? String(all.prefix(point)) + "." + String(all.dropFirst(point))
                : "0." + String(repeating: "0", count: -point) + all
        }
        guard let value = Double((negative ? "-" : "") + number) else { return nil }
        return (value, decimals, percent)
    }
}
