/// The month chart of a budget's execution (`MONTHLY`): for each month the payments
/// cumulated (light bars) and made that month (dark bars), against the even pace of the
/// budget × month ÷ 12 (dashed line), drawn as inline SVG by the server. The figures are
/// the daemon's; the geometry only places them.
enum MonthChart {
    static func render(_ months: [[String: String]], budget: String) -> HTML {
        guard months.count == 12 else { return "<p class=\"muted\">没有月度数据。</p>" }
        let width = 720.0
        let height = 240.0
        let left = 56.0
        let bottom = 26.0
        let top = 12.0
        let plotHeight = height - bottom - top
        let step = (width - left - 10) / 12
        let number = { (text: String?) in Double(text ?? "") ?? 0 }
        let highest =
            max(
                months.map { number($0["cumulative"]) }.max() ?? 0,
                months.map { number($0["even_pace"]) }.max() ?? 0,
                number(budget),
                0.01
            ) * 1.08
        let y = { (value: Double) in top + plotHeight * (1 - value / highest) }
        var shapes: [HTML] = []
        for fraction in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let value = highest / 1.08 * fraction
            let at = format(y(value))
            shapes.append(
                """
                <line class="axis" x1="\(format(left))" y1="\(at)" x2="\(format(width - 10))" y2="\(at)" stroke-opacity=".35"/>
                <text x="\(format(left - 6))" y="\(format(y(value) + 4))" text-anchor="end">\(format(value))</text>
                """
            )
        }
        var pace: [String] = []
        for (index, month) in months.enumerated() {
            let x = left + step * Double(index)
            let cumulative = number(month["cumulative"])
            let paid = number(month["paid"])
            shapes.append(
                """
                <rect class="bar-paid" x="\(format(x + step * 0.15))" y="\(format(y(cumulative)))" width="\(format(step * 0.7))" height="\(format(max(0, y(0) - y(cumulative))))"><title>\(index + 1)月累计支付 \(month["cumulative"] ?? "")万元，执行率\(Labels.rate(month["cumulative_rate"]))</title></rect>
                <rect class="bar-month" x="\(format(x + step * 0.35))" y="\(format(y(paid)))" width="\(format(step * 0.3))" height="\(format(max(0, y(0) - y(paid))))"><title>\(index + 1)月支付 \(month["paid"] ?? "")万元</title></rect>
                <text x="\(format(x + step / 2))" y="\(format(height - 8))" text-anchor="middle">\(index + 1)月</text>
                """
            )
            pace.append("\(format(x + step / 2)),\(format(y(number(month["even_pace"]))))")
        }
        return """
            <div class="chart">
            <svg viewBox="0 0 \(format(width)) \(format(height))" role="img" aria-label="月度执行进度图">
            <line class="axis" x1="\(format(left))" y1="\(format(y(0)))" x2="\(format(width - 10))" y2="\(format(y(0)))"/>
            \(shapes)
            <polyline class="pace" points="\(pace.joined(separator: " "))"/>
            </svg>
            <div class="legend"><span><i class="key-paid"></i>累计支付(万元)</span><span><i class="key-month"></i>当月支付</span><span><i class="key-pace"></i>序时进度（预算×月份÷12）</span></div>
            </div>
            """
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
