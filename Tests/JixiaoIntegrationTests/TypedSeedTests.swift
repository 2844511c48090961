import Foundation
import JixiaoClient
import Testing

/// Seed 002 (洪江 2024) entered again the way an operator enters it: typed `jixiao`
/// commands only (docs/hongjiang-2024.sh), no protocol line and no `jixiao raw`.
@Suite struct TypedSeedTests {
    static let script = TestEnvironment.packageRoot.appendingPathComponent("docs/hongjiang-2024.sh")
    static let seed = TestEnvironment.packageRoot.appendingPathComponent("Protocol/examples/002-hongjiang-2024.jx")

    @Test func theScriptHoldsTypedCommandsOnly() throws {
        let text = try String(contentsOf: Self.script, encoding: .utf8)
        let commands = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty && $0 != "set -eu" }
        #expect(commands.count > 150)
        for command in commands {
            #expect(command.hasPrefix("jixiao "), "\(command)")
            for word in ["jixiao raw", "jixiao batch", "jixiao import"] {
                #expect(!command.hasPrefix(word), "\(command)")
            }
            // No protocol keyword as a word of its own: typed subcommands are lower case.
            for keyword in ["LINE SET", "INDICATOR", "PROJECT CREATE", "FACT SET", "GOAL ADD", "DEPT UPDATE"] {
                #expect(!command.contains(keyword), "\(command)")
            }
        }
    }

    @Test func seed002EnteredThroughTypedCommandsExportsLikeTheSeedFile() throws {
        let typed = try DaemonProcess()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Self.script.path]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = TestEnvironment.binDirectory.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["JIXIAO_SOCKET"] = typed.socketPath
        environment["LANG"] = "zh_CN.UTF-8"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errorText)")

        let seeded = try DaemonProcess()
        let connection = try seeded.connect()
        for line in try String(contentsOf: Self.seed, encoding: .utf8).split(separator: "\n")
        where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(try connection.request(String(line)).isOK, "\(line)")
        }
        let expected = try connection.request("EXPORT").cells.map { $0.first ?? "" }
        let actual = try typed.connect().request("EXPORT").cells.map { $0.first ?? "" }
        #expect(expected.count > 150)
        #expect(actual == expected)
        for (index, (got, want)) in zip(actual, expected).enumerated() where got != want {
            Issue.record("EXPORT line \(index + 1): typed \(got) but the seed gives \(want)")
            break
        }
    }
}
