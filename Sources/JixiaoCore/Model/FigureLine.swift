/// One row of figures: an income or expenditure line, a funding source, a 三公 item…
///
/// Columns are the ones the forms use; a line fills those its form has. Printed shares and
/// rates are kept beside the amounts so that the checker can compare them.
public struct FigureLine: Sendable, Equatable {
    /// The line's code.
    public let item: LineItem
    /// The label, for lines outside the catalog (or to override its wording).
    public var label: String?
    /// 年初预算数.
    public var initial: Money?
    /// 全年预算数.
    public var full: Money?
    /// 全年执行数.
    public var executed: Money?
    /// 上年决算数.
    public var priorActual: Money?
    /// 本年预算数 (基础数据表).
    public var budget: Money?
    /// 本年决算数 (基础数据表).
    public var actual: Money?
    /// Funds due (应到位).
    public var due: Money?
    /// Funds received (实际到位).
    public var received: Money?
    /// The share the report printed (占比), in percent.
    public var printedShare: ExactNumber?
    /// The rate the report printed (执行率), in percent.
    public var printedRate: ExactNumber?
    /// A note.
    public var note: String?
    /// The journal sequence number of the line's last change.
    public var revision: Int64

    /// Creates an empty line.
    public init(item: LineItem, revision: Int64) {
        self.item = item
        self.revision = revision
    }

    /// The label to print: the line's own, else the catalog's, else its code.
    public var displayLabel: String { label ?? LineCatalog.label(item) ?? item.text }

    /// The amount of a column, by its field key.
    public func amount(_ key: String) -> Money? {
        switch key {
        case "initial": initial
        case "full": full
        case "executed": executed
        case "prior_actual": priorActual
        case "budget": budget
        case "actual": actual
        case "due": due
        case "received": received
        default: nil
        }
    }

    /// The money columns' keys, in form order.
    public static let amountKeys = [
        "initial", "full", "executed", "prior_actual", "budget", "actual", "due", "received",
    ]
}

extension FigureLine: FieldedObject {
    public static let fields: [FieldSpec] =
        [FieldSpec("label", "名称", .text)]
        + zip(amountKeys, ["年初预算数", "全年预算数", "全年执行数", "上年决算数", "本年预算数", "本年决算数", "应到位", "实际到位"])
        .map { FieldSpec($0, $1, .money) }
        + [
            FieldSpec("printed_share", "占比(报告)", .percent), FieldSpec("printed_rate", "执行率(报告)", .percent),
            FieldSpec("note", "说明", .text),
        ]

    public mutating func assign(_ key: String, _ value: String) throws(DomainError) {
        switch key {
        case "label": label = try Assign.text(value, key)
        case "initial": initial = try Assign.money(value, key)
        case "full": full = try Assign.money(value, key)
        case "executed": executed = try Assign.money(value, key)
        case "prior_actual": priorActual = try Assign.money(value, key)
        case "budget": budget = try Assign.money(value, key)
        case "actual": actual = try Assign.money(value, key)
        case "due": due = try Assign.money(value, key)
        case "received": received = try Assign.money(value, key)
        case "printed_share": printedShare = try Assign.percent(value, key)
        case "printed_rate": printedRate = try Assign.percent(value, key)
        case "note": note = try Assign.text(value, key)
        default: throw .badValue(field: key, value: value, reason: "no such field")
        }
    }

    public func exportValue(_ key: String) -> String? {
        switch key {
        case "label": label
        case "printed_share": printedShare.map(FieldCodec.format(percent:))
        case "printed_rate": printedRate.map(FieldCodec.format(percent:))
        case "note": note
        default: amount(key)?.exactWan
        }
    }
}
