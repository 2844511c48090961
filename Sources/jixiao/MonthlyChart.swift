import JixiaoClient

/// Charts of cumulative payments against the even pace.
enum MonthlyChart {
    private static func series(
        _ rows: [[String]],
        _ columns: [String]
    ) -> [(month: String, cumulative: Double, pace: Double)] {
        let month = columns.firstIndex(of: "month") ?? 0
        let cumulative = columns.firstIndex(of: "cumulative") ?? 2
        let pace = columns.firstIndex(of: "even_pace") ?? 4
        return rows.map { row in
            (row[month], Double(row[cumulative]) ?? 0, Double(row[pace]) ?? 0)
        }
    }

    /// A bar per month: `█` up to the cumulative payments, `│` where the even pace is.
    static func text(rows: [[String]], columns: [String], unit: String = "万元") -> String {
        let data = series(rows, columns)
        let top = max(data.map(\.cumulative).max() ?? 0, data.map(\.pace).max() ?? 0, 0.01)
        let width = 50
        var text = "月  累计支付(\(unit))  █ 累计支付  │ 序时均衡线\n"
        for point in data {
            let filled = Int((point.cumulative / top * Double(width)).rounded())
            let mark = Int((point.pace / top * Double(width)).rounded())
            var bar = Array(repeating: Character(" "), count: width + 1)
            for index in 0..<min(filled, width + 1) { bar[index] = "█" }
            if mark <= width { bar[mark] = point.cumulative < point.pace ? "│" : bar[mark] }
            let label = point.month.count < 2 ? " " + point.month : point.month
            text += "\(label)  \(String(bar))  \(String(format2(point.cumulative)))\n"
        }
        return text
    }

    private static func format2(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A self-contained SVG line chart a person can attach to a report.
    static func svg(rows: [[String]], columns: [String], title: String, unit: String = "万元") -> String {
        let data = series(rows, columns)
        let top = max(data.map(\.cumulative).max() ?? 0, data.map(\.pace).max() ?? 0, 0.01)
        let width = 640.0
        let height = 360.0
        let left = 60.0
        let bottom = 40.0
        func x(_ index: Int) -> Double { left + Double(index) * (width - left - 20) / 11 }
        func y(_ value: Double) -> Double { height - bottom - value / top * (height - bottom - 40) }
        func path(_ values: [Double]) -> String {
            values.enumerated().map {
                "\($0.offset == 0 ? "M" : "L")\(x($0.offset).rounded()),\(y($0.element).rounded())"
            }
            .joined(separator: " ")
        }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" font-family="sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Int(left))" y="24" font-size="14">\(escape(title)) 累计支付与序时均衡线（\(unit)）</text>
            <line x1="\(Int(left))" y1="\(Int(height - bottom))" x2="\(Int(width - 20))" y2="\(Int(height - bottom))" stroke="black"/>
            <line x1="\(Int(left))" y1="40" x2="\(Int(left))" y2="\(Int(height - bottom))" stroke="black"/>
            <path d="\(path(data.map(\.pace)))" fill="none" stroke="#888" stroke-dasharray="4 3"/>
            <path d="\(path(data.map(\.cumulative)))" fill="none" stroke="#c00" stroke-width="2"/>

            """
        for (index, point) in data.enumerated() {
            svg +=
                "<text x=\"\(Int(x(index)) - 6)\" y=\"\(Int(height - bottom) + 16)\">\(escape(point.month))月</text>\n"
        }
        svg += "<text x=\"4\" y=\"44\">\(format2(top))</text>\n"
        svg += "<text x=\"\(Int(width) - 200)\" y=\"\(Int(height) - 6)\" fill=\"#c00\">— 累计支付</text>"
        svg += "<text x=\"\(Int(width) - 110)\" y=\"\(Int(height) - 6)\" fill=\"#888\">- - 序时均衡线</text>\n</svg>\n"
        return svg
    }

    private static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
