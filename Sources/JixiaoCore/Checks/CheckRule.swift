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
    case scoreOver = "score-over"
    case scoreUnder = "score-under"
    case directionUnknown = "direction-unknown"
    case ratePrecision = "rate-precision"
    case rateZeroDenominator = "rate-zero-denominator"
    case rateZeroOverZero = "rate-zero-over-zero"
    case totalRowBlank = "total-row-blank"
    case sumUnverifiable = "sum-unverifiable"
    case tableIncomplete = "table-incomplete"
    case actualUnitMissing = "actual-unit-missing"
    case percentAsDecimal = "percent-as-decimal"
    case budgetCutToSpent = "budget-cut-to-spent"
    case lineOverspent = "line-overspent"
    case groupScoreMismatch = "group-score-mismatch"
    case balanceMismatch = "balance-mismatch"
    case returnedAboveBalance = "returned-above-balance"
    case scoreHighOnLowExecution = "score-high-on-low-execution"

    /// How serious its findings are.
    public var severity: Severity {
        switch self {
        case .rateAbove100, .metScoredBelow, .missingDeviationReason, .unitSuspect, .unitMismatch, .lowExecution,
            .staffingOverAuthorized, .paymentZero, .paymentsAboveBudget, .scoreUnder,
            .actualUnitMissing, .percentAsDecimal, .budgetCutToSpent, .lineOverspent, .scoreHighOnLowExecution:
            .warning
        case .directionUnknown, .ratePrecision, .sumUnverifiable, .rateZeroOverZero:
            .note
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
        case .scoreOver: "a printed score (line, 执行率, total or grade) above the rule's, at the printed precision"
        case .scoreUnder: "a printed score (line, 执行率, total or grade) below the rule's, at the printed precision"
        case .directionUnknown: "a target without operator whose direction (≥ or ≤) cannot be known: set 指标性质"
        case .ratePrecision: "a rate printed to fewer decimals than two, or truncated (97% for 97.40%)"
        case .rateZeroDenominator: "a rate printed over a zero or missing denominator (不适用)"
        case .rateZeroOverZero: "0 % printed for a line with nothing budgeted and nothing spent (不适用)"
        case .totalRowBlank: "年度资金总额 blank or zero while its funds by source hold amounts (the sum is used)"
        case .sumUnverifiable: "a sum over a table printed only in part (incomplete=yes): not verifiable"
        case .tableIncomplete: "an incomplete table: no indicators, or an indicator without its weight or actual value"
        case .actualUnitMissing: "an actual value without a unit against a target with one (read in the target's unit)"
        case .percentAsDecimal: "a bare decimal against a % target (0.96 for ≥95%: 96%?)"
        case .budgetCutToSpent: "全年预算数 cut to exactly 全年执行数 after a large cut from 年初预算数"
        case .lineOverspent: "a funds line executed above its budget while others underspend"
        case .groupScoreMismatch: "a group's printed score differs from the sum of its indicators' printed scores"
        case .balanceMismatch: "the printed 结余数 differs from 全年预算数 − 全年执行数"
        case .returnedAboveBalance: "结余交回财政数 above the 结余数"
        case .scoreHighOnLowExecution:
            "a printed 自评得分 of 良 or better on an execution rate below the rule set's high_score_min_execution"
        }
    }
}
