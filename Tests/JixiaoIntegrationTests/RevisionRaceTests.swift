import Foundation
import JixiaoClient
import JixiaoJournal
import Synchronization
import Testing

/// Two clients race `IF REV` updates on one indicator: every update is applied or answered
/// CONFLICT, none is lost, and the final value is the journal's last.
@Suite struct RevisionRaceTests {
    static let attempts = 10_000
    static let indicator = "hongjiang 2024 dept peixun"

    @Test(.timeLimit(.minutes(5)))
    func racingConditionalUpdatesLoseNothing() throws {
        let daemon = try DaemonProcess()
        let setup = try daemon.connect()
        for line in [
            "UNIT CREATE hongjiang name=洪江", "YEAR CREATE hongjiang 2024",
            "INDICATOR CREATE \(Self.indicator) level1=产出指标 level2=数量指标 name=培训 target=≥2次 actual=0",
        ] {
            #expect(try setup.request(line).isOK)
        }
        let applied = Mutex<[String]>([])
        let conflicts = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        let socketPath = daemon.socketPath
        DispatchQueue.concurrentPerform(iterations: 2) { client in
            do {
                let connection = try ClientConnection(socketPath: socketPath)
                for attempt in 0..<(Self.attempts / 2) {
                    let current = try connection.request("INDICATOR GET \(Self.indicator)")
                    let column = try #require(current.columns.firstIndex(of: "revision"))
                    let revision = current.cells[0][column]
                    let value = "c\(client)-\(attempt)"
                    let reply = try connection.request(
                        "IF REV=\(revision) INDICATOR UPDATE \(Self.indicator) actual=\(value)"
                    )
                    if reply.isOK {
                        applied.withLock { $0.append(value) }
                    } else if reply.error?.code == "CONFLICT" {
                        conflicts.add(1, ordering: .relaxed)
                    } else {
                        failures.withLock { $0.append(reply.statusLine) }
                    }
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let appliedValues = applied.withLock { $0 }
        let conflictCount = conflicts.load(ordering: .relaxed)
        #expect(appliedValues.count + conflictCount == Self.attempts)
        #expect(appliedValues.count > 0)
        let final = try setup.request("INDICATOR GET \(Self.indicator)")
        let actual = try #require(final.cells.first)[try #require(final.columns.firstIndex(of: "actual"))]
        daemon.stop()

        var journaled: [String] = []
        let prefix = "INDICATOR UPDATE \(Self.indicator) actual="
        _ = try StateDirectory(path: daemon.stateDirectory).replay { record in
            for line in record.lines where line.hasPrefix(prefix) {
                journaled.append(String(line.dropFirst(prefix.count)))
            }
        }
        // Every applied update is in the journal exactly once, and nothing else is.
        #expect(journaled.count == appliedValues.count)
        #expect(Set(journaled) == Set(appliedValues))
        #expect(journaled.last == actual)
        print("IF REV race: \(appliedValues.count) applied, \(conflictCount) conflicts, final \(actual)")
    }
}
