import Foundation
import JixiaoProtocol
import JixiaoReports
import JixiaoWorkbook

/// `jixiao-xlsx`: the workbook filter `jixiao` runs for .xlsx files, kept in a program of its
/// own so that `jixiao` itself starts without Foundation, libxml2 and libxlsxwriter.
///
///     jixiao-xlsx write FILE.xlsx [TITLE]   forms as cells (TSV, TABLE format=cells) on stdin
///     jixiao-xlsx read FILE.xlsx            the workbook's cells as lines on stdout:
///                                           sheet NAME / cell ROW COL TEXT / merge R1 C1 R2 C2
///     jixiao-xlsx --version                 `jixiao-xlsx <version>`
///
/// Fields are tab-separated and escaped as the protocol's TSV rows. Exit codes: 0 done,
/// 64 bad usage, 65 the input is not forms or not a workbook, 74 the file cannot be written.
enum Filter {
    static func fail(_ message: String, _ code: Int32) -> Never {
        FileHandle.standardError.write(Data("jixiao-xlsx: \(message)\n".utf8))
        exit(code)
    }

    static func write(_ path: String, title: String) {
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        var lines = input.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first else { fail("no forms on standard input", 65) }
        let split = { (line: Substring) in
            line.split(separator: "\t", omittingEmptySubsequences: false).map(ReplyEncoder.unescapeTSV)
        }
        let forms: [Form]
        do {
            forms = try FormCells.forms(columns: split(header), rows: lines.dropFirst().map(split))
        } catch {
            fail("\(error)", 65)
        }
        guard !forms.isEmpty else { fail("no forms on standard input", 65) }
        do {
            try WorkbookWriter.write(forms, to: path, title: title)
        } catch {
            fail("\(error)", 74)
        }
    }

    static func read(_ path: String) {
        let sheets: [WorkbookReader.Sheet]
        do {
            sheets = try WorkbookReader.sheets(path: path)
        } catch {
            fail("\(error)", 65)
        }
        var output = ""
        for sheet in sheets {
            output += "sheet\t\(ReplyEncoder.escapeTSV(sheet.name))\n"
            for (position, text) in sheet.cells.sorted(by: { $0.key < $1.key }) {
                output += "cell\t\(position.row)\t\(position.column)\t\(ReplyEncoder.escapeTSV(text))\n"
            }
            for merge in sheet.merges {
                output += "merge\t\(merge.top.row)\t\(merge.top.column)\t\(merge.bottom.row)\t\(merge.bottom.column)\n"
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

let arguments = CommandLine.arguments.dropFirst()
switch (arguments.first, arguments.count) {
case ("write", 2), ("write", 3):
    Filter.write(arguments[arguments.startIndex + 1], title: arguments.count == 3 ? arguments.last! : "绩效自评表")
case ("read", 2):
    Filter.read(arguments.last!)
case ("--version", 1):
    print("jixiao-xlsx \(ProtocolVersion.software)")
default:
    Filter.fail("usage: jixiao-xlsx write FILE.xlsx [TITLE] < cells.tsv | jixiao-xlsx read FILE.xlsx", 64)
}
