public import JixiaoReports

/// Sheet tab names for forms: short Chinese names (基础数据表, 部门整体支出自评表,
/// 项目自评表-<项目名称>, 绩效运行监控表, 指标表-<名称>, 支付明细-<名称>) within Excel's 31 characters, without
/// the characters it forbids (`[]:*?/\`), and unique within the workbook.
public enum SheetNames {
    /// Excel's limit on a sheet name's length.
    static let maximumLength = 31

    /// One name per form, in order.
    public static func names(_ forms: [Form]) -> [String] {
        var used: Set<String> = []
        return forms.map { form in
            let base = clean(name(form))
            var name = base
            var number = 2
            while used.contains(name) {
                let suffix = "(\(number))"
                name = String(base.prefix(maximumLength - suffix.count)) + suffix
                number += 1
            }
            used.insert(name)
            return name
        }
    }

    static func name(_ form: Form) -> String {
        let what = form.name ?? form.owner
        switch form.kind {
        case .base: return "基础数据表"
        case .department: return "部门整体支出自评表"
        case .project: return "项目自评表-\(what)"
        case .monitor: return "绩效运行监控表"
        case .indicators: return "指标表-\(form.owner == "dept" ? "部门整体" : what)"
        case .payments: return "支付明细-\(form.owner == "dept" ? "部门整体" : what)"
        case .summary: return "绩效自评结果汇总表"
        }
    }

    static func clean(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let cleaned = String(name.map { forbidden.contains($0) ? "_" : $0 })
        return String(cleaned.prefix(maximumLength))
    }
}
