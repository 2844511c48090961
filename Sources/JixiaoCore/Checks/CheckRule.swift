/// The checker's rules, each with a stable id (scripts and rule switches use it), a
/// severity and a title.
public enum CheckRule: String, Sendable, CaseIterable {
    case sumMismatch = "sum-mismatch"
    case fundsBySourceSum = "funds-by-source-sum"
    case fundsByLevelSum = "funds-by-level-sum"
    case shareMismatch = "share-mismatch"
    case rateMisreported = "rate-misreported"
    case rateAbove100 = "rate-above-100"
    case weightsSum = "weights-sum"
    case groupWeightMismatch = "group-weight-mismatch"
    case scoreAboveWeight = "score-above-weight"
    case unmetScoredFull = "unmet-scored-full"
    case metScoredBelow = "met-scored-below"
    case missingDeviationReason = "missing-deviation-reason"
    case totalMismatch = "total-mismatch"
    case gradeMismatch = "grade-mismatch"
    case unitSuspect = "unit-suspect"
    case unitMismatch = "unit-mismatch"
    case paymentsVsExecuted = "payments-vs-executed"
    case adjustmentsVsBudget = "adjustments-vs-budget"
    case lowExecution = "low-execution"
    case allocationShares = "allocation-shares"
    case staffingOverAuthorized = "staffing-over-authorized"
    case paymentOutsideYear = "payment-outside-year"
    case paymentUnknownLine = "payment-unknown-line"
    case paymentZero = "payment-zero"
    case paymentsAboveBudget = "payments-above-budget"
    case balanceMismatch = "balance-mismatch"
    case returnedAboveBalance = "returned-above-balance"
    case scoreHighOnLowExecution = "score-high-on-low-execution"

    /// How serious its findings are.
    public var severity: Severity {
        switch self {
        case .rateAbove100, .metScoredBelow, .missingDeviationReason, .unitSuspect, .unitMismatch, .lowExecution,
            .staffingOverAuthorized, .paymentZero, .paymentsAboveBudget, .scoreHighOnLowExecution:
            .warning
        default:
            .error
        }
    }

    /// What the rule checks, in English.
    public var title: String {
        switch self {
        case .sumMismatch: "a total differs from the sum of its parts"
        case .fundsBySourceSum: "年度资金总额 differs from the sum of the funds by source"
        case .fundsByLevelSum: "年度资金总额 differs from the sum of the funds by government level"
        case .shareMismatch: "a printed share differs from the one its amounts make"
        case .rateMisreported: "a printed rate differs from the one its amounts make"
        case .rateAbove100: "execution above 100 %"
        case .weightsSum: "the weights do not add up to 100"
        case .groupWeightMismatch: "a group's printed weight differs from the sum of its indicators' weights"
        case .scoreAboveWeight: "a score above its weight"
        case .unmetScoredFull: "an unmet target scored full"
        case .metScoredBelow: "a met target scored below full without a reason"
        case .missingDeviationReason: "a deviation without a reason"
        case .totalMismatch: "the printed total differs from the sum of the scores"
        case .gradeMismatch: "the printed grade does not match the total"
        case .unitSuspect: "a magnitude that suggests a unit slip (元 for 万元)"
        case .unitMismatch: "target and actual in different units"
        case .paymentsVsExecuted: "the payments do not add up to 全年执行数"
        case .adjustmentsVsBudget: "年初预算数 plus the adjustments is not 全年预算数"
        case .lowExecution: "execution far below time progress"
        case .allocationShares: "allocation shares do not add up to 100 %"
        case .staffingOverAuthorized: "more staff than authorised posts"
        case .paymentOutsideYear: "a payment dated outside the fiscal year"
        case .paymentUnknownLine: "a payment from a funds line the expenditure does not have"
        case .paymentZero: "a payment of zero"
        case .paymentsAboveBudget: "the payments exceed the budget (of the expenditure or of a funds line)"
        case .balanceMismatch: "the printed 结余数 differs from 全年预算数 − 全年执行数"
        case .returnedAboveBalance: "结余交回财政数 above the 结余数"
        case .scoreHighOnLowExecution: "a high 自评得分 on a very low execution rate"
        }
    }
}
