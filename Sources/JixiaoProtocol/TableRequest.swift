public import JixiaoCore

/// How a rendered document is written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned for a terminal, 汉字 counting two columns.
    case text
    /// Comma-separated values for spreadsheets.
    case csv
    /// JSON, one object per line.
    case json
    /// A self-contained HTML page that prints on A4.
    case html
    /// Markdown.
    case md
    /// The forms as data: one row per title line, column and cell, with spans, roles and
    /// exact amounts (``FormCells``), for a program that lays them out itself (the workbook
    /// writer).
    case cells
}

/// What the official tables show.
public enum TableView: String, Sendable, CaseIterable {
    /// The form as handed in: Jixiao's scores and totals.
    case official
    /// What the report printed beside what Jixiao computes, with the checker's findings.
    case compare
}

/// Which forms of an expenditure.
public enum FormChoice: String, Sendable, CaseIterable {
    /// The self-evaluation form (自评表).
    case evaluation
    /// The department's 基础数据表.
    case base
    /// The 绩效运行监控表 on `date=` (default today, within the year).
    case monitor
    /// Each expenditure's 绩效指标表 (with codes, for filling and importing again).
    case indicators
    /// Each expenditure's 支付明细 (with the payments' ids).
    case payments
    /// The 部门绩效自评结果公开汇总表 of the year (one row per project).
    case summary
    /// Everything a workbook holds: 基础数据表, 自评表, 汇总表, 绩效运行监控表 and 绩效指标表.
    case all
}

/// `TABLE unit year [owner] [format=…] [view=…] [form=…] [date=…]`.
public struct TableRequest: Sendable, Equatable {
    /// The unit.
    public var unit: Code
    /// The fiscal year.
    public var year: FiscalYear
    /// The department or one project; `nil` for every form of the year.
    public var owner: Owner?
    /// How the tables are written.
    public var format: OutputFormat
    /// Official or compare.
    public var view: TableView
    /// Only the evaluation form or only the base data table; `nil` for both.
    public var form: FormChoice?
    /// The 绩效运行监控表's date (`date=`); `nil` for today, within the year.
    public var date: CivilDate?

    /// Creates a request.
    public init(
        unit: Code,
        year: FiscalYear,
        owner: Owner? = nil,
        format: OutputFormat = .text,
        view: TableView = .official,
        form: FormChoice? = nil,
        date: CivilDate? = nil
    ) {
        self.unit = unit
        self.year = year
        self.owner = owner
        self.format = format
        self.view = view
        self.form = form
        self.date = date
    }
}

/// `REPORT unit year [format=md|text]`.
public struct ReportRequest: Sendable, Equatable {
    /// The unit.
    public var unit: Code
    /// The fiscal year.
    public var year: FiscalYear
    /// `md` or `text`.
    public var format: OutputFormat

    /// Creates a request.
    public init(unit: Code, year: FiscalYear, format: OutputFormat = .md) {
        self.unit = unit
        self.year = year
        self.format = format
    }
}
