import Hummingbird
import JixiaoClient
import Logging
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#endif

/// The official tables as an Excel workbook (.xlsx), for the officers who finish their work
/// in Excel or WPS: jixiaod answers the forms as cells (`TABLE … format=cells`, exact
/// amounts), and `jixiao-xlsx`, the workbook filter installed beside jixiao-web, lays them out
/// as the templates (merged cells, widths, A4 one page wide) — the same workbook `jixiao
/// export-forms` writes. The filter runs as a child process, so jixiao-web itself links
/// neither libxlsxwriter nor libxml2.
extension WebApp {
    func addWorkbookRoutes(to router: Router<WebContext>) {
        router.get("/y/:unit/:year/table.xlsx", use: page(workbook))
    }

    @Sendable func workbook(_ request: Request, _ context: WebContext, _ visitor: Visitor) async throws -> Response {
        let (unit, year) = try Self.unitYear(context)
        let query = request.uri.queryParameters
        let owner = query["owner"].map(String.init) ?? ""
        let form = query["form"].map(String.init) ?? ""
        var line = ProtocolLine("TABLE").values(unit, year)
        if !owner.isEmpty { line = line.values(owner) }
        line = line.key("format", "cells")
        if ["evaluation", "base", "monitor", "indicators", "payments", "summary", "all"].contains(form) {
            line = line.key("form", form)
        }
        let replies = try await visitor.daemon.ask([line, ProtocolLine("UNIT GET").values(unit)])
        if let refusal = replies[0].refusal {
            return Self.html(
                MessagePage.render(
                    title: "报表",
                    message: refusal.label,
                    detail: refusal.message,
                    person: visitor.person
                ),
                status: .notFound
            )
        }
        let title = "\(replies[1].first["name"] ?? unit)\(year)年度绩效自评表"
        var cells = replies[0].columns.joined(separator: "\t") + "\n"
        for row in replies[0].rowLines { cells += row + "\n" }
        let input = Array(cells.utf8)
        let bytes: [UInt8]
        do {
            bytes = try await NIOThreadPool.singleton.runIfActive { try Self.workbookBytes(input, title: title) }
        } catch {
            logger.error("cannot write the workbook", metadata: ["error": "\(error)"])
            return Self.html(
                MessagePage.render(title: "报表", message: "无法生成 Excel 文件。", detail: "\(error)", person: visitor.person),
                status: .internalServerError
            )
        }
        let name = [unit, year, owner.isEmpty ? nil : owner].compactMap { $0 }.joined(separator: "-") + ".xlsx"
        let shown = "\(title)\(owner.isEmpty ? "" : "-\(owner)").xlsx"
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename=\"\(name)\"; filename*=UTF-8''\(percentEncoded(shown))",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }

    /// The workbook's bytes: the filter writes a private temporary file, read back and removed.
    static func workbookBytes(_ cells: [UInt8], title: String) throws -> [UInt8] {
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        let path = "\(folder)/jixiao-web-\(RandomToken.make()).xlsx"
        defer { unlink(path) }
        _ = try WorkbookFilter.run(["write", path, title], input: cells)
        guard let file = fopen(path, "rb") else {
            throw WorkbookMissing(reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        return bytes
    }
}

/// The filter exited well but left no workbook.
struct WorkbookMissing: Error, CustomStringConvertible {
    let reason: String
    var description: String { "jixiao-xlsx wrote no workbook: \(reason)" }
}
