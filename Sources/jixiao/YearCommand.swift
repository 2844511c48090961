import ArgumentParser

/// `jixiao year`: a unit's fiscal years with their staffing.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: L(
            "财政年度及人员编制：列出、查看、新建、修改、删除。",
            "Fiscal years with their staffing: list, get, create, update, delete."
        ),
        discussion: L(
            "人员编制填入基础数据表“财政供养人员情况”：编制数、实际在职人数，控制率由系统计算。报送与退回见 jixiao submit、jixiao reopen。",
            "Staffing fills the 基础数据表's 财政供养人员情况 (the control rate is computed). To submit and reopen see jixiao submit and jixiao reopen."
        ),
        subcommands: [List.self, Get.self, Create.self, Update.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: L("列出年度及其项目合计。", "List years with their project totals.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @Argument(help: help("只列此单位的年度。", "Only this unit's years.")) var unit: String?
        func run() throws {
            try options.run(Line.make("YEAR LIST", unit.map { [$0] } ?? []), amounts: amounts.format())
        }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: L("查看一个年度：编制、项目合计、状态。", "Show a unit-year: staffing, project totals, status.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: YearAddress
        func run() throws { try options.run(Line.make("YEAR GET", address.words), amounts: amounts.format()) }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: L("为单位开设一个财政年度，可同时填人员编制。", "Open a fiscal year for a unit, with its staffing."),
            discussion: L(
                "例：jixiao year create hongjiang 2024 --staff-authorized 38 --staff-actual 35",
                "Example: jixiao year create hongjiang 2024 --staff-authorized 38 --staff-actual 35"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: YearAddress
        @OptionGroup var fields: YearFields
        func run() throws { try options.run(Line.make("YEAR CREATE", address.words, fields.words)) }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: L(
                "修改年度的人员编制、评分规则或预警设置；取值为空即清除。",
                "Change a year's staffing, rule set or monitoring settings; an empty value clears one."
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: YearAddress
        @OptionGroup var fields: YearFields
        @OptionGroup var revision: RevisionOptions
        func validate() throws { try Nothing.toChange(fields.isEmpty) }
        func run() throws {
            try revision.run(
                Line.make("YEAR UPDATE", address.words, fields.words),
                get: Line.make("YEAR GET", address.words),
                options: options
            )
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: L("删除没有项目的年度。", "Delete a year that has no projects.")
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: YearAddress
        @OptionGroup var revision: RevisionOptions
        func run() throws {
            try revision.run(
                Line.make("YEAR DELETE", address.words),
                get: Line.make("YEAR GET", address.words),
                options: options
            )
        }
    }
}

/// `jixiao submit`: the year goes to 报送, locked for operators.
struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: L(
            "报送年度：锁定，此后录入员不能再修改（管理员可退回）。",
            "Submit a unit-year: locked for operators until an admin reopens it."
        ),
        discussion: L(
            "报送前先用 jixiao check 审核，用 jixiao table 打印自评表核对。审核仍有错误或有无法计分的行时拒绝报送（ERR SUBMIT_BLOCKED，说明个数）；确需报送时用 --despite-errors --reason 说明理由，理由记入并在表中显示。",
            "Check it with jixiao check and print the forms with jixiao table first. While the checker reports errors or lines cannot be scored the submit is refused (ERR SUBMIT_BLOCKED, naming how many); --despite-errors --reason submits anyway, the reason recorded and shown."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: YearAddress
    @OptionGroup var revision: RevisionOptions
    @Flag(
        name: .customLong("despite-errors"),
        help: help("审核仍有错误时也报送（force=yes，须同时给 --reason）。", "Submit despite errors (force=yes; needs --reason).")
    )
    var despiteErrors = false
    @Option(help: help("强制报送的理由（记入并显示）。", "Why it is submitted despite errors (recorded, shown)."))
    var reason: String?

    func validate() throws {
        if despiteErrors != (reason != nil) {
            throw ValidationError(
                L("--despite-errors 与 --reason 须同时使用", "--despite-errors and --reason go together")
            )
        }
    }

    func run() throws {
        let forced = despiteErrors ? Line.keyed([("force", "yes"), ("reason", reason)]) : []
        try revision.run(
            Line.make("YEAR SUBMIT", address.words, forced),
            get: Line.make("YEAR GET", address.words),
            options: options
        )
    }
}

/// `jixiao reopen`: an admin opens a submitted year again, with the reason.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: L(
            "退回已报送的年度，允许再修改（管理员，须说明原因）。",
            "Reopen a submitted unit-year for operators, with the reason (admin)."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: YearAddress
    @Option(help: help("退回原因（记入日志，年度“退回原因”栏可见）。", "Why it is reopened (journaled; YEAR GET shows it)."))
    var reason: String
    @OptionGroup var revision: RevisionOptions
    func run() throws {
        try revision.run(
            Line.make("YEAR REOPEN", address.words, Line.keyed([("reason", reason)])),
            get: Line.make("YEAR GET", address.words),
            options: options
        )
    }
}
