public import JixiaoCore

extension YearForms {
    /// Which forms a request names.
    public enum Selection: Sendable, Equatable {
        /// The 自评表 and 基础数据表 (``forms(owner:base:)``): every form of the year, the
        /// department's two, or a project's one.
        case evaluationAndBase
        /// The 自评表 only.
        case evaluation
        /// The 基础数据表 only.
        case base
        /// The 绩效运行监控表 on a date.
        case monitor(CivilDate)
        /// The 绩效指标表 of each expenditure asked for.
        case indicators
        /// Each 支付明细 of the expenditures asked for that have payments.
        case payments
        /// The 部门绩效自评结果公开汇总表 (the year's, or the department's: not a project's).
        case summary
        /// Everything a workbook holds: 基础数据表, each 自评表, the 汇总表 (for the whole year),
        /// the 绩效运行监控表 on the date, each 绩效指标表 and each 支付明细.
        case workbook(CivilDate)
    }

    /// The forms of a selection, for the year (`owner` nil), the department or a project.
    /// - Throws: ``DomainError/notFound(_:)`` for an unknown project;
    ///   ``DomainError/badValue(field:value:reason:)`` for a project's 基础数据表.
    public func forms(owner: Owner?, selection: Selection) throws(DomainError) -> [Form] {
        func indicatorForms() throws(DomainError) -> [Form] {
            guard let owner else {
                return scores.compactMap { indicatorForm($0.0) }
            }
            guard let form = indicatorForm(owner) else {
                throw .notFound(.expenditure(ExpenditureKey(unit.code, year.year, owner)))
            }
            return [form]
        }
        func paymentForms() -> [Form] {
            (owner.map { [$0] } ?? scores.map(\.0)).compactMap { paymentForm($0) }
        }
        switch selection {
        case .evaluationAndBase: return try forms(owner: owner, base: nil)
        case .evaluation: return try forms(owner: owner, base: false)
        case .base:
            if case .project = owner {
                throw .badValue(field: "form", value: "base", reason: "a project has no 基础数据表: it is the department's")
            }
            return try forms(owner: owner, base: true)
        case .monitor(let date): return [monitorForm(on: date)]
        case .indicators: return try indicatorForms()
        case .payments: return paymentForms()
        case .summary:
            if case .project = owner {
                throw .badValue(
                    field: "form",
                    value: "summary",
                    reason: "a project has no 汇总表: the 部门绩效自评结果公开汇总表 is the department's, one row per project"
                )
            }
            return [summaryForm()]
        case .workbook(let date):
            var forms = try forms(owner: owner, base: nil)
            // The year's 汇总表 after the 自评表s it sums up, when there are projects to list.
            if owner == nil, !year.projectList.isEmpty { forms.append(summaryForm()) }
            if owner == nil || owner == .department { forms.append(monitorForm(on: date)) }
            return forms + (try indicatorForms()) + paymentForms()
        }
    }
}
