import Foundation
import JixiaoClient
import Testing

/// Every protocol command an operator needs has a typed `jixiao` command, and every
/// `key=` it takes is an option of it: a field added to the model without its option
/// fails here, by name.
@Suite struct TypedOptionCoverageTests {
    /// Protocol command → the `jixiao` command that sends it.
    static let typed: [String: [String]] = [
        "UNIT CREATE": ["unit", "create"], "UNIT UPDATE": ["unit", "update"], "UNIT DELETE": ["unit", "delete"],
        "UNIT GET": ["unit", "get"], "UNIT LIST": ["unit", "list"],
        "YEAR CREATE": ["year", "create"], "YEAR UPDATE": ["year", "update"], "YEAR DELETE": ["year", "delete"],
        "YEAR GET": ["year", "get"], "YEAR LIST": ["year", "list"], "YEAR SUBMIT": ["submit"],
        "YEAR REOPEN": ["reopen"],
        "DEPT UPDATE": ["dept", "update"], "DEPT GET": ["dept", "get"],
        "PROJECT CREATE": ["project", "create"], "PROJECT UPDATE": ["project", "update"],
        "PROJECT DELETE": ["project", "delete"], "PROJECT GET": ["project", "get"],
        "PROJECT LIST": ["project", "list"],
        "LINE SET": ["line", "set"], "LINE DELETE": ["line", "delete"], "LINE GET": ["line", "get"],
        "LINE LIST": ["line", "list"],
        "INDICATOR CREATE": ["indicator", "create"], "INDICATOR UPDATE": ["indicator", "update"],
        "INDICATOR DELETE": ["indicator", "delete"], "INDICATOR GET": ["indicator", "get"],
        "INDICATOR LIST": ["indicator", "list"],
        "GROUP SET": ["group", "set"], "GROUP DELETE": ["group", "delete"], "GROUP LIST": ["group", "list"],
        "FACT SET": ["fact", "set"], "FACT DELETE": ["fact", "delete"], "FACT GET": ["fact", "get"],
        "FACT LIST": ["fact", "list"],
        "ADJUSTMENT ADD": ["adjustment", "add"], "ADJUSTMENT UPDATE": ["adjustment", "update"],
        "ADJUSTMENT DELETE": ["adjustment", "delete"], "ADJUSTMENT LIST": ["adjustment", "list"],
        "PAYMENT ADD": ["payment", "add"], "PAYMENT UPDATE": ["payment", "update"],
        "PAYMENT DELETE": ["payment", "delete"], "PAYMENT LIST": ["payment", "list"],
        "GOAL ADD": ["goal", "add"], "GOAL UPDATE": ["goal", "update"], "GOAL DELETE": ["goal", "delete"],
        "GOAL LIST": ["goal", "list"],
        "ALLOCATION SET": ["allocation", "set"], "ALLOCATION DELETE": ["allocation", "delete"],
        "ALLOCATION GET": ["allocation", "get"],
        "VOCAB ADD": ["vocab", "add"], "VOCAB LIST": ["vocab", "list"],
        "CHECK RUN": ["check", "run"], "CHECK RULES": ["check", "rules"], "CHECK DISABLE": ["check", "disable"],
        "CHECK ENABLE": ["check", "enable"],
        "FUNDS": ["funds", "show"], "MONITOR": ["monitor"], "MONTHLY": ["monthly"], "ROLLUP": ["rollup"],
        "CARRYOVER": ["carryover"], "EXPORT": ["export"], "HISTORY": ["history"], "WATCH": ["watch"],
        "SCORE": ["score"], "TABLE": ["table"], "REPORT": ["report"],
        "RULESET CREATE": ["ruleset", "create"], "RULESET UPDATE": ["ruleset", "update"],
        "RULESET DELETE": ["ruleset", "delete"], "RULESET GET": ["ruleset", "get"],
        "RULESET LIST": ["ruleset", "list"],
        "HELLO": ["hello"], "PING": ["ping"], "STATUS": ["status"], "BACKUP": ["backup"], "SNAPSHOT": ["snapshot"],
        "RESUME": ["resume"],
    ]

    /// Keys a typed command takes otherwise than as `--key`: positionally, or as a flag.
    static let otherwise: [String: Set<String>] = [
        "GOAL ADD": ["text"], "VOCAB ADD": ["name"], "TABLE": ["view"], "YEAR SUBMIT": ["force"],
    ]

    /// What needs no typed command: the connection's own settings (the client makes
    /// them), transactions (`jixiao batch --transaction`), and the debug hook.
    static let connectionOnly: Set<String> = [
        "QUIT", "HELP", "FORMAT", "MONEY", "BEGIN", "COMMIT", "ROLLBACK", "UNWATCH", "DEBUG STALL",
    ]

    @Test func everyProtocolCommandHasATypedCommandWithAnOptionPerKey() throws {
        let daemon = try DaemonProcess()
        let help = try daemon.connect().request("HELP")
        #expect(help.isOK)
        var checked = 0
        for row in help.cells {
            let name = row[0]
            let usage = row[1]
            if Self.connectionOnly.contains(name) { continue }
            guard let command = Self.typed[name] else {
                Issue.record("the protocol command \(name) has no typed jixiao command")
                continue
            }
            let run = try ClientRun.jixiao(command + ["--help"], socket: nil)
            #expect(run.status == 0, "jixiao \(command.joined(separator: " ")) --help: \(run.errors)")
            let keys = usage.split(separator: " ").compactMap { word -> String? in
                let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                guard let equals = bare.firstIndex(of: "="), bare.hasSuffix("=…") else { return nil }
                return String(bare[..<equals])
            }
            for key in keys where !(Self.otherwise[name]?.contains(key) ?? false) {
                let option = "--" + key.replacingOccurrences(of: "_", with: "-")
                #expect(
                    run.output.contains(option + " ") || run.output.contains(option + "\n"),
                    "\(name) takes \(key)= but jixiao \(command.joined(separator: " ")) has no \(option)"
                )
            }
            checked += 1
        }
        #expect(checked > 70)
    }
}
