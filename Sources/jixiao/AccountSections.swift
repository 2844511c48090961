import ArgumentParser

/// `jixiao sangong`: "三公"经费 with last year's figures (基础数据表 经费控制情况).
struct SangongCommand: ParsableCommand {
    static let parts: [LineSetting.Part] = [
        .init(code: "vehicle", label: "公务用车购置和维护经费"), .init(code: "vehicle.purchase", label: "公车购置"),
        .init(code: "vehicle.operation", label: "公车运行维护"), .init(code: "abroad", label: "因公出国(境)经费"),
        .init(code: "reception", label: "公务接待费"),
    ]
    static let configuration = CommandConfiguration(
        commandName: "sangong",
        abstract: L("“三公”经费（上年决算、本年预算、本年决算）：填写或查看。", "\"三公\" spending (last year, budget, actual): set or show."),
        discussion: L(
            "填入基础数据表“经费控制情况”的“三公”经费各行：--prior-actual 为上年决算数，--budget 为本年预算数，--actual 为本年决算数；变动率、控制率由系统计算。不给科目即“三公”经费合计。科目：\(LineSetting.list(parts))。",
            "Fills the 基础数据表's \"三公\"经费 rows: --prior-actual last year's 决算, --budget and --actual this year's; rates are computed. Without a part, the total. Parts: \(LineSetting.list(parts))."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: YearAddress
    @Argument(
        help: help(
            "科目：vehicle、vehicle.purchase、vehicle.operation、abroad、reception；不给即合计。",
            "The part; none for the total."
        )
    )
    var part: String?
    @OptionGroup var account: LineAccountColumns
    @OptionGroup var text: LineTextFields
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var amounts: AmountOptions
    func run() throws {
        let code = try LineSetting.code(section: "sangong", part: part, parts: Self.parts)
        try LineSetting.setOrShow(
            address,
            code: code,
            words: text.words + account.words,
            options: options,
            revision: revision,
            amounts: amounts
        )
    }
}

/// `jixiao public-funds`: 公用经费 with last year's figures (基础数据表).
struct PublicFundsCommand: ParsableCommand {
    static let parts: [LineSetting.Part] = [
        .init(code: "office", label: "办公经费"), .init(code: "utilities", label: "水电费"),
        .init(code: "travel", label: "差旅费"),
        .init(code: "meeting", label: "会议费"), .init(code: "training", label: "培训费"),
        .init(code: "other", label: "其他公用经费"),
    ]
    static let configuration = CommandConfiguration(
        commandName: "public-funds",
        abstract: L(
            "公用经费（办公、水电、差旅、会议、培训）：填写或查看。",
            "公用经费 (office, utilities, travel, meetings, training): set or show."
        ),
        discussion: L(
            "填入基础数据表“公用经费”各行（上年决算数/本年预算数/本年决算数）；不给科目即公用经费合计。科目：\(LineSetting.list(parts))。",
            "Fills the 基础数据表's 公用经费 rows; without a part, the total. Parts: \(LineSetting.list(parts))."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: YearAddress
    @Argument(help: help("科目：office、utilities、travel、meeting、training、other；不给即合计。", "The part; none for the total."))
    var part: String?
    @OptionGroup var account: LineAccountColumns
    @OptionGroup var text: LineTextFields
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var amounts: AmountOptions
    func run() throws {
        let code = try LineSetting.code(section: "public", part: part, parts: Self.parts)
        try LineSetting.setOrShow(
            address,
            code: code,
            words: text.words + account.words,
            options: options,
            revision: revision,
            amounts: amounts
        )
    }
}

/// `jixiao building`: 楼堂馆所 investment and the 厉行节约保障措施 text (基础数据表).
struct BuildingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "building",
        abstract: L("楼堂馆所投资与厉行节约保障措施：填写或查看。", "楼堂馆所 investment and the 厉行节约保障措施: set or show."),
        discussion: L(
            "填入基础数据表“楼堂馆所控制情况”：--budget 为预算投资，--actual 为实际投资（投资概算控制率由系统计算），--printed-rate 为报告所印的投资概算控制率；--note 为表末“厉行节约保障措施”一栏的文字。批复规模、实际规模（㎡）可作为数据录入（jixiao fact）。",
            "Fills the 基础数据表's 楼堂馆所控制情况: --budget 预算投资, --actual 实际投资, --printed-rate the printed 投资概算控制率; --note is the text of the form's last cell, 厉行节约保障措施. Areas: jixiao fact."
        )
    )
    @OptionGroup var options: ClientOptions
    @OptionGroup var address: YearAddress
    @Option(help: help("预算投资（万元）。", "预算投资.", value: "amount")) var budget: String?
    @Option(help: help("实际投资（万元）。", "实际投资.", value: "amount")) var actual: String?
    @Option(help: help("报告所印的投资概算控制率。", "The printed 投资概算控制率.", value: "%")) var printedRate: String?
    @Option(help: help("厉行节约保障措施（基础数据表最后一栏的文字）。", "厉行节约保障措施 (the form's last cell)."))
    var note: String?
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var amounts: AmountOptions
    var words: [String] {
        Line.keyed([("budget", budget), ("actual", actual), ("printed_rate", printedRate), ("note", note)])
    }
    func run() throws {
        try LineSetting.setOrShow(
            address,
            code: "building",
            words: words,
            options: options,
            revision: revision,
            amounts: amounts
        )
    }
}
