#if canImport(Glibc)
import Glibc
#endif

/// A file an operator imports, read into sheet tables whatever it is: an .xlsx workbook
/// (through ``WorkbookFilter``), or delimited text — CSV or a tab-separated paste, in UTF-8,
/// UTF-16 or GBK/GB18030 (``TextDecoding``). An old binary .xls is refused with what to do.
public enum SpreadsheetFile {
    /// A file that cannot be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// Why, in Chinese.
        public let reason: String

        public var description: String { reason }
    }

    /// The file's sheets: each sheet of a workbook, or the one table of a text file.
    /// - Throws: ``Failure``.
    public static func tables(path: String) throws(Failure) -> [SheetTable] {
        let bytes = try read(path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let output: [UInt8]
            do {
                output = try WorkbookFilter.run(["read", path])
            } catch {
                throw Failure(reason: "\(name)：读不出这个工作簿（\(error)）")
            }
            do {
                return try WorkbookCells.sheets(String(decoding: output, as: UTF8.self))
            } catch {
                throw Failure(reason: "\(name)：\(error)")
            }
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Failure(
                reason: "\(name) 是旧的 Excel 97-2003 (.xls) 文件：请在 Excel/WPS 中另存为「Excel 工作簿 (*.xlsx)」或「CSV UTF-8」后再导入"
            )
        }
        let text: String
        do {
            text = try TextDecoding.decode(bytes).text
        } catch {
            throw Failure(reason: "\(name)：\(error)")
        }
        do {
            return [try SheetTable.delimited(text, name: name)]
        } catch {
            throw Failure(reason: "\(name)：第\(error.row)行第\(error.column)列：\(error.reason)")
        }
    }

    /// The sheet to import: the one named, else the only sheet with the table's header, else
    /// the one among those whose title rows name the expenditure (`（peixun）`, as Jixiao's
    /// 绩效指标表 does).
    /// - Throws: ``Failure`` naming the sheets to choose from.
    public static func choose(
        _ tables: [SheetTable],
        sheet: String?,
        owner: String,
        hasHeader: (SheetTable) -> Int?
    ) throws(Failure) -> SheetTable {
        if let sheet {
            guard let found = tables.first(where: { $0.name == sheet }) else {
                throw Failure(reason: "工作簿里没有「\(sheet)」表；有：\(tables.map(\.name).joined(separator: "、"))")
            }
            return found
        }
        if tables.count == 1 { return tables[0] }
        let candidates = tables.compactMap { table in hasHeader(table).map { (table, $0) } }
        if candidates.count == 1 { return candidates[0].0 }
        let tagged = candidates.filter { table, header in
            table.rows.prefix(header).contains { $0.cells.contains { $0.contains("（\(owner)）") } }
        }
        if tagged.count == 1 { return tagged[0].0 }
        let names = (candidates.isEmpty ? tables : candidates.map(\.0)).map(\.name)
        throw Failure(reason: "请用 --sheet 指定要导入的表：\(names.joined(separator: "、"))")
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        guard let handle = fopen(path, "rb") else {
            throw Failure(reason: "打不开 \(path)：\(String(cString: strerror(errno)))")
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, handle)
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return bytes
    }
}
