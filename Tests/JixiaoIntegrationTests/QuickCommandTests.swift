import Foundation
import JixiaoClient
import Testing

/// `jixiao ping`, `status`, `hello` and `indicator get` are read before ArgumentParser runs
/// (QuickCommands, for scripts that loop over them); every command line must behave
/// exactly as through ArgumentParser's tree: same output, same messages, same exit code.
@Suite struct QuickCommandTests {
    /// Each line run both ways against the same daemon.
    static let lines: [[String]] = [
        ["ping"], ["ping", "--json"], ["ping", "--timeout", "5"], ["ping", "--timeout=5", "--lang", "zh"],
        ["hello"], ["hello", "--json"], ["status", "--table"],
        ["indicator", "get", "hongjiang", "2024", "dept", "peixun"],
        ["indicator", "get", "hongjiang", "2024", "dept", "peixun", "--json"],
        ["indicator", "get", "--table", "hongjiang", "2024", "dept", "peixun", "--lang=zh"],
        ["indicator", "get", "hongjiang", "2024", "dept", "peixun", "--at", "2"],
        ["indicator", "get", "hongjiang", "2024", "dept", "nope"],
        // Usage errors, help and version: the quick parse declines them, the tree answers.
        ["ping", "extra"], ["ping", "--help"], ["ping", "-h"], ["ping", "--version"], ["ping", "--timeout", "-1"],
        ["ping", "--lang", "fr"], ["ping", "--socket"], ["indicator", "get", "hongjiang", "2024"],
        ["indicator", "get", "--help"], ["indicator", "get", "hongjiang", "2024", "dept", "peixun", "--bogus"],
        ["status", "help"], ["hello", "--", "x"], ["ping", "--json", "--json"], ["ping", "--json=1"],
        ["ping", "--timeout", "nan"], ["ping", "--socket="], ["indicator", "get", "help", "2024", "dept", "peixun"],
        ["indicator", "get", "hongjiang", "2024", "dept", ""], ["indicator", "get", "hongjiang", "2024", "dept", "-x"],
    ]

    @Test func quickAndFullParsingAnswerEveryLineAlike() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE hongjiang name=洪江市医疗保障局", "YEAR CREATE hongjiang 2024",
            "INDICATOR CREATE hongjiang 2024 dept peixun level1=产出指标 level2=数量指标 name=培训 target=≥2次",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        for line in Self.lines {
            for environment in [["LANG": "C"], ["LANG": "zh_CN.UTF-8"]] {
                let quick = try ClientRun.jixiao(line, socket: daemon.socketPath, environment: environment)
                var full = environment
                full["JIXIAO_FULL_PARSE"] = "1"
                let tree = try ClientRun.jixiao(line, socket: daemon.socketPath, environment: full)
                // `status` reports the uptime, which may tick between the two runs.
                let steady = { (text: String) in text.split(separator: "\n").filter { !$0.contains("uptime") } }
                #expect(quick.status == tree.status, "\(line) \(environment)")
                #expect(steady(quick.output) == steady(tree.output), "\(line) \(environment)")
                #expect(quick.errors == tree.errors, "\(line) \(environment)")
            }
        }
    }

    @Test func anUnreachableDaemonExitsAlikeBothWays() throws {
        let scratch = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let missing = scratch.appendingPathComponent("missing.sock").path
        for line in [["ping"], ["indicator", "get", "a", "2024", "dept", "x"]] {
            let quick = try ClientRun.jixiao(line, socket: missing)
            let tree = try ClientRun.jixiao(line, socket: missing, environment: ["JIXIAO_FULL_PARSE": "1"])
            #expect(quick.status == 69)
            #expect(quick.status == tree.status)
            #expect(quick.output == tree.output)
            #expect(quick.errors == tree.errors)
        }
    }
}
