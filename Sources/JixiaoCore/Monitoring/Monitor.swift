import OrderedCollections

/// 绩效运行监控 ("双监控"): for a date, each expenditure's execution rate (paid so far ÷
/// 全年预算数) against time progress, with its warning level, and its indicators' progress.
public struct Monitor: Sendable {
    /// The settings.
    public var settings: MonitorSettings

    /// A monitor with the given settings.
    public init(settings: MonitorSettings) { self.settings = settings }

    /// One expenditure on one date.
    public struct Row: Sendable, Equatable {
        /// Which expenditure.
        public var key: ExpenditureKey
        /// Its name (the project's; 部门整体支出 for the department).
        public var name: String
        /// The budget the rate is measured against: 年初预算数 plus the adjustments dated on
        /// or before the date, else 全年预算数 (or 年初预算数).
        public var budget: Money?
        /// Paid on or before the date: the dated payments, or 全年执行数 at or after year end
        /// when no payment is recorded.
        public var paid: Money?
        /// paid ÷ budget.
        public var rate: Rate?
        /// 序时进度.
        public var progress: Ratio
        /// Percentage points behind time progress (positive = behind), hundredths.
        public var gapBasisPoints: Int64?
        /// The warning level.
        public var level: MonitorLevel
        /// Why, for people.
        public var reason: String
        /// Indicators whose actual value so far meets the target, and how many there are.
        public var indicatorsMet: Int
        /// How many indicators the expenditure has.
        public var indicatorCount: Int
    }

    /// The rows of a unit-year on a date: the department, then each project.
    public func rows(_ year: UnitYear, of unit: Code, on date: CivilDate) -> [Row] {
        var rows = [row(year.department, key: ExpenditureKey(unit, year.year, .department), name: "部门整体支出", on: date)]
        for project in year.projectList {
            rows.append(
                row(
                    project.expenditure,
                    key: ExpenditureKey(unit, year.year, .project(project.code)),
                    name: project.name,
                    on: date
                )
            )
        }
        return rows
    }

    func row(_ expenditure: Expenditure, key: ExpenditureKey, name: String, on date: CivilDate) -> Row {
        let budget = Self.budget(expenditure, on: date)
        let paid = Self.paid(expenditure, on: date)
        let rate = paid.flatMap { paid in budget.flatMap { Rate(paid, over: $0) } }
        let progress = TimeProgress.of(date, basis: settings.basis)
        let progressBasisPoints = Int64(progress.rounded(times: 10_000, decimals: 0))
        let gap = rate.map { progressBasisPoints - $0.basisPoints }
        var level = MonitorLevel.green
        var reason = ""
        if let gap, let rate {
            if gap > settings.redGap * 100 {
                level = .red
                reason = "执行率\(rate.percentText)%，落后序时进度\(progress.percentText)%超过\(settings.redGap)个百分点"
            } else if gap > settings.yellowGap * 100 {
                level = .yellow
                reason = "执行率\(rate.percentText)%，落后序时进度\(progress.percentText)%超过\(settings.yellowGap)个百分点"
            }
            for checkpoint in settings.checkpoints
            where (date.month, date.day) >= (checkpoint.month, checkpoint.day)
                && rate.basisPoints < checkpoint.minimumPercent * 100
            {
                level = .red
                reason =
                    "执行率\(rate.percentText)%，低于\(checkpoint.description.prefix(5))节点要求\(checkpoint.minimumPercent)%"
            }
        } else if budget != nil, paid == nil {
            reason = "尚无支付记录"
        }
        let applicable = expenditure.indicatorList.filter { !$0.notApplicable }
        let met = applicable.filter {
            Attainment.of(target: $0.target, actual: $0.actual, direction: TargetDirection.of($0).comparison) == .met
        }.count
        return Row(
            key: key,
            name: name,
            budget: budget,
            paid: paid,
            rate: rate,
            progress: progress,
            gapBasisPoints: gap,
            level: level,
            reason: reason,
            indicatorsMet: met,
            indicatorCount: applicable.count
        )
    }

    /// The budget on a date: 年初预算数 plus the adjustments dated up to it, when there are
    /// adjustments; else the 全年预算数 (or 年初预算数).
    static func budget(_ expenditure: Expenditure, on date: CivilDate) -> Money? {
        let adjustments = expenditure.adjustmentList.filter { ($0.date ?? date) <= date }
        if let initial = expenditure.budget.initial, !expenditure.adjustments.isEmpty {
            return adjustments.reduce(initial) { Money(fen: $0.fen &+ $1.amount.fen) }
        }
        return expenditure.budget.rateBase
    }

    /// Paid on or before a date: the dated payments when there are any; else, at or after
    /// the year's end, 全年执行数.
    static func paid(_ expenditure: Expenditure, on date: CivilDate) -> Money? {
        if !expenditure.payments.isEmpty {
            return expenditure.paymentList.filter { ($0.date ?? date) <= date }
                .reduce(Money.zero) { Money(fen: $0.fen &+ $1.amount.fen) }
        }
        return date.month == 12 && date.day == 31 ? expenditure.budget.executed : nil
    }

    /// Cumulative payments at the end of each month, against the even-pace line (the budget
    /// × month ÷ 12).
    public static func monthly(
        _ expenditure: Expenditure,
        year: FiscalYear
    ) -> [(month: Int, paid: Money, cumulative: Money, evenPace: Money?)] {
        var result: [(Int, Money, Money, Money?)] = []
        var cumulative = Money.zero
        let budget = expenditure.budget.rateBase
        for month in 1...12 {
            let paid = expenditure.paymentList.filter { $0.date?.year == year.value && $0.date?.month == month }
                .reduce(Money.zero) { Money(fen: $0.fen &+ $1.amount.fen) }
            cumulative = Money(fen: cumulative.fen &+ paid.fen)
            let pace = budget.map { Money(fen: Int64(clamping: (Int128($0.fen) * Int128(month) + 6) / 12)) }
            result.append((month, paid, cumulative, pace))
        }
        return result
    }
}
