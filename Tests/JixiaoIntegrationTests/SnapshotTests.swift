import Foundation
import JixiaoClient
import JixiaoJournal
import Testing

/// Snapshots: taken without stopping writes, loaded at start-up, passed over when damaged,
/// checked by `jixiaod --verify`, pruned by retention, and in backups.
@Suite struct SnapshotTests {
    /// Changes an `EXPORT` alone would not bring back exactly: item ids with gaps (in the
    /// middle and at the end), a year reopened and submitted again, a locked year, switched-off
    /// checks, a rule set changed after it was made, added vocabulary, objects changed long
    /// after they were made.
    static let tricky = [
        "VOCAB ADD 1 name=社会效果",
        "VOCAB ADD 2 name=宣传指标",
        "RULESET CREATE strict label=严格 decimals=1",
        "UNIT CREATE kuaizhao name=洪江市医疗保障局",
        "UNIT CREATE zhongxin name=中心 parent=kuaizhao",
        "YEAR CREATE kuaizhao 2024",
        "YEAR CREATE kuaizhao 2023 ruleset=strict",
        "RULESET UPDATE strict label=更严格",
        "CHECK DISABLE kuaizhao 2024 low-execution reason=按季度拨付",
        "PROJECT CREATE kuaizhao 2024 jicha name=基层医疗 budget_initial=15万元",
        "PAYMENT ADD kuaizhao 2024 jicha date=2024-07-01 amount=5000元",
        "PAYMENT ADD kuaizhao 2024 jicha date=2024-07-02 amount=6000元",
        "PAYMENT ADD kuaizhao 2024 jicha date=2024-07-03 amount=7000元",
        "PAYMENT DELETE kuaizhao 2024 jicha 2",
        "GOAL ADD kuaizhao 2024 jicha text=末项",
        "GOAL DELETE kuaizhao 2024 jicha 4",
        "GROUP SET kuaizhao 2024 dept level1=社会效果 level2=宣传指标 weight=10",
        "INDICATOR CREATE kuaizhao 2024 dept xuanchuan level1=社会效果 level2=宣传指标 name=宣传 target=效果明显",
        "YEAR SUBMIT kuaizhao 2023",
        "YEAR REOPEN kuaizhao 2023 reason=补录",
        "YEAR SUBMIT kuaizhao 2023",
        "UNIT UPDATE kuaizhao level=县",
    ]

    /// Everything the queries show, revisions included.
    static func everything(_ connection: ClientConnection) throws -> String {
        var text = try stateSnapshot(connection)
        for line in [
            "EXPORT", "PAYMENT LIST kuaizhao 2024 jicha", "GOAL LIST kuaizhao 2024 jicha",
            "INDICATOR LIST kuaizhao 2024 dept", "RULESET LIST", "VOCAB LIST",
        ] {
            text += try connection.request(line).text
        }
        return text
    }

