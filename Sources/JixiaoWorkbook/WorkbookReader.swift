import Foundation
import SWXMLHash
import ZIPFoundation

/// Reads the sheets of an .xlsx workbook (Office Open XML: a zip of XML parts) as cells, as
/// a person sees them: shared and inline strings, numbers in the shortest form that reads
/// back (`1234.56`, `5`), percent-formatted numbers as percentages (`95%`), date-formatted
/// numbers as dates (`2024-03-15`), and each sheet's merged ranges.
public enum WorkbookReader {
    /// A workbook that cannot be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        public let reason: String

        public var description: String { reason }
    }

    /// One sheet.
    public struct Sheet: Sendable, Equatable {
        /// The sheet's tab name.
        public var name: String
        /// The cells that hold something, by 1-based row and column.
        public var cells: [Position: String] = [:]
        /// The merged ranges, each by its top-left and bottom-right position.
        public var merges: [(top: Position, bottom: Position)] = []

        public static func == (lhs: Sheet, rhs: Sheet) -> Bool {
            lhs.name == rhs.name && lhs.cells == rhs.cells
                && lhs.merges.map { [$0.top, $0.bottom] } == rhs.merges.map { [$0.top, $0.bottom] }
        }
    }

    /// A 1-based row and column.
    public struct Position: Sendable, Hashable, Comparable {
        /// The row as the spreadsheet numbers it.
        public var row: Int
        /// The column: 1 is A.
        public var column: Int

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.row, lhs.column) < (rhs.row, rhs.column)
        }

        /// Reads `B12`.
        init?(reference: String) {
            var column = 0
            var digits = ""
            for character in reference.uppercased() {
                if let ascii = character.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                    column = column * 26 + Int(ascii - 64)
                } else if character.isASCII, character.isNumber {
                    digits.append(character)
                } else if character != "$" {
                    return nil
                }
            }
            guard column > 0, let row = Int(digits), row > 0 else { return nil }
            self.row = row
            self.column = column
        }

        init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// The sheets of the workbook at `path`, in tab order.
    /// - Throws: ``Failure`` for a file that is not an .xlsx workbook.
    public static func sheets(path: String) throws(Failure) -> [Sheet] {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Failure(reason: "\(path) is not an .xlsx workbook (not a zip file); save it as Excel 工作簿 (*.xlsx)")
        }
        func part(_ name: String) throws(Failure) -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry) { data.append($0) }
            } catch {
                throw Failure(reason: "\(path): cannot unpack \(name): \(error)")
            }
            return data
        }
        guard let workbookXML = try part("xl/workbook.xml") else {
            throw Failure(reason: "\(path) is a zip file but not an .xlsx workbook (no xl/workbook.xml)")
        }
        let strings = try part("xl/sharedStrings.xml").map(sharedStrings) ?? []
        let styles = try part("xl/styles.xml").map(CellStyles.init) ?? CellStyles()
        let targets = try part("xl/_rels/workbook.xml.rels").map(relationships) ?? [:]
        var sheets: [Sheet] = []
        for entry in parse(workbookXML)["workbook"]["sheets"]["sheet"].all {
            guard let element = entry.element, let name = element.attribute(by: "name")?.text else { continue }
            let id = element.allAttributes.first { $0.key.hasSuffix("id") && $0.key != "sheetId" }?.value.text
            guard let id, let target = targets[id] else {
                throw Failure(reason: "\(path): sheet \(name) has no part")
            }
            let partName = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let data = try part(partName) else { throw Failure(reason: "\(path): sheet \(name) is missing") }
            sheets.append(try sheet(name, parse(data), strings: strings, styles: styles))
        }
        return sheets
    }

    static func parse(_ data: Data) -> XMLIndexer {
        XMLHash.config { $0.shouldProcessNamespaces = true }.parse(data)
    }

    /// `xl/sharedStrings.xml`: each `<si>`'s text, rich-text runs joined, phonetic runs left out.
    static func sharedStrings(_ data: Data) -> [String] {
        parse(data)["sst"]["si"].all.map { text(of: $0) }
    }

    /// The text of a string item: its `<t>`, or its runs' `<t>`s.
    static func text(of item: XMLIndexer) -> String {
        var text = ""
        for child in item.children {
            guard let element = child.element else { continue }
            switch element.name {
            case "t": text += element.text
            case "r": text += child["t"].all.compactMap { $0.element?.text }.joined()
            default: continue
            }
        }
        return text
    }

    /// `workbook.xml.rels`: relationship id → part path.
    static func relationships(_ data: Data) -> [String: String] {
        var targets: [String: String] = [:]
        for relationship in parse(data)["Relationships"]["Relationship"].all {
            guard let element = relationship.element, let id = element.attribute(by: "Id")?.text,
                let target = element.attribute(by: "Target")?.text
            else { continue }
            targets[id] = target
        }
        return targets
    }

    static func sheet(_ name: String, _ xml: XMLIndexer, strings: [String], styles: CellStyles) throws(Failure) -> Sheet
    {
        var sheet = Sheet(name: name)
        let worksheet = xml["worksheet"]
        for row in worksheet["sheetData"]["row"].all {
            let rowNumber = row.element?.attribute(by: "r").flatMap { Int($0.text) }
            var nextColumn = 1
            for cell in row["c"].all {
                guard let element = cell.element else { continue }
                let position: Position
                if let reference = element.attribute(by: "r")?.text, let found = Position(reference: reference) {
                    position = found
                } else if let rowNumber {
                    position = Position(row: rowNumber, column: nextColumn)
                } else {
                    throw Failure(reason: "sheet \(name): a cell without a reference")
                }
                nextColumn = position.column + 1
                let kind = element.attribute(by: "t")?.text ?? "n"
                let value = cell["v"].element?.text
                let text: String?
                switch kind {
                case "s": text = value.flatMap(Int.init).flatMap { $0 < strings.count ? strings[$0] : nil }
                case "inlineStr": text = self.text(of: cell["is"])
                case "str", "e": text = value
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                default:
                    let style = element.attribute(by: "s").flatMap { Int($0.text) } ?? 0
                    text = value.map { styles.display($0, style: style) }
                }
                if let text, !text.isEmpty { sheet.cells[position] = text }
            }
        }
        for merge in worksheet["mergeCells"]["mergeCell"].all {
            guard let reference = merge.element?.attribute(by: "ref")?.text else { continue }
            let ends = reference.split(separator: ":").map(String.init)
            guard ends.count == 2, let top = Position(reference: ends[0]), let bottom = Position(reference: ends[1])
            else { continue }
            sheet.merges.append((top, bottom))
        }
        return sheet
    }
}
