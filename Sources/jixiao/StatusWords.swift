import JixiaoProtocol

/// The protocol's ASCII status words shown to people in Chinese, and journal times in
/// China time. Only aligned tables use them; TSV and JSON keep the protocol's words.
enum StatusWords {
    /// Column key → protocol word → Chinese.
    static let chinese: [String: [String: String]] = [
        "status": [
            "draft": "草稿", "submitted": "已报送", "reopened": "已退回", "computed": "计算",
            "overridden": "人工评分", "not-applicable": "不适用", "pending": "待定", "missing": "缺项",
        ],
        "severity": ["error": "错误", "warning": "警告", "note": "提示"],
        "action": ["created": "新建", "changed": "修改", "deleted": "删除"],
        "kind": ["expected": "预期目标", "achieved": "实际完成情况"],
        "standard": ["yes": "是", "no": "否"],
        "builtin": ["yes": "是", "no": "否"],
        "not_applicable": ["yes": "是", "no": "否"],
        "level": ["red": "红色预警", "yellow": "黄色预警", "green": "正常"],
        "mode": ["read-write": "读写", "read-only": "只读"],
    ]

    /// A word of a column in the run's language.
    static func word(_ value: String, column: String) -> String {
        guard Language.current == .zh else { return value }
        return chinese[column]?[value] ?? value
    }

    /// A cell for people: status words in Chinese, UTC journal times in China time.
    static func cell(_ value: String, column: String) -> String {
        if column == "time", value.hasSuffix("Z") { return chinaTime(value) }
        return word(value, column: column)
    }

    /// `2026-11-23T15:03:57.123Z` → `2026-11-23 23:03:57` (China Standard Time, UTC+8).
    static func chinaTime(_ utc: String) -> String {
        guard let milliseconds = try? MomentText.milliseconds(parsing: utc, day: .start) else { return utc }
        let local = MomentText.utc(milliseconds + MomentText.chinaOffsetMinutes * 60_000)
        return String(local.prefix(19).map { $0 == "T" ? " " : $0 })
    }
}
