import ArgumentParser
import JixiaoProtocol

/// The unit and precision amounts are shown in.
enum AmountFormat: Sendable, Equatable {
    /// 万元 to two decimals, as the official forms print (an amount that would round to
    /// 0.00 is shown exactly).
    case wan
    /// 万元 exactly, with as many decimals as the amount needs.
    case wanExact
    /// 元 to two decimals: exact, and as payments and vouchers are written.
    case yuan

    /// How the daemon is asked to write amounts.
    var money: MoneyFormat {
        switch self {
        case .wan: .wan
        case .wanExact: .exact
        case .yuan: .yuan
        }
    }

    /// The unit in headings.
    var unit: String { self == .yuan ? "元" : "万元" }
}

/// `--unit 元|万元` and `--exact`, on every listing.
struct AmountOptions: ParsableArguments {
    /// The units `--unit` accepts.
    enum Unit: String, ExpressibleByArgument, CaseIterable {
        case yuan = "元"
        case wan = "万元"

        init?(argument: String) {
            switch argument.lowercased() {
            case "元", "yuan": self = .yuan
            case "万元", "万", "wan": self = .wan
            default: return nil
            }
        }
    }

    @Option(
        help: ArgumentHelp(
            L("金额单位：元 或 万元（付款默认为元，其余默认为万元）。", "The unit amounts are shown in: 元 or 万元 (payments: 元, others: 万元)."),
            valueName: "unit"
        )
    )
    var unit: Unit?

    @Flag(
        help: ArgumentHelp(
            L("显示精确金额，不四舍五入到两位小数（万元最多六位小数）。", "Show amounts exactly, not rounded to two decimals (万元 to up to six).")
        )
    )
    var exact = false

    /// The format chosen, or `fallback` when no `--unit` was given.
    func format(default fallback: AmountFormat = .wan) -> AmountFormat {
        switch unit {
        case .yuan?: return .yuan
        case .wan?: return exact ? .wanExact : .wan
        case nil:
            if fallback == .yuan { return .yuan }
            return exact ? .wanExact : fallback
        }
    }
}
