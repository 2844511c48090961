import Foundation
import JixiaoClient
import Testing

/// The HTML tables of 洪江 2024, rendered by a real headless Chromium: to PNG (the image in
/// docs/) and to PDF (A4, one page per form). `scripts/setup.sh` installs Chromium and CJK
/// fonts; `make docs` writes the PNG into docs/.
@Suite(.serialized) struct TableRenderingTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private func render(_ arguments: [String], html: URL, in folder: URL) throws {
        let chromium = try #require(Self.chromium, "Chromium is missing: run scripts/setup.sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            ]
            + arguments + [html.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    private func html(_ arguments: [String], daemon: DaemonProcess, name: String) throws -> URL {
        let run = try ClientRun.jixiao(
            ["table", "hongjiang", "2024"] + arguments + ["--format", "html"],
            socket: daemon.socketPath
        )
        #expect(run.status == 0, "\(run.errors)")
        let file = daemon.scratch.appendingPathComponent(name)
        try run.output.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func theDepartmentTableRendersToAPNGOfAnA4Sheet() throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", ScoringCommandTests.fixture])
        let page = try html(["dept", "--form", "evaluation", "--compare"], daemon: daemon, name: "dept.html")
        let png = daemon.scratch.appendingPathComponent("hongjiang-2024-dept.png")
        try render(["--screenshot=\(png.path)", "--window-size=860,1180"], html: page, in: daemon.scratch)
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 860 && height == 1180)
        // A drawn table with 汉字 compresses far worse than a blank page (a few KB).
        #expect(data.count > 60_000, "\(data.count) bytes")
        if let docs = ProcessInfo.processInfo.environment["JIXIAO_DOCS_DIR"], !docs.isEmpty {
            let target = URL(fileURLWithPath: docs).appendingPathComponent(png.lastPathComponent)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: png, to: target)
        }
    }

    @Test func theYearsTablesPrintAsOneA4PagePerForm() throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", ScoringCommandTests.fixture])
        let page = try html([], daemon: daemon, name: "all.html")
        let pdf = daemon.scratch.appendingPathComponent("hongjiang-2024.pdf")
        try render(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], html: page, in: daemon.scratch)
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        let pages =
            text.components(separatedBy: "/Type /Page\n").count - 1
            + text.components(separatedBy: "/Type /Page/").count - 1
            + text.components(separatedBy: "/Type /Page ").count - 1
            + text.components(separatedBy: "/Type/Page/").count - 1 + text.components(separatedBy: "/Type/Page\n").count
            - 1
        #expect(pages == 5, "基础数据表, 部门整体支出绩效自评表 and three 项目支出绩效自评表")
        // A4 is 595.28 × 841.89 points.
        #expect(text.contains("/MediaBox [0 0 594.95996 841.91998]") || text.contains("/MediaBox [0 0 595"))
    }
}
