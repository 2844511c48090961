/// Every command of protocol v1.
public enum CommandTable {
    static let budgetKeys: [(String, String)] = [
        ("budget_initial", "年初预算数, e.g. 15万元 or 150000元"),
        ("budget_full", "全年预算数 after adjustments"),
        ("executed", "全年执行数, what was spent"),
    ]

    /// The commands, in the order `HELP` lists them.
    public static let all: [CommandSpec] = released + debugOnly

    /// `DEBUG STALL` longest stall, in seconds.
    public static let longestStall = 600

    /// Commands that only debug builds have: hooks for tests that must make the daemon
    /// misbehave. A release build answers them `ERR UNKNOWN_COMMAND`.
    #if DEBUG
    static let debugOnly: [CommandSpec] = [
        CommandSpec(
            "DEBUG STALL",
            arguments: ["seconds"],
            summary: "debug builds only: blocks the state executor for 1 to \(longestStall) seconds (watchdog tests)"
        )
    ]
    #else
    static let debugOnly: [CommandSpec] = []
    #endif

    static let released: [CommandSpec] = [
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
            "STATUS",
            summary: "the daemon's version, uptime, units, journal sequence and size, connections, last snapshot"
        ),
        CommandSpec(
            "UNIT CREATE",
            arguments: ["unit"],
            keys: [("name", "the unit's official name")],
            required: ["name"],
            mutates: true,
            summary: "creates a unit (单位)"
        ),
        CommandSpec(
            "UNIT UPDATE",
            arguments: ["unit"],
            keys: [("name", "the unit's official name")],
            mutates: true,
            summary: "changes a unit's fields"
        ),
        CommandSpec("UNIT DELETE", arguments: ["unit"], mutates: true, summary: "deletes a unit that has no years"),
        CommandSpec("UNIT GET", arguments: ["unit"], summary: "shows one unit"),
        CommandSpec("UNIT LIST", summary: "lists the units"),
        CommandSpec(
            "YEAR CREATE",
            arguments: ["unit", "year"],
            mutates: true,
            summary: "opens a fiscal year for a unit"
        ),
        CommandSpec(
            "YEAR DELETE",
            arguments: ["unit", "year"],
            mutates: true,
            summary: "deletes a year that has no projects"
        ),
        CommandSpec("YEAR GET", arguments: ["unit", "year"], summary: "shows a unit-year with its project totals"),
        CommandSpec("YEAR LIST", arguments: ["unit"], optional: 1, summary: "lists the years of one unit or of all"),
        CommandSpec(
            "PROJECT CREATE",
            arguments: ["unit", "year", "project"],
            keys: [("name", "the project's name as the report prints it")] + budgetKeys,
            required: ["name"],
            mutates: true,
            summary: "creates a project (项目) with its budget figures"
        ),
        CommandSpec(
            "PROJECT UPDATE",
            arguments: ["unit", "year", "project"],
            keys: [("name", "the project's name")] + budgetKeys,
            mutates: true,
            summary: "changes a project's fields; key= (empty) clears a figure"
        ),
        CommandSpec(
            "PROJECT DELETE",
            arguments: ["unit", "year", "project"],
            mutates: true,
            summary: "deletes a project"
        ),
        CommandSpec("PROJECT GET", arguments: ["unit", "year", "project"], summary: "shows one project"),
        CommandSpec(
            "PROJECT LIST",
            arguments: ["unit", "year"],
            summary: "lists a unit-year's projects with execution rates"
        ),
    ]

    private static let byName: [String: CommandSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// Words that only start a two-word command name (`UNIT` in `UNIT CREATE`).
    public static let groups: Set<String> = Set(
        all.compactMap { $0.name.split(separator: " ").count == 2 ? String($0.name.split(separator: " ")[0]) : nil }
    )

    /// The spec with this exact name.
    public static func spec(named name: String) -> CommandSpec? { byName[name] }
}
