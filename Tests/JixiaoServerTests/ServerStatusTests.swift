import JixiaoProtocol
import JixiaoServer
import Testing

@Suite struct ServerStatusTests {
    private func status(units: Int, sequence: Int64, connections: Int) -> ServerStatus {
        ServerStatus(
            version: "0.1.0",
            uptimeSeconds: 75,
            units: units,
            journalSequence: sequence,
            journalBytes: 4096,
            connections: connections,
            lastSnapshot: nil
        )
    }

    @Test func theTableHasEveryKeyInOrder() {
        #expect(
            status(units: 5, sequence: 312, connections: 2).table
                == RowTable(
                    columns: ["key", "value"],
                    rows: [
                        ["version", "0.1.0"], ["uptime_s", "75"], ["units", "5"], ["journal_seq", "312"],
                        ["journal_bytes", "4096"], ["connections", "2"], ["last_snapshot", "none"],
                        ["mode", "read-write"], ["storage_fault", "none"], ["journal_syncs", "0"],
                    ]
                )
        )
    }

    @Test func theSummaryIsOneLineForSystemctlStatus() {
        #expect(status(units: 5, sequence: 312, connections: 2).summary == "5 units, 312 records, 2 connections")
        #expect(status(units: 1, sequence: 1, connections: 1).summary == "1 unit, 1 record, 1 connection")
        #expect(status(units: 0, sequence: 0, connections: 0).summary == "0 units, 0 records, 0 connections")
    }
}
