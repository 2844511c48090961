import Foundation
import JixiaoClient
import Testing

/// Concurrent writers, and the daemon `kill -9`'d at a random moment, round after round
/// (with automatic snapshots, so some kills land in the middle of one): every acknowledged
/// change is there after the restart, nothing that was never sent appears, and the model
/// equals the journal replayed.
///
/// `make test` runs 200 rounds; `make crash` runs a longer soak (`JIXIAO_CRASH_ROUNDS`).
@Suite struct CrashTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["JIXIAO_CRASH_ROUNDS"] ?? "") ?? 200
    static let writers = 4

    /// What the writers were told and what they tried, shared between their threads.
    final class Ledger: @unchecked Sendable {  // every access holds `lock`
        private let lock = NSLock()
        private var acknowledged: Set<String> = []
        private var attempted: Set<String> = []

        func attempt(_ code: String) { lock.withLock { _ = attempted.insert(code) } }
        func acknowledge(_ code: String) { lock.withLock { _ = acknowledged.insert(code) } }
        var snapshot: (acknowledged: Set<String>, attempted: Set<String>) {
            lock.withLock { (acknowledged, attempted) }
        }
    }

    @Test func acknowledgedChangesSurviveKill9AtRandomMoments() throws {
        // Automatic snapshots every 200 records, so that some kills land while one is
        // being written and some restarts load one.
        let config = try SnapshotTests.config(["snapshot_every = 200"])
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let setup = try daemon.connect()
        #expect(try setup.request("UNIT CREATE hongjiang name=洪江市医疗保障局").isOK)
        #expect(try setup.request("YEAR CREATE hongjiang 2024").isOK)
        let ledger = Ledger()
        var generator = SystemRandomNumberGenerator()
        for round in 0..<Self.rounds {
            let socket = daemon.socketPath
            let victim = try #require(daemon.process)
            let delay = Int.random(in: 1...25, using: &generator)
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(delay)) {
                kill(victim.processIdentifier, SIGKILL)
            }
            DispatchQueue.concurrentPerform(iterations: Self.writers) { writer in
                guard let connection = try? ClientConnection(socketPath: socket) else { return }
                for index in 0..<100_000 {
                    let code = "r\(round)w\(writer)i\(index)"
                    ledger.attempt(code)
                    guard let reply = try? connection.request("PROJECT CREATE hongjiang 2024 \(code) name=项目"),
                        reply.isOK
                    else { return }
                    ledger.acknowledge(code)
                }
            }
            daemon.stop(signal: SIGKILL)
            try daemon.start()

            let (acknowledged, attempted) = ledger.snapshot
            let projects = Set(try daemon.connect().request("PROJECT LIST hongjiang 2024").cells.map { $0[2] })
            let lost = acknowledged.subtracting(projects)
            #expect(lost.isEmpty, "round \(round): acknowledged but lost: \(lost.sorted().prefix(5))")
            let invented = projects.subtracting(attempted)
            #expect(invented.isEmpty, "round \(round): never sent: \(invented.sorted().prefix(5))")
            #expect(projects == Self.journaledProjects(daemon), "round \(round): the model is not the journal replayed")
            if !lost.isEmpty || !invented.isEmpty { break }
        }
        let total = ledger.snapshot
        let snapshots = SnapshotTests.files(daemon, "snapshots").count
        print(
            "CrashTests: \(Self.rounds) rounds, \(total.acknowledged.count) of \(total.attempted.count) acknowledged, "
                + "\(snapshots) snapshots written"
        )
        let verify = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(verify.status == 0, "\(verify.output)")
        #expect(total.acknowledged.count > Self.rounds, "the writers got too little done to test anything")
    }

    /// The project codes that the journal's records create, read straight from the segments.
    static func journaledProjects(_ daemon: DaemonProcess) -> Set<String> {
        var codes: Set<String> = []
        for file in daemon.journalFiles {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where line.hasPrefix("PROJECT CREATE hongjiang 2024 ") {
                codes.insert(String(line.split(separator: " ")[4]))
            }
        }
        return codes
    }
}
