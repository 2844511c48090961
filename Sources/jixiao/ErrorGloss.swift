/// What each protocol error code means, in Chinese, shown beside the code (which scripts
/// match) and the daemon's message.
enum ErrorGloss {
    /// Code → a short explanation.
    static let chinese: [String: String] = [
        "SYNTAX": "语法错误", "ENCODING": "编码错误", "LINE_TOO_LONG": "行太长", "UNKNOWN_COMMAND": "没有这个命令",
        "ARITY": "参数个数不对", "BAD_ARGUMENT": "参数有误", "BAD_VALUE": "取值有误", "BAD_MONEY": "金额有误",
        "OUT_OF_RANGE": "超出范围", "NOT_FOUND": "未找到", "EXISTS": "已存在", "NOT_EMPTY": "仍有内容或正被使用",
        "DENIED": "无权限", "CONFLICT": "他人已修改", "LOCKED": "已报送锁定", "LIMIT": "超出限制",
        "TRANSACTION": "事务错误", "STORAGE": "存储故障，未作修改", "INTERNAL": "守护进程内部错误",
    ]

    /// Why a line was not sent (``JixiaoClient/ClientConnection/refusal(of:)``), in Chinese.
    static func notARequest(_ why: String) -> String {
        if why.contains("line break") { return "这一行含有换行符，会变成不止一条请求" }
        if why.contains("blank") { return "这是空行，守护进程不会应答空行" }
        if why.contains("comment") { return "这是 # 注释，守护进程不会应答注释" }
        return why
    }
}
