import CXlsxWriter
public import JixiaoReports

/// Writes forms as one .xlsx workbook through libxlsxwriter, one sheet per form laid out as
/// the template: the title and subtitle centred over the table, the preamble, the grid with
/// its merged cells and thin borders, figures as numbers (``CellContent``), the notes and the
/// signature line under it; column widths from the form, row heights for the wrapped text,
/// A4 at one page wide with the heading rows repeated and the page number in the footer.
public enum WorkbookWriter {
    /// A workbook that could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// libxlsxwriter's reason.
        public let reason: String

        public var description: String { reason }
    }

    /// Writes `forms` to `path`, replacing the file.
    /// - Parameters:
    ///   - forms: the forms, one sheet each.
    ///   - path: the .xlsx file.
    ///   - title: the workbook's title property.
    /// - Throws: ``Failure`` when the file cannot be written.
    public static func write(_ forms: [Form], to path: String, title: String) throws(Failure) {
        guard let workbook = workbook_new(path) else {
            throw Failure(reason: "cannot create \(path)")
        }
        var formats = FormatCache(workbook)
        let names = SheetNames.names(forms)
        for (form, name) in zip(forms, names) {
            guard let sheet = workbook_add_worksheet(workbook, name) else {
                _ = workbook_close(workbook)
                throw Failure(reason: "cannot add sheet \(name)")
            }
            SheetLayout(form: form, sheet: sheet).write(&formats)
        }
        title.withCString { titleText in
            "Jixiao".withCString { author in
                var properties = lxw_doc_properties()
                properties.title = UnsafeMutablePointer(mutating: titleText)
                properties.author = UnsafeMutablePointer(mutating: author)
                _ = workbook_set_properties(workbook, &properties)
            }
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw Failure(reason: "cannot write \(path): \(String(cString: lxw_strerror(result)))")
        }
    }
}
