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
}

/// `TABLE unit year [owner] [format=…] [view=…] [form=…]`.
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

    /// Creates a request.
    public init(
        unit: Code,
        year: FiscalYear,
        owner: Owner? = nil,
        format: OutputFormat = .text,
        view: TableView = .official,
        form: FormChoice? = nil
    ) {
        self.unit = unit
        self.year = year
        self.owner = owner
        self.format = format
        self.view = view
        self.form = form
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
