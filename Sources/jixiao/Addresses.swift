import ArgumentParser

/// A unit-year: `unit year`.
struct YearAddress: ParsableArguments {
    @Argument(help: help("单位代码，如 hongjiang。", "The unit's code, e.g. hongjiang.")) var unit: String
    @Argument(help: help("财政年度，如 2024。", "The fiscal year, e.g. 2024.")) var year: String
    var words: [String] { [unit, year] }
}

/// The address of one expenditure: a unit-year's department (`dept`) or one of its projects.
struct ExpenditureAddress: ParsableArguments {
    @Argument(help: help("单位代码，如 hongjiang。", "The unit's code, e.g. hongjiang.")) var unit: String
    @Argument(help: help("财政年度，如 2024。", "The fiscal year, e.g. 2024.")) var year: String
    @Argument(
        help: help("dept 表示部门整体支出，或项目代码（如 jicha）。", "dept for the department's overall expenditure, or a project code.")
    )
    var owner: String
    var words: [String] { [unit, year, owner] }
}

/// A numbered item of an expenditure (payment, adjustment, goal): `unit year owner id`.
struct ItemAddress: ParsableArguments {
    @OptionGroup var expenditure: ExpenditureAddress
    @Argument(help: help("序号（add 时回复的 id=，list 的“序号”栏）。", "The item's id (the id= add answered; list shows it)."))
    var id: String
    var words: [String] { expenditure.words + [id] }
}

/// A coded part of an expenditure (indicator, fact): `unit year owner code`.
struct CodedAddress: ParsableArguments {
    @OptionGroup var expenditure: ExpenditureAddress
    @Argument(
        help: help(
            "代码：小写字母、数字、- 和 _，在本支出内唯一（如 peixun）。",
            "The code within the expenditure: lower-case letters, digits, - and _ (e.g. peixun)."
        )
    )
    var code: String
    var words: [String] { expenditure.words + [code] }
}
