import JixiaoCore

/// Every command of protocol v1.
///
/// Object commands come in families (`INDICATOR CREATE/UPDATE/DELETE/GET/LIST`) built from
/// the model's own field descriptions, so a field added to the model appears in parsing,
/// `HELP` and exports at once.
public enum CommandTable {
    /// One family of object commands.
    struct Family {
        let word: String
        let what: String
        let address: [String]
        let listAddress: [String]?
        let optionalListArguments: Int
        let fields: [FieldSpec]
        let required: Set<String>
        let verbs: [String]
    }

    static let expenditure = ["unit", "year", "owner"]

    static let families: [Family] = [
        Family(
            word: "UNIT",
            what: "a unit (单位)",
            address: ["unit"],
            listAddress: [],
            optionalListArguments: 0,
            fields: Unit.fields,
            required: Unit.requiredFields,
            verbs: ["CREATE", "UPDATE", "DELETE", "GET"]
        ),
        Family(
            word: "YEAR",
            what: "a unit's fiscal year, with its staffing",
            address: ["unit", "year"],
            listAddress: ["unit"],
            optionalListArguments: 1,
            fields: UnitYear.fields,
            required: [],
            verbs: ["CREATE", "UPDATE", "DELETE", "GET"]
        ),
        Family(
            word: "DEPT",
            what: "the department's overall expenditure (部门整体支出)",
            address: ["unit", "year"],
            listAddress: nil,
            optionalListArguments: 0,
            fields: Expenditure.fields,
            required: [],
            verbs: ["UPDATE", "GET"]
        ),
        Family(
            word: "PROJECT",
            what: "a project (项目)",
            address: ["unit", "year", "project"],
            listAddress: ["unit", "year"],
            optionalListArguments: 0,
            fields: Project.fields,
            required: Project.requiredFields,
            verbs: ["CREATE", "UPDATE", "DELETE", "GET"]
        ),
        Family(
            word: "LINE",
            what: "a figure line (income, expenditure, funds by source or level, 三公, 公用经费…)",
            address: expenditure + ["line"],
            listAddress: expenditure,
            optionalListArguments: 0,
            fields: FigureLine.fields,
            required: [],
            verbs: ["SET", "DELETE", "GET"]
        ),
        Family(
            word: "INDICATOR",
            what: "a third-level indicator (三级指标)",
            address: expenditure + ["indicator"],
            listAddress: expenditure,
            optionalListArguments: 0,
            fields: Indicator.fields,
            required: Indicator.requiredFields,
            verbs: ["CREATE", "UPDATE", "DELETE", "GET"]
        ),
        Family(
            word: "GROUP",
            what: "the printed weight of a level-1 or level-2 indicator group",
            address: expenditure,
            listAddress: expenditure,
            optionalListArguments: 0,
            fields: [
                FieldSpec("level1", "一级指标", .text), FieldSpec("level2", "二级指标", .text),
                FieldSpec("weight", "分值", .points), FieldSpec("score", "得分", .points),
            ],
            required: ["level1"],
            verbs: ["SET", "DELETE"]
        ),
        Family(
            word: "FACT",
            what: "a figure the report states (参保人数, 报销人次…)",
            address: expenditure + ["fact"],
            listAddress: expenditure,
            optionalListArguments: 0,
            fields: Fact.fields,
            required: [],
            verbs: ["SET", "DELETE", "GET"]
        ),
        Family(
            word: "ADJUSTMENT",
            what: "a dated budget adjustment (调整/追加)",
            address: expenditure + ["id"],
            listAddress: expenditure,
            optionalListArguments: 0,
            fields: Adjustment.fields,
            required: Adjustment.requiredFields,
            verbs: ["ADD", "UPDATE", "DELETE"]
        ),
        Family(
            word: "PAYMENT",
            what: "a dated payment (支出/拨付)",
            address: expenditure + ["id"],
            listAddress: expenditure,
            optionalListArguments: 0,
            fields: Payment.fields,
            required: Payment.requiredFields,
            verbs: ["ADD", "UPDATE", "DELETE"]
        ),
        Family(
            word: "GOAL",
            what: "an item of the 年度总体目标 (预期目标 or 实际完成情况)",
            address: expenditure + ["id"],
            listAddress: expenditure,
            optionalListArguments: 0,
            fields: Goal.fields,
            required: Goal.requiredFields,
            verbs: ["ADD", "UPDATE", "DELETE"]
        ),
        Family(
            word: "ALLOCATION",
            what: "a per-capita allocation rule (640元/人 split between levels)",
            address: expenditure,
            listAddress: nil,
            optionalListArguments: 0,
            fields: Allocation.fields,
            required: [],
            verbs: ["SET", "DELETE", "GET"]
        ),
    ]

