public import JixiaoCore

/// How the rows of a reply write amounts (`MONEY wan|yuan|exact`, per connection).
///
/// Tables print 万元 with two decimals, as the official forms do; a payment of 1234.56元
/// is then `0.12` and 31.58元 `0.00`, which nobody can reconcile against a voucher. A
/// connection can ask for 元 (two decimals: exact, since amounts are whole 分) or for
/// exact 万元 (as many decimals as the amount needs, up to six).
public enum MoneyFormat: String, Sendable, CaseIterable {
    /// 万元, rounded half-up to two decimals (the default); an amount that is not zero
    /// but would round to `0.00` is written exactly (`0.003158`), never as `0.00`.
    case wan
    /// 元 with two decimals: `1234.56`.
    case yuan
    /// 万元 exactly: `0.123456`, `15`.
    case exact

    /// The format the rows being built use: the connection's, set around each reply.
    @TaskLocal public static var current: MoneyFormat = .wan

    /// The cell for an amount.
    public func cell(_ money: Money) -> String {
        switch self {
        case .wan:
            let rounded = money.wanRounded
            // Below half of 0.01万元 (50元 = 5000分) an amount would print as 0.00.
            return money.fen != 0 && money.fen.magnitude < 5_000 ? Self.exactWan(money) : rounded
        case .yuan: return Money.fixedPoint(money.fen, decimals: 2)
        case .exact: return Self.exactWan(money)
        }
    }

    /// 万元 with as few decimals as the amount needs, without the unit.
    static func exactWan(_ money: Money) -> String {
        String(money.exactWan.dropLast(2))
    }
}
