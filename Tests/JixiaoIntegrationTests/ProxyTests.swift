import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// `AS <user>` (jixiao-web's requests on behalf of the people it logged in): taken only from
/// the users in `trusted_proxies`, with the named user's role, and recorded as `user@proxy`.
@Suite(.enabled(if: TestUsers.available, "needs root, groupadd and setpriv"))
struct ProxyTests {
    private func daemon(trusted: String = "jxt-proxy") throws -> DaemonProcess {
        #expect(TestUsers.created)
        let folder = try TestEnvironment.makeScratchDirectory()
        let config = folder.appendingPathComponent("jixiao.conf").path
        try (TestUsers.configuration(operatorUnits: "*") + "trusted_proxies = \(trusted)\n").write(
            toFile: config,
            atomically: true,
            encoding: .utf8
        )
        let daemon = try DaemonProcess(arguments: ["--config", config, "--socket-mode", "0666"])
        chmod(daemon.scratch.path, 0o755)
        let root = try daemon.connect()
        for line in ["UNIT CREATE hongjiang name=洪江", "YEAR CREATE hongjiang 2024"] {
            #expect(try root.request(line).isOK, "\(line)")
        }
        return daemon
    }

    /// Runs lines on one connection as `user` (`jixiao batch --keep-going`).
    private func batch(_ user: String, _ lines: [String], on daemon: DaemonProcess) throws -> ClientRun {
        let file = daemon.scratch.appendingPathComponent("batch-\(UUID().uuidString).jx")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        chmod(file.path, 0o644)
        return try TestUsers.jixiao(as: user, ["batch", "--keep-going", file.path], socket: daemon.socketPath)
    }

    private func journal(_ daemon: DaemonProcess) throws -> [JournalRecord] {
        var records: [JournalRecord] = []
        for file in daemon.journalFiles {
            let bytes = Array(try Data(contentsOf: file))
            _ = try JournalScanner.scan(bytes, file: file.lastPathComponent, expectedSequence: 1) { records.append($0) }
        }
        return records
    }

    @Test func aTrustedProxysChangeRunsWithTheNamedUsersRoleAndIsJournaledAsUserAtProxy() throws {
        let daemon = try daemon()
        let run = try batch(
            "jxt-proxy",
            [
                "AS jxt-clerk HELLO",
                "AS jxt-clerk YEAR UPDATE hongjiang 2024 staff_actual=35",
                "AS jxt-reader YEAR UPDATE hongjiang 2024 staff_actual=36",
                "YEAR UPDATE hongjiang 2024 staff_actual=37",
            ],
            on: daemon
        )
        let hello = try TestUsers.jixiao(as: "jxt-proxy", ["raw", "AS jxt-clerk HELLO"], socket: daemon.socketPath)
        #expect(hello.output.contains("user=jxt-clerk@jxt-proxy role=operator"), "\(hello.output)")
        #expect(run.errors.contains("ERR DENIED needs the operator role; jxt-reader@jxt-proxy has the read role"))
        #expect(run.errors.contains("ERR DENIED needs the operator role; jxt-proxy has the read role"))
        let records = try journal(daemon)
        #expect(records.last?.author == "jxt-clerk@jxt-proxy")
        #expect(records.last?.lines == ["YEAR UPDATE hongjiang 2024 staff_actual=35"])
        let history = try TestUsers.jixiao(
            as: "jxt-reader",
            ["raw", "HISTORY hongjiang/2024"],
            socket: daemon.socketPath
        )
        #expect(history.output.contains("\tjxt-clerk@jxt-proxy\thongjiang/2024\tchanged\t"), "\(history.output)")
    }

    @Test func asFromAUserNotInTrustedProxiesIsDeniedAndChangesNothing() throws {
        let daemon = try daemon()
        let before = try journal(daemon).count
        let run = try batch("jxt-clerk", ["AS jxt-boss UNIT CREATE daoxian name=道县"], on: daemon)
        #expect(run.status == 1)
        #expect(
            run.errors.contains("ERR DENIED AS is taken only from the users in trusted_proxies; jxt-clerk is not one")
        )
        #expect(try journal(daemon).count == before)
    }

    @Test func theProxyMayNotActAsRootOrAnUnknownUser() throws {
        let daemon = try daemon()
        let run = try batch(
            "jxt-proxy",
            [
                "AS root UNIT CREATE a name=甲", "AS jxt-nosuch HELLO", "AS jxt-proxy HELLO",
                "AS jxt-clerk AS jxt-boss HELLO", "AS jxt-clerk",
            ],
            on: daemon
        )
        #expect(run.errors.contains("ERR DENIED AS root is refused"), "\(run.errors)")
        #expect(run.errors.contains("ERR NOT_FOUND no Unix user 'jxt-nosuch' for AS"))
        #expect(!run.errors.contains("AS jxt-proxy"), "acting as itself gains the proxy nothing")
        #expect(run.errors.contains("ERR BAD_ARGUMENT a request takes one AS prefix, not two"))
        #expect(run.errors.contains("ERR ARITY usage: AS <user> <request>"))
    }

    @Test func aTransactionBegunForOnePersonTakesNoOneElsesRequests() throws {
        let daemon = try daemon()
        let run = try batch(
            "jxt-proxy",
            [
                "AS jxt-clerk BEGIN",
                "AS jxt-clerk YEAR UPDATE hongjiang 2024 staff_actual=30",
                "AS jxt-boss YEAR UPDATE hongjiang 2024 staff_actual=31",
                "AS jxt-boss COMMIT",
                "AS jxt-clerk COMMIT",
            ],
            on: daemon
        )
        #expect(
            run.errors.contains(
                "ERR TRANSACTION this connection's transaction was begun by jxt-clerk@jxt-proxy; it must COMMIT or ROLLBACK first"
            ),
            "\(run.errors)"
        )
        let records = try journal(daemon)
        #expect(records.last?.author == "jxt-clerk@jxt-proxy")
        #expect(records.last?.lines == ["YEAR UPDATE hongjiang 2024 staff_actual=30"])
    }
}
