import Foundation
import JixiaoClient
import Testing

/// What operators run: `jixiao status`, `jixiaod --check-config`, and the man pages.
@Suite struct OperationsTests {
    /// Runs `jixiaod` to completion.
    private func jixiaod(_ arguments: [String]) throws -> ClientRun { try ClientRun.jixiaod(arguments) }

    /// `jixiao status` as key → value, and the keys in their order.
    private func status(_ socket: String) throws -> (keys: [String], values: [String: String]) {
        let run = try ClientRun.jixiao(["status"], socket: socket)
        #expect(run.status == 0, "\(run.errors)")
        let rows = run.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let values = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { (String($0[0]), String($0[1])) })
        return (rows.map { String($0[0]) }, values)
    }

    /// Asks until `connections` is `count` (a closed connection is forgotten a moment
    /// after the client closes it), for at most 5 seconds.
    private func waitForConnections(_ count: Int, _ socket: String) throws -> [String: String] {
        let deadline = ContinuousClock.now + .seconds(5)
        var values = try status(socket).values
        while values["connections"] != "\(count)", ContinuousClock.now < deadline {
            usleep(50_000)
            values = try status(socket).values
        }
        return values
    }

    @Test func statusShowsEveryKeyAsTSVWhenPiped() throws {
        let daemon = try DaemonProcess()
        var held: ClientConnection? = try daemon.connect()
        #expect(try held?.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK == true)
        let (keys, _) = try status(daemon.socketPath)
        #expect(
            keys == [
                "key", "version", "uptime_s", "units", "journal_seq", "journal_bytes", "connections", "last_snapshot",
                "mode", "storage_fault", "journal_syncs",
            ]
        )
        // The held connection and the asking one.
        let values = try waitForConnections(2, daemon.socketPath)
        #expect(values["connections"] == "2")
        #expect(values["version"]?.isEmpty == false, "VersionTests pins the value")
        #expect(values["units"] == "1")
        #expect(values["journal_seq"] == "1")
        #expect(values["last_snapshot"] == "none")
        let size = try FileManager.default.attributesOfItem(atPath: try #require(daemon.journalFiles.last).path)[.size]
        #expect(values["journal_bytes"] == "\(size as? Int ?? -1)")
        #expect(Int(values["uptime_s"] ?? "") != nil)
        held = nil
        #expect(try waitForConnections(1, daemon.socketPath)["connections"] == "1", "a closed connection is forgotten")
    }

    @Test func checkConfigPrintsTheSettingsInEffect() throws {
        let scratch = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("jixiao.conf").path
        try "# site settings\nlog_level = debug\nmax_line = 4096\n".write(
            toFile: file,
            atomically: true,
            encoding: .utf8
        )

        let plain = try jixiaod(["--check-config", "--config", file])
        #expect(plain.status == 0)
        #expect(
            plain.output.hasPrefix(
                "# jixiaod --check-config: configuration OK\n# config file: \(file)\nlog_level = debug\nmax_line = 4096\n"
            )
        )
        #expect(
            plain.output.hasSuffix(
                "operator_units = *\nmax_connections = 256\nmax_connections_per_uid = 32\nmax_requests_per_second = 5000\nidle_timeout = 600\nmax_rows = 1000000\nmax_transaction_bytes = 8388608\nfsync = always\nfsync_delay = 100\nsnapshot_every = 100000\njournal_retention = all\n"
            )
        )
        let overridden = try jixiaod(["--check-config", "--config", file, "--log-level", "error"])
        #expect(overridden.output.contains("# log_level: the command line overrides the file\nlog_level = error\n"))
        let defaults = try jixiaod(["--check-config"])
        #expect(
            defaults.output.contains(
                "# config file: none\nlog_level = info\nmax_line = 65536\nrole_read = jixiao-read\n"
            )
        )
    }

    @Test func checkConfigRefusesABadFileWithItsLineAndExit78() throws {
        let scratch = try TestEnvironment.makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("jixiao.conf").path
        try "log_level = info\nmax_lines = 4096\n".write(toFile: file, atomically: true, encoding: .utf8)
        let run = try jixiaod(["--check-config", "--config", file])
        #expect(run.status == 78)
        #expect(
            run.errors
                == "jixiaod: \(file):2: unknown key 'max_lines'; known: log_level, max_line, role_read, role_operator, role_admin, operator_units, max_connections, max_connections_per_uid, max_requests_per_second, idle_timeout, max_rows, max_transaction_bytes, fsync, fsync_delay, snapshot_every, journal_retention, trusted_proxies\n"
        )
        #expect(run.output.isEmpty)

        // The daemon itself refuses to start on it the same way.
        let start = try jixiaod(["--config", file, "--socket", scratch.appendingPathComponent("s.sock").path])
        #expect(start.status == 78)
        #expect(try jixiaod(["--check-config", "--config", scratch.appendingPathComponent("none").path]).status == 78)
    }

    @Test func theManPagesDocumentEveryOptionAndCommand() throws {
        let root = TestEnvironment.packageRoot
        let daemonPage = try String(contentsOf: root.appendingPathComponent("man/jixiaod.8"), encoding: .utf8)
        let help = try jixiaod(["--help"]).output
        let separators: Set<Character> = [" ", "\n", ",", "[", "]"]
        let words = help.split(whereSeparator: { separators.contains($0) }).map(String.init)
        let options = Set(words.filter { $0.hasPrefix("--") && $0 != "--help" })
        #expect(options.count >= 7)
        for option in options {
            let troff = option.replacingOccurrences(of: "-", with: "\\-")
            #expect(daemonPage.contains(troff), "jixiaod.8 does not document \(option)")
        }
        let clientPage = try String(contentsOf: root.appendingPathComponent("man/jixiao.1"), encoding: .utf8)
        let clientHelp = try ClientRun.jixiao(["--help"], socket: nil).output
        // Subcommand lines are indented two spaces; their wrapped descriptions more. They
        // come in groups (the stages of the year), each under its own SUBCOMMANDS heading.
        let listing = clientHelp.components(separatedBy: "SUBCOMMANDS:").dropFirst().joined(separator: "\n")
        let subcommands = listing.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0 != "See" }
        #expect(subcommands.count >= 8)
        for command in subcommands {
            let documented = ["\n.B \(command)\n", "\n.BR \"\(command) ", "\n.BI \"\(command) "].contains {
                clientPage.contains($0)
            }
            #expect(documented, "jixiao.1 lacks \(command)")
        }
    }
}