    static func config(_ lines: [String]) throws -> String {
        let folder = try TestEnvironment.makeScratchDirectory()
        let path = folder.appendingPathComponent("jixiao.conf").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func files(_ daemon: DaemonProcess, _ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: daemon.stateDirectory + "/" + folder)) ?? []
        return names.sorted()
    }

    static func load(_ lines: [String], into connection: ClientConnection) throws {
        for line in lines {
            let reply = try connection.request(line)
            #expect(reply.isOK, "\(line): \(reply.statusLine)")
        }
    }

    static let writes = 250

    @Test func aSnapshotUnderConcurrentWritersLosesNothing() throws {
        let daemon = try DaemonProcess()
        let setup = try daemon.connect()
        try Self.load(Self.tricky, into: setup)
        let socket = daemon.socketPath
        let ledger = CrashTests.Ledger()
        let group = DispatchGroup()
        for writer in 0..<4 {
            DispatchQueue.global().async(group: group) {
                guard let connection = try? ClientConnection(socketPath: socket) else { return }
                for index in 0..<Self.writes {
                    let code = "w\(writer)i\(index)"
                    if let reply = try? connection.request("PROJECT CREATE kuaizhao 2024 \(code) name=项目"), reply.isOK {
                        ledger.acknowledge(code)
                    }
                }
            }
        }
        // Snapshots one after the other for as long as the writers write.
        var snapshots: Set<String> = []
        while group.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            let reply = try setup.request("SNAPSHOT")
            #expect(reply.isOK, "\(reply.statusLine)")
            snapshots.insert(String(reply.statusLine.split(separator: " ")[1]))
        }
        let acknowledged = ledger.snapshot.acknowledged
        #expect(acknowledged.count == 4 * Self.writes)
        #expect(snapshots.count >= 2, "snapshots taken while the writers wrote: \(snapshots.sorted())")
        print("SnapshotTests: \(snapshots.count) snapshots taken under 4 writers")
        let before = try Self.everything(setup)
        #expect(try setup.request("STATUS").text.contains("last_snapshot\tseq="))
        daemon.stop()
        try daemon.start()
        #expect(daemon.log.contains("snapshot.loaded=000"))
        let after = try daemon.connect()
        #expect(try Self.everything(after) == before)
        let projects = Set(try after.request("PROJECT LIST kuaizhao 2024").cells.map { $0[2] })
        #expect(projects.isSuperset(of: acknowledged))
        let snapshotFiles = Self.files(daemon, "snapshots")
        #expect(Self.files(daemon, "journal").count == snapshotFiles.count + 1, "a segment after each snapshot")
        let run = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(run.status == 0, "\(run.output)")
        #expect(
            run.output.contains(
                "\(snapshotFiles.count) snapshot(s), \(snapshotFiles.count) equal to the journal replayed"
            )
        )
    }

    @Test func startingFromASnapshotEqualsStartingByReplay() throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", ExampleDataTests.examples])
        let connection = try daemon.connect()
        try Self.load(Self.tricky, into: connection)
        #expect(try connection.request("SNAPSHOT").isOK)
        try Self.load(["PAYMENT ADD kuaizhao 2024 jicha date=2024-08-01 amount=1元"], into: connection)
        let before = try Self.everything(connection)
        daemon.stop()
        // The same journal without the snapshot: start-up replays every record.
        let replayed = try DaemonProcess { state in
            try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: daemon.stateDirectory + "/journal", toPath: state + "/journal")
        }
        #expect(!replayed.log.contains("snapshot.loaded=000"))
        #expect(try Self.everything(try replayed.connect()) == before)
        try daemon.start()
        #expect(daemon.log.contains("snapshot.loaded=000"))
        #expect(try Self.everything(try daemon.connect()) == before)
        // The new payment got the id after the deleted goal's: the counter came back too.
        #expect(try daemon.connect().request("PAYMENT LIST kuaizhao 2024 jicha").cells.map { $0[3] }.contains("5"))
        // `--verify` compares the loaded snapshot with the replay as models (`==`).
        let run = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("1 snapshot(s), 1 equal to the journal replayed"))
    }

    @Test func aDamagedNewestSnapshotFallsBackToAnOlderOne() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        try Self.load(Self.tricky, into: connection)
        #expect(try connection.request("SNAPSHOT").isOK)
        try Self.load(["PROJECT CREATE kuaizhao 2024 later name=之后"], into: connection)
        #expect(try connection.request("SNAPSHOT").isOK)
        try Self.load(["PROJECT CREATE kuaizhao 2024 last name=最后"], into: connection)
        let before = try Self.everything(connection)
        daemon.stop()
        let snapshots = Self.files(daemon, "snapshots")
        #expect(snapshots.count == 2)
        let newest = daemon.stateDirectory + "/snapshots/" + snapshots[1]
        var bytes = try Data(contentsOf: URL(fileURLWithPath: newest))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: newest))

        try daemon.start()
        #expect(daemon.log.contains("snapshot refused"))
        #expect(daemon.log.contains("snapshot.loaded=\(snapshots[0])"))
        #expect(try Self.everything(try daemon.connect()) == before)
        let run = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(run.status == 1)
        #expect(run.output.contains("snapshot \(snapshots[1]) is damaged"))
    }

    @Test func retentionKeepsTheNewestSnapshotsAndTheSegmentsAfterThem() throws {
        let config = try Self.config(["journal_retention = 1", "snapshot_every = 0"])
        let daemon = try DaemonProcess(arguments: ["--config", config])
        let connection = try daemon.connect()
        try Self.load(Self.tricky, into: connection)
        for round in 0..<3 {
            try Self.load(["PROJECT CREATE kuaizhao 2024 r\(round) name=轮\(round)"], into: connection)
            #expect(try connection.request("SNAPSHOT").isOK)
        }
        try Self.load(["PROJECT CREATE kuaizhao 2024 after name=之后"], into: connection)
        let before = try Self.everything(connection)
        let last = Int64(Self.tricky.count + 3)
        #expect(Self.files(daemon, "snapshots") == [StateDirectory.snapshotName(at: last)])
        #expect(Self.files(daemon, "journal") == [StateDirectory.segmentName(startingAt: last + 1)])
        #expect(daemon.log.contains("retention removed old journal segments and snapshots"))

        // An online backup is the snapshot and the records after it.
        let file = daemon.scratch.appendingPathComponent("backup.jxj").path
        let run = try ClientRun.jixiao(["backup", file], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            run.output.contains("restore: \(file).jxs as <state>/snapshots/\(StateDirectory.snapshotName(at: last))")
        )

        daemon.stop()
        try daemon.start()
        #expect(try Self.everything(try daemon.connect()) == before)
        let verify = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("retention removed older segments"))

        let restored = try DaemonProcess { state in
            for folder in ["journal", "snapshots"] {
                try FileManager.default.createDirectory(atPath: state + "/" + folder, withIntermediateDirectories: true)
            }
            try FileManager.default.copyItem(
                atPath: file + ".jxs",
                toPath: state + "/snapshots/" + StateDirectory.snapshotName(at: last)
            )
            try FileManager.default.copyItem(
                atPath: file,
                toPath: state + "/journal/" + StateDirectory.segmentName(startingAt: last + 1)
            )
        }
        #expect(try Self.everything(try restored.connect()) == before)
    }

    @Test func jixiaoSnapshotWritesOneAndPrintsWhere() throws {
        let daemon = try DaemonProcess()
        try Self.load(["UNIT CREATE kuaizhao name=快照"], into: try daemon.connect())
        let run = try ClientRun.jixiao(["snapshot"], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("seq=1"), "\(run.output)")
        #expect(Self.files(daemon, "snapshots") == [StateDirectory.snapshotName(at: 1)])
    }

    @Test func aBackupTakenAfterSnapshotsRestoresAsOneSegment() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        try Self.load(Self.tricky, into: connection)
        #expect(try connection.request("SNAPSHOT").isOK)
        try Self.load(["PROJECT CREATE kuaizhao 2024 later name=之后"], into: connection)
        #expect(try connection.request("SNAPSHOT").isOK)
        try Self.load(["PROJECT CREATE kuaizhao 2024 last name=最后"], into: connection)
        let before = try Self.everything(connection)
        let file = daemon.scratch.appendingPathComponent("backup.jxj").path
        let run = try ClientRun.jixiao(["backup", file], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("up to sequence \(Self.tricky.count + 2)"))
        let restored = try DaemonProcess { state in
            try FileManager.default.createDirectory(atPath: state + "/journal", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: file, toPath: state + "/journal/00000000000000000001.jxj")
        }
        #expect(try Self.everything(try restored.connect()) == before)
    }

    @Test func aKill9DuringASnapshotLeavesAStartableDirectory() throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", ExampleDataTests.examples])
        let connection = try daemon.connect()
        try Self.load(Self.tricky, into: connection)
        for index in 0..<300 {
            try Self.load(["PROJECT CREATE kuaizhao 2024 p\(index) name=项目\(index)"], into: connection)
        }
        let before = try Self.everything(connection)
        for round in 0..<8 {
            let socket = daemon.socketPath
            let victim = try #require(daemon.process)
            DispatchQueue.global().async {
                _ = try? ClientConnection(socketPath: socket).request("SNAPSHOT")
            }
            usleep(UInt32(round * 4_000))
            kill(victim.processIdentifier, SIGKILL)
            daemon.stop(signal: SIGKILL)
            try daemon.start()
            #expect(try Self.everything(try daemon.connect()) == before, "round \(round)")
        }
        // What a kill in the middle of a write leaves: a temporary file, removed at start-up.
        let temporary = daemon.stateDirectory + "/snapshots/" + StateDirectory.snapshotName(at: 9_999) + ".tmp"
        try Data("@1 2026-11-23T10:00:00.000Z snapshot 5 00".utf8).write(to: URL(fileURLWithPath: temporary))
        daemon.stop(signal: SIGKILL)
        try daemon.start()
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(daemon.log.contains("removed a snapshot a crash left unfinished"))
        #expect(try Self.everything(try daemon.connect()) == before)
        let run = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func verifyFindsASnapshotThatDisagreesWithTheJournal() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        try Self.load(Self.tricky, into: connection)
        #expect(try connection.request("SNAPSHOT").isOK)
        daemon.stop()
        // A snapshot whose checksums are right but whose model is not the journal's: a unit
        // named otherwise.
        let name = try #require(Self.files(daemon, "snapshots").first)
        let path = daemon.stateDirectory + "/snapshots/" + name
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var records: [JournalRecord] = []
        _ = try JournalScanner.scan(bytes, file: name, expectedSequence: 1) { records.append($0) }
        records[0].lines = records[0].lines.map {
            $0.hasPrefix("UNIT CREATE zhongxin") ? "UNIT CREATE zhongxin name=别的中心" : $0
        }
        try Data(records.flatMap(\.encoded)).write(to: URL(fileURLWithPath: path))

        let run = try ClientRun.jixiaodVerify(daemon.stateDirectory)
        #expect(run.status == 1)
        #expect(run.output.contains("snapshot \(name) does not equal the journal replayed"))
        #expect(run.output.contains("别的中心"))
    }
}