    private static func specs(_ family: Family) -> [CommandSpec] {
        let keys = family.fields.map { ($0.key, $0.label) }
        var specs: [CommandSpec] = []
        for verb in family.verbs {
            let name = "\(family.word) \(verb)"
            switch verb {
            case "CREATE":
                specs.append(
                    CommandSpec(
                        name,
                        arguments: family.address,
                        keys: keys,
                        required: family.required,
                        mutates: true,
                        summary: "creates \(family.what)"
                    )
                )
            case "ADD":
                specs.append(
                    CommandSpec(
                        name,
                        arguments: Array(family.address.dropLast()),
                        keys: keys,
                        required: family.required,
                        mutates: true,
                        summary: "adds \(family.what); the reply names its id"
                    )
                )
            case "UPDATE":
                specs.append(
                    CommandSpec(
                        name,
                        arguments: family.address,
                        keys: keys,
                        mutates: true,
                        summary: "changes fields of \(family.what); key= (empty) clears a field"
                    )
                )
            case "SET":
                specs.append(
                    CommandSpec(
                        name,
                        arguments: family.address,
                        keys: keys,
                        required: family.word == "GROUP" ? ["level1", "weight"] : [],
                        mutates: true,
                        summary: "creates or changes \(family.what)"
                    )
                )
            case "DELETE":
                let groupKeys = family.word == "GROUP" ? [("level1", "一级指标"), ("level2", "二级指标")] : []
                specs.append(
                    CommandSpec(
                        name,
                        arguments: family.address,
                        keys: groupKeys,
                        required: family.word == "GROUP" ? ["level1"] : [],
                        mutates: true,
                        summary: "deletes \(family.what)"
                    )
                )
            default:
                specs.append(CommandSpec(name, arguments: family.address, summary: "shows \(family.what)"))
            }
        }
        if let list = family.listAddress {
            specs.append(
                CommandSpec(
                    "\(family.word) LIST",
                    arguments: list,
                    optional: family.optionalListArguments,
                    summary: "lists each \(family.what.replacingFirstArticle())"
                )
            )
        }
        return specs
    }

    /// The commands, in the order `HELP` lists them.
    public static let all: [CommandSpec] = released + listedDebugCommands

    /// `DEBUG STALL` longest stall, in seconds.
    public static let longestStall = 600

    /// Hooks for tests that must make the daemon misbehave. Every build parses them, so that
    /// the end-to-end test can use them on the packaged release binary; the daemon runs them
    /// only in a debug build or when told to (`StateExecutor.debugCommandsAllowed`), and
    /// answers `ERR UNKNOWN_COMMAND` otherwise.
    static let debugCommands: [CommandSpec] = [
        CommandSpec(
            "DEBUG STALL",
            arguments: ["seconds"],
            summary: "debug builds only: blocks the state executor for 1 to \(longestStall) seconds (watchdog tests)"
        )
    ]

    /// `HELP` lists the debug commands only in a debug build.
    #if DEBUG
    static let listedDebugCommands = debugCommands
    #else
    static let listedDebugCommands: [CommandSpec] = []
    #endif

