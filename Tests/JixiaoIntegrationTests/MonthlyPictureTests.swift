import Foundation
import JixiaoClient
import Testing

/// `jixiao monthly --png`: the month-by-month chart as a picture to attach to a report.
@Suite struct MonthlyPictureTests {
    @Test(.enabled(if: TableRenderingTests.chromium != nil, "needs Chromium (scripts/setup.sh)"))
    func theMonthlyChartRendersToAPNGFile() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目 budget_full=120万元",
            "PAYMENT ADD u 2024 p date=2024-01-15 amount=10万元", "PAYMENT ADD u 2024 p date=2024-03-15 amount=30万元",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        let file = daemon.scratch.appendingPathComponent("monthly.png")
        let run = try ClientRun.jixiao(["monthly", "u", "2024", "p", "--png", file.path], socket: daemon.socketPath)
        #expect(run.status == 0, "\(run.errors)")
        let bytes = try Data(contentsOf: file)
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG signature")
        // IHDR: width and height, big-endian, at bytes 16–23.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 640 && height == 360, "\(width)×\(height)")
    }
}
