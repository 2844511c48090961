public import JixiaoClient

extension ReceivedReply {
    /// The rows as column key → value (TSV replies).
    public var records: [[String: String]] {
        cells.map { cells in
            var record: [String: String] = [:]
            for (index, column) in columns.enumerated() where index < cells.count { record[column] = cells[index] }
            return record
        }
    }

    /// The first row, or an empty one.
    public var first: [String: String] { records.first ?? [:] }

    /// A word of the status line (`seq` of `OK seq=12 id=3`).
    public func statusWord(_ key: String) -> String? {
        statusLine.split(separator: " ").first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
    }

    /// The error's code and message, with the code said in Chinese for the page.
    public var refusal: (code: String, label: String, message: String)? {
        guard let error else { return nil }
        return (error.code, Self.label(of: error.code), error.message)
    }

    /// An error code in words a finance officer reads.
    public static func label(of code: String) -> String {
        switch code {
        case "DENIED": "没有权限"
        case "LOCKED": "该年度已提交锁定"
        case "SUBMIT_BLOCKED": "检查发现错误，尚不能提交"
        case "CONFLICT": "数据已被他人修改，请刷新后重试"
        case "BAD_VALUE": "数值不正确"
        case "BAD_MONEY": "金额格式不正确"
        case "BAD_ARGUMENT": "缺少或多余的项目"
        case "NOT_FOUND": "对象不存在"
        case "EXISTS": "对象已存在"
        case "NOT_EMPTY": "对象仍有内容，不能删除"
        case "LIMIT": "超出系统限制"
        case "STORAGE": "数据无法保存（服务器存储故障）"
        default: "请求被拒绝"
        }
    }
}
