import Foundation
import JixiaoClient
import Testing

/// An exported 自评表 as LibreOffice prints it: `soffice --headless --convert-to pdf`, then
/// `pdftoppm -png`. `scripts/setup.sh` installs both; `make docs` copies the PNG into docs/.
@Suite struct WorkbookRenderingTests {
    @discardableResult
    private func run(_ program: String, _ arguments: [String], output: inout String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func run(_ program: String, _ arguments: [String]) throws -> Int32 {
        var output = ""
        return try run(program, arguments, output: &output)
    }

    @Test func theExportedSelfEvaluationFormPrintsOnOneA4PageInLibreOffice() throws {
        let daemon = try DaemonProcess(arguments: ["--load-if-empty", ScoringCommandTests.fixture])
        let workbook = daemon.scratch.appendingPathComponent("hongjiang-2024-dept.xlsx")
        let export = try ClientRun.jixiao(
            ["table", "hongjiang", "2024", "dept", "--form", "evaluation", "--xlsx", workbook.path],
            socket: daemon.socketPath
        )
        #expect(export.status == 0, "\(export.errors)")
        // A profile of its own, so that a running LibreOffice (or another test) is not used.
        let profile = "file://" + daemon.scratch.appendingPathComponent("lo-profile").path
        let converted = try run(
            "soffice",
            [
                "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf", "--outdir",
                daemon.scratch.path, workbook.path,
            ]
        )
        #expect(converted == 0, "soffice is missing or failed: run scripts/setup.sh")
        let pdf = daemon.scratch.appendingPathComponent("hongjiang-2024-dept.pdf")
        var info = ""
        #expect(try run("pdfinfo", [pdf.path], output: &info) == 0)
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last
        #expect(pages == "1", "one page: \(info)")
        #expect(info.contains("(A4)") && info.contains("595.") && info.contains("x 841."), "A4 upright: \(info)")
        let prefix = daemon.scratch.appendingPathComponent("page").path
        #expect(try run("pdftoppm", ["-png", "-r", "110", "-singlefile", pdf.path, prefix]) == 0)
        let png = daemon.scratch.appendingPathComponent("page.png")
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 910 && height == 1287, "an A4 page at 110 dpi: \(width)×\(height)")
        // A drawn form with 汉字 compresses far worse than a blank page (a few KB).
        #expect(data.count > 60_000, "\(data.count) bytes")
        if let docs = ProcessInfo.processInfo.environment["JIXIAO_DOCS_DIR"], !docs.isEmpty {
            let target = URL(fileURLWithPath: docs).appendingPathComponent("hongjiang-2024-dept-xlsx.png")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: png, to: target)
        }
    }
}