    static let released: [CommandSpec] =
        [
            CommandSpec("HELLO", summary: "protocol version and server information"),
            CommandSpec("PING", summary: "answers OK PONG"),
            CommandSpec("QUIT", summary: "answers OK BYE and closes the connection"),
            CommandSpec("HELP", arguments: ["command"], optional: 1, summary: "lists commands, or explains one"),
            CommandSpec(
                "FORMAT",
                arguments: ["tsv|json"],
                summary: "switches this connection's rows to tab-separated (default) or JSON lines"
            ),
            CommandSpec(
                "MONEY",
                arguments: ["wan|yuan|exact"],
                summary:
                    "switches how this connection's rows write amounts: 万元 to two decimals (default), 元 to two decimals, or 万元 exactly"
            ),
            CommandSpec(
                "STATUS",
                summary: "the daemon's version, uptime, units, journal sequence and size, connections, last snapshot"
            ),
            CommandSpec(
                "BACKUP",
                summary: "admin: the journal's durable records as lines, a consistent online backup (jixiao backup)"
            ),
            CommandSpec(
                "SNAPSHOT",
                summary:
                    "admin: writes a snapshot of the model now and starts a new journal segment; OK seq= bytes= file="
            ),
            CommandSpec(
                "RESUME",
                summary: "admin: after a storage fault made the daemon read-only, accepts writes again"
            ),
            CommandSpec(
                "BEGIN",
                summary: "starts a transaction: this connection's next changes are queued (OK QUEUED)"
            ),
            CommandSpec(
                "COMMIT",
                summary: "makes the queued changes as one journal record, all or nothing, and ends the transaction"
            ),
            CommandSpec("ROLLBACK", summary: "discards the queued changes and ends the transaction"),
        ] + families.flatMap(specs)
        + [
            CommandSpec(
                "VOCAB ADD",
                arguments: ["level"],
                keys: [("name", "the indicator name to allow")],
                required: ["name"],
                mutates: true,
                summary: "allows a level-1 or level-2 indicator name beyond the standard ones"
            ),
            CommandSpec("VOCAB LIST", summary: "lists the allowed level-1 and level-2 indicator names"),
            CommandSpec(
                "CHECK RUN",
                arguments: ["unit", "year", "owner"],
                optional: 3,
                summary: "checks everything, a unit, a unit-year or one expenditure; rows are the findings"
            ),
            CommandSpec(
                "FUNDS",
                arguments: ["unit", "year", "owner"],
                summary: "funds by source and by level with shares, rates and what is still to be received"
            ),
            CommandSpec(
                "MONITOR",
                arguments: ["unit", "year"],
                optional: 2,
                keys: [("date", "the date to monitor on, YYYY-MM-DD (default: today, China time)")],
                summary: "execution rate against time progress (双监控) with warning levels, most serious first"
            ),
            CommandSpec(
                "MONTHLY",
                arguments: ["unit", "year", "owner"],
                summary: "cumulative payments per month against the even-pace line"
            ),
            CommandSpec(
                "ROLLUP",
                arguments: ["unit", "year"],
                summary: "the department's figures summed with those of its subordinate units"
            ),
            CommandSpec(
                "CARRYOVER",
                arguments: ["unit", "year", "owner"],
                mutates: true,
                summary: "carries what is left (全年预算数 − 全年执行数) into next year's 上年结转 (source.carryover)"
            ),
            CommandSpec("CHECK RULES", summary: "lists the check rules with their ids and severities"),
            CommandSpec(
                "CHECK DISABLE",
                arguments: ["unit", "year", "rule"],
                keys: [("reason", "why the rule does not apply")],
                required: ["reason"],
                mutates: true,
                summary: "switches a check rule off for a unit-year, with the reason"
            ),
            CommandSpec(
                "CHECK ENABLE",
                arguments: ["unit", "year", "rule"],
                mutates: true,
                summary: "switches a check rule back on for a unit-year"
            ),
            CommandSpec(
                "YEAR SUBMIT",
                arguments: ["unit", "year"],
                keys: [
                    ("force", "yes: submit although the checker reports errors or lines that cannot be scored"),
                    ("reason", "with force=yes: why (recorded, shown in YEAR GET/LIST)"),
                ],
                mutates: true,
                summary:
                    "submits a unit-year: locked, read-only for operators until an admin reopens it; refused (ERR SUBMIT_BLOCKED) while error findings or unscorable lines stand, unless force=yes reason=…"
            ),
            CommandSpec(
                "YEAR REOPEN",
                arguments: ["unit", "year"],
                keys: [("reason", "why the submitted year is opened again")],
                required: ["reason"],
                mutates: true,
                summary: "reopens a submitted unit-year for operators, with the reason (admin only)"
            ),
            CommandSpec(
                "EXPORT",
                arguments: ["unit", "year"],
                optional: 2,
                summary: "everything (or a unit, or a unit-year) as command lines that recreate it"
            ),
            CommandSpec(
                "HISTORY",
                arguments: ["object", "year"],
                optional: 1,
                keys: [
                    ("from", "the earliest change shown: a date or time (China time unless Z or ±HH:MM)"),
                    ("to", "the latest change shown: a date (the whole day) or time"),
                ],
                summary:
                    "an object's changes (a path such as hongjiang/2024/dept/indicator/peixun, or unit year) from the journal: when, who, the fields before and after"
            ),
            CommandSpec(
                "WATCH",
                arguments: ["unit", "year", "owner"],
                optional: 3,
                keys: [("from", "the last sequence number already seen: events resume after it")],
                summary:
                    "streams every committed change (or a unit's, a unit-year's, an expenditure's) as EVENT lines until UNWATCH or QUIT"
            ),
            CommandSpec("UNWATCH", summary: "ends a WATCH; the connection takes requests again"),
        ] + scoring

    /// Every command a line may name: those `HELP` lists and the debug commands.
    private static let parsed: [CommandSpec] = released + debugCommands

    private static let byName: [String: CommandSpec] = Dictionary(uniqueKeysWithValues: parsed.map { ($0.name, $0) })

    /// Words that only start a two-word command name (`UNIT` in `UNIT CREATE`).
    public static let groups: Set<String> = Set(
        parsed.compactMap { spec in
            let words = spec.name.split(separator: " ")
            return words.count == 2 ? String(words[0]) : nil
        }
    )

    /// The spec with this exact name.
    public static func spec(named name: String) -> CommandSpec? { byName[name] }
}

extension String {
    /// "a unit (单位)" → "unit (单位)", for list summaries.
    fileprivate func replacingFirstArticle() -> String {
        for article in ["a ", "an ", "the "] where hasPrefix(article) { return String(dropFirst(article.count)) }
        return self
    }
}
