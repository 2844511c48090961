import CXlsxWriter

/// The workbook's cell formats, made once per style (libxlsxwriter keeps every format it is
/// given until the workbook closes).
struct FormatCache {
    /// What a cell is, for its look.
    enum Style: Hashable {
        /// The form's heading: 黑体, 16 pt, centred.
        case title
        /// The line under it: centred.
        case subtitle
        /// 填报单位：… above the table, at the left.
        case preamble
        /// A heading cell of the grid: centred, bordered.
        case heading
        /// A row label of a list of lines (the 基础数据表's 经费 rows): at the left, indented by
        /// its level, bordered.
        case label(indent: Int)
        /// Entered text: at the left, wrapped, bordered.
        case text
        /// A figure: centred as the templates print them, bordered, with its number format.
        case number(String)
        /// Notes and the signature line under the table: small, wrapped, no border.
        case note
    }

    /// The body font, as the templates print it.
    static let bodyFont = "宋体"
    /// The title font.
    static let titleFont = "黑体"
    /// The body size in points.
    static let bodySize = 10.0

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var made: [Style: UnsafeMutablePointer<lxw_format>] = [:]

    init(_ workbook: UnsafeMutablePointer<lxw_workbook>) { self.workbook = workbook }

    /// The format of a style.
    mutating func format(_ style: Style) -> UnsafeMutablePointer<lxw_format>? {
        if let found = made[style] { return found }
        guard let format = workbook_add_format(workbook) else { return nil }
        format_set_font_name(format, Self.bodyFont)
        format_set_font_size(format, Self.bodySize)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        switch style {
        case .title:
            format_set_font_name(format, Self.titleFont)
            format_set_font_size(format, 16)
            format_set_bold(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .subtitle:
            format_set_font_size(format, 11)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .preamble:
            format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .heading:
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
            format_set_text_wrap(format)
        case .label(let indent):
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
            format_set_indent(format, UInt8(clamping: indent))
            format_set_text_wrap(format)
        case .text:
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
            format_set_text_wrap(format)
        case .number(let numberFormat):
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
            format_set_num_format(format, numberFormat)
        case .note:
            format_set_font_size(format, 9)
            format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
            format_set_text_wrap(format)
        }
        made[style] = format
        return format
    }
}
