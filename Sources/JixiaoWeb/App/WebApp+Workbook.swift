import Foundation
import Hummingbird
import JixiaoClient
import JixiaoReports
import JixiaoWorkbook
import Logging
import NIOCore

/// The official tables as an Excel workbook (.xlsx), for the officers who finish their work
/// in Excel or WPS: jixiaod answers the forms as cells (`TABLE … format=cells`, exact
/// amounts), and the workbook module lays them out as the templates (merged cells, widths, A4
/// one page wide), the same workbook `jixiao export-forms` writes.
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
        if ["evaluation", "base", "monitor", "indicators", "payments", "all"].contains(form) {
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
        let unitName = replies[1].first["name"] ?? unit
        let title = "\(unitName)\(year)年度绩效自评表"
        let bytes: Data
        do {
            let forms = try FormCells.forms(columns: replies[0].columns, rows: replies[0].cells)
            bytes = try Self.workbookBytes(forms, title: title)
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

    /// The workbook's bytes: written to a private temporary file (the writer writes files),
    /// read back and removed.
    static func workbookBytes(_ forms: [Form], title: String) throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jixiao-web-\(RandomToken.make()).xlsx"
        )
        .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try WorkbookWriter.write(forms, to: path, title: title)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
