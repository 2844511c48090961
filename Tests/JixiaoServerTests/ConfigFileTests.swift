import JixiaoServer
import Logging
import Testing

@Suite struct ConfigFileTests {
    @Test func keysValuesCommentsAndBlankLines() throws {
        let values = try ConfigFile.parse(
            "# jixiaod\n\n  log_level =  debug  \r\n\tmax_line=2048\n# end\n",
            path: "j.conf"
        )
        #expect(values == ConfigValues(logLevel: .debug, maximumLineLength: 2048))
    }

    @Test func anEmptyFileSetsNothing() throws {
        #expect(try ConfigFile.parse("", path: "j.conf") == ConfigValues())
    }

    @Test(arguments: [
        (
            "log_level = debug\nlog_levl = info\n",
            "j.conf:2: unknown key 'log_levl'; known: log_level, max_line, role_read, role_operator, role_admin, operator_units, max_connections, max_connections_per_uid, max_requests_per_second, idle_timeout, max_rows, max_transaction_bytes, fsync, fsync_delay, snapshot_every, journal_retention, trusted_proxies"
        ),
        (
            "trusted_proxies = jixiao-web, root;\n",
            "j.conf:1: trusted_proxies is a comma-separated list of Unix user names, got 'root;'"
        ),
        ("log_level = debug\nlog_level = info\n", "j.conf:2: 'log_level' is set twice"),
        (
            "\n\nlog_level = loud\n",
            "j.conf:3: unknown log level 'loud'; use one of trace, debug, info, notice, warning, error, critical"
        ),
        ("max_line = 100\n", "j.conf:1: max_line must be from 1024 to 16777216 bytes, got 100"),
        ("max_line = 64k\n", "j.conf:1: max_line must be a whole number of bytes"),
        ("log_level debug\n", "j.conf:1: expected 'key = value', got 'log_level debug'"),
    ])
    func errorsNameTheFileAndLine(text: String, message: String) {
        #expect(throws: ConfigFileError.self) { try ConfigFile.parse(text, path: "j.conf") }
        do {
            _ = try ConfigFile.parse(text, path: "j.conf")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func aMissingFileSaysSo() {
        do {
            _ = try ConfigFile.load("/nonexistent/jixiao.conf")
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.description == "/nonexistent/jixiao.conf: No such file or directory")
        }
    }

    @Test func theCommandLineWinsOverTheFileWhichWinsOverDefaults() {
        let file = ConfigValues(logLevel: .debug, maximumLineLength: 2048)
        let commandLine = ConfigValues(logLevel: .warning)
        let effective = ConfigValues.defaults.overridden(by: file).overridden(by: commandLine)
        #expect(effective.logLevel == .warning && effective.maximumLineLength == 2048)
        #expect(effective.maximumConnections == 256 && effective.roleAdmin == "jixiao-admin")
        #expect(commandLine.keysAlsoSet(in: file) == ["log_level"])
        #expect(ConfigValues.defaults.overridden(by: ConfigValues()) == ConfigValues.defaults)
        #expect(effective.lines.prefix(3) == ["log_level = warning", "max_line = 2048", "role_read = jixiao-read"])
        #expect(effective.lines.contains("idle_timeout = 600"))
    }
}
