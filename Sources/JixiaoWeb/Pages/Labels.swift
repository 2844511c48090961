/// Words the pages show for the protocol's values.
enum Labels {
    /// A monitoring level (`MONITOR`'s `level`).
    static func level(_ level: String) -> String {
        switch level {
        case "red": "红色预警"
        case "yellow": "黄色预警"
        case "green": "正常"
        default: level
        }
    }

    /// A checker finding's severity.
    static func severity(_ severity: String) -> String {
        switch severity {
        case "error": "错误"
        case "warning": "提醒"
        default: "提示"
        }
    }

    /// A unit-year's status.
    static func status(_ status: String) -> String {
        switch status {
        case "submitted": "已提交"
        case "reopened": "已重新打开"
        default: "填报中"
        }
    }

    /// A history row's action.
    static func action(_ action: String) -> String {
        switch action {
        case "created": "新增"
        case "changed": "修改"
        case "deleted": "删除"
        default: action
        }
    }

    /// An author as the journal records it: `olga@jixiao-web` is olga, through the web.
    static func author(_ author: String) -> String {
        guard let at = author.firstIndex(of: "@") else { return author }
        return "\(author[..<at])（网页）"
    }

    /// A journal time (UTC, `2026-11-23T15:03:57.123Z`) in China time, to the second.
    static func chinaTime(_ utc: String) -> String {
        guard let milliseconds = try? MomentTextBridge.milliseconds(utc) else { return utc }
        let china = MomentTextBridge.utc(milliseconds + 8 * 3_600_000)
        return String(china.prefix(19)).replacingFirst("T", with: " ")
    }

    /// An amount in 万元 as the daemon prints it, with its unit; empty stays empty.
    static func wan(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return text
    }

    /// A rate as the daemon prints it (`66.62`, `不适用`), with `%` when it is a number.
    static func rate(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return Double(text) == nil ? text : text + "%"
    }
}

extension String {
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let index = firstIndex(of: target) else { return self }
        return String(self[..<index]) + replacement + String(self[index...].dropFirst())
    }
}
