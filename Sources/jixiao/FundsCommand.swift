import ArgumentParser

/// `jixiao funds`: an expenditure's funds by source and by level of government.
struct FundsCommand: ParsableCommand {
    static let sources: [LineSetting.Part] = [
        .init(code: "current", label: "当年财政拨款"), .init(code: "carryover", label: "上年结转资金"),
        .init(code: "other", label: "其他资金"),
    ]
    static let levels: [LineSetting.Part] = [
        .init(code: "central", label: "中央"), .init(code: "province", label: "省级"), .init(code: "city", label: "市级"),
        .init(code: "county", label: "县级"), .init(code: "self", label: "自筹"),
    ]
    static let configuration = CommandConfiguration(
        commandName: "funds",
        abstract: L(
            "资金来源与级次：查看（占比、执行率、待到位）或填写。",
            "Funds by source and by level: show (shares, rates, still to receive) or set."
        ),
        subcommands: [Show.self, Set.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: L(
                "按来源、按级次列出资金，含占比、执行率、应到位/实际到位与待到位。",
                "Funds by source and by level with shares, rates and what is still to be received."
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var amounts: AmountOptions
        @OptionGroup var address: ExpenditureAddress
        func run() throws { try options.run(Line.make("FUNDS", address.words), amounts: amounts.format()) }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: L("填写一个资金来源或级次行。", "Set one line of funds by source or by level."),
            discussion: L(
                "来源（项目支出绩效自评表“年度资金总额”下的“其中：”行）：\(LineSetting.list(sources))；级次（资金到位情况）：\(LineSetting.list(levels))。例：jixiao funds set hongjiang 2024 jicha current --initial 15万元 --full 15万元 --executed 15万元",
                "Sources (the 其中 rows under 年度资金总额): \(LineSetting.list(sources)); levels: \(LineSetting.list(levels)). Example: jixiao funds set hongjiang 2024 jicha current --initial 15万元"
            )
        )
        @OptionGroup var options: ClientOptions
        @OptionGroup var address: ExpenditureAddress
        @Argument(
            help: help(
                "来源 current、carryover、other，或级次 central、province、city、county、self（也可写 source.current 等）。",
                "A source (current, carryover, other) or a level (central, province, city, county, self)."
            )
        )
        var part: String
        @OptionGroup var budget: LineBudgetColumns
        @OptionGroup var arrival: LineArrivalColumns
        @OptionGroup var printed: LinePrintedColumns
        @OptionGroup var text: LineTextFields
        @OptionGroup var revision: RevisionOptions
        func validate() throws {
            try Nothing.toChange(budget.isEmpty && arrival.isEmpty && printed.isEmpty && text.isEmpty)
        }
        func run() throws {
            let bare =
                part.hasPrefix("source.") || part.hasPrefix("level.") ? String(part.split(separator: ".")[1]) : part
            let group =
                part.hasPrefix("level.") || FundsCommand.levels.contains { $0.code == bare } ? "level" : "source"
            let code = try LineSetting.code(
                section: group,
                part: bare,
                parts: group == "level" ? FundsCommand.levels : FundsCommand.sources
            )
            try LineSetting.set(
                address.words,
                code: code,
                words: text.words + budget.words + arrival.words + printed.words,
                options: options,
                revision: revision
            )
        }
    }
}
