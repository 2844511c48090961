/// The checker's findings as a table (the columns of `CHECK RUN`).
enum FindingsView {
    static func table(_ findings: [[String: String]], unit: String, year: String) -> HTML {
        guard !findings.isEmpty else { return "<p class=\"muted\">未发现问题。</p>" }
        let rows = findings.map { finding -> HTML in
            let severity = finding["severity"] ?? ""
            let object = finding["object"] ?? ""
            return """
                <tr><td><span class="severity severity-\(severity)">\(Labels.severity(severity))</span></td>
                <td>\(finding["message"] ?? "")</td>
                <td class="num">\(finding["reported"] ?? "")</td><td class="num">\(finding["computed"] ?? "")</td>
                <td><a href="/y/\(unit)/\(year)/history?path=\(percentEncoded(object))">\(object)</a></td></tr>
                """
        }
        return """
            <table class="data findings">
            <thead><tr><th>级别</th><th>问题</th><th class="num">填报/印制</th><th class="num">计算</th><th>对象（查看历史）</th></tr></thead>
            <tbody>\(rows)</tbody>
            </table>
            """
    }

    /// The box shown once after a change: what the daemon said, and the findings about the
    /// changed object that its reply carried.
    static func flash(_ flash: Flash?, unit: String, year: String) -> HTML {
        guard let flash else { return .empty }
        let findings: HTML =
            flash.findings.isEmpty
            ? (flash.succeeded ? "<div class=\"muted\">审核：该对象未发现问题。</div>" : .empty)
            : "<div>审核发现该对象有以下问题：</div>\(table(flash.findings, unit: unit, year: year))"
        return """
            <div class="flash \(flash.succeeded ? "ok" : "refused")" id="flash"><strong>\(flash.message)</strong>\(findings)</div>
            """
    }
}

/// Text made safe for a URL's query value.
func percentEncoded(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
        let isSafe =
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "/")
        if isSafe {
            result.unicodeScalars.append(Unicode.Scalar(byte))
        } else {
            let hex = String(byte, radix: 16, uppercase: true)
            result += "%" + (hex.count == 1 ? "0" : "") + hex
        }
    }
    return result
}
