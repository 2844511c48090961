/// A printed rate and the amounts it is printed over, as every level of a form has them: the
/// 年度资金总额 row, a funds line, the staffing control rate.
struct PrintedRate {
    /// The rate as printed, in percent.
    let printed: ExactNumber
    /// The numerator, `nil` when not entered.
    let numerator: Int128?
    /// The denominator, `nil` when not entered.
    let denominator: Int128?
    /// `840.87万元/506.48万元`, the amounts as the message shows them.
    let basis: String
    /// What the rate is: `执行率`, `当年财政拨款执行率`, `控制率`.
    let label: String
}

extension Checker {
    /// A printed rate checked the same way at every level: over a zero or missing
    /// denominator it is `rate-zero-denominator` (不适用, never a percentage), a
    /// `rate-zero-over-zero` note when it is 0 % over nothing spent; differing from
    /// its amounts at the printed precision `rate-misreported`; printed to fewer decimals than
    /// the two the rules give, or truncated where rounding was due (97% for 97.40%, 97% for
    /// 97.60%), a `rate-precision` note.
    func rateFindings(_ rate: PrintedRate, object: ObjectKey, involved: [ObjectKey] = []) -> [Finding] {
        let printed = rate.printed
        guard let numerator = rate.numerator else { return [] }
        guard let denominator = rate.denominator, denominator != 0,
            let exact = Ratio(numerator: numerator, denominator: denominator)
        else {
            // A row with nothing budgeted and nothing spent that the form prints as 0 % (the
            // Sichuan and Anhui templates compute the column themselves for every funding row):
            // 不适用 is right, but the 0 % claims nothing, so it is a note — an error here would
            // block the submit of every such form. 100 % (or any rate) over nothing stays an error.
            if numerator == 0, printed.isZero {
                return [
                    Finding(
                        .rateZeroOverZero,
                        object,
                        involved: involved,
                        reported: "\(printed)%",
                        computed: "不适用",
                        zh: "\(rate.label)印为\(printed)%，\(rate.basis)无预算也无支出：比率应为不适用",
                        en:
                            "\(rate.label) printed \(printed)% over \(rate.basis): nothing budgeted or spent, so the rate is not applicable"
                    )
                ]
            }
            return [
                Finding(
                    .rateZeroDenominator,
                    object,
                    involved: involved,
                    reported: "\(printed)%",
                    computed: "不适用",
                    zh: "\(rate.label)印为\(printed)%，但\(rate.basis)的分母为零或未填：比率不适用，不能印为百分数",
                    en:
                        "\(rate.label) printed \(printed)% over \(rate.basis): the denominator is zero or missing, so the rate is not applicable"
                )
            ]
        }
        let twoDecimals = exact.percentText
        if Printed.matches(printed, exact) {
            guard printed.scale < 2, printed.scaled(to: 2) != exact.rounded(times: 100, decimals: 2) else { return [] }
            return [precisionNote(rate, object: object, involved: involved, exact: twoDecimals)]
        }
        if Printed.truncates(printed, exact) {
            return [precisionNote(rate, object: object, involved: involved, exact: twoDecimals)]
        }
        return [
            Finding(
                .rateMisreported,
                object,
                involved: involved,
                reported: "\(printed)%",
                computed: "\(twoDecimals)%",
                zh: "\(rate.label)印为\(printed)%，\(rate.basis)应为\(twoDecimals)%",
                en: "\(rate.label) printed \(printed)% but \(rate.basis) is \(twoDecimals)%"
            )
        ]
    }

    private func precisionNote(
        _ rate: PrintedRate,
        object: ObjectKey,
        involved: [ObjectKey],
        exact: String
    )
        -> Finding
    {
        Finding(
            .ratePrecision,
            object,
            involved: involved,
            reported: "\(rate.printed)%",
            computed: "\(exact)%",
            zh: "\(rate.label)印为\(rate.printed)%，\(rate.basis)按两位小数为\(exact)%（印出的位数较少）",
            en: "\(rate.label) printed \(rate.printed)%; \(rate.basis) is \(exact)% to two decimals"
        )
    }
}

extension Printed {
    /// Whether a printed percentage is the computed ratio cut off (not rounded) at the
    /// printed decimals.
    static func truncates(_ printed: ExactNumber, _ computed: Ratio) -> Bool {
        var scale: Int128 = 100
        for _ in 0..<printed.scale { scale *= 10 }
        let (product, overflow) = computed.numerator.multipliedReportingOverflow(by: scale)
        guard !overflow else { return false }
        return product / computed.denominator == printed.scaled(to: printed.scale)
    }
}
