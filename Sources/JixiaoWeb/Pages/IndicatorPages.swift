/// An expenditure's indicator table (三级指标) as an editable grid, and one indicator's form
/// for what is entered at the year's end (actual value, deviation reason, completion, the
/// operator's score within its band).
struct IndicatorPages {
    var unit: String
    var year: String
    var unitName: String
    var owner: String
    var ownerName: String
    var owners: [(String, String)]
    var indicators: [[String: String]]
    var scores: [[String: String]]
    var mayEdit: Bool
    var person: Layout.Person
    var flash: Flash?

    var base: String { "/y/\(unit)/\(year)" }

    /// The columns the grid edits, with their headings (the official ones).
    static let gridFields = [
        ("level1", "一级指标"), ("level2", "二级指标"), ("name", "三级指标"), ("target", "年度指标值"), ("weight", "分值"),
        ("actual", "实际完成值"), ("deviation", "偏差原因分析及改进措施"),
    ]

    /// The fields one indicator's form edits.
    static let formFields = [
        "actual", "deviation", "completion", "override_score", "override_reason", "not_applicable",
    ]

    private func layout(_ title: String) -> Layout {
        Layout(title: title, person: person, trail: [("单位年度", "/years"), ("\(unitName) \(year)年度", base), (title, "")])
    }

    private func score(_ code: String) -> [String: String] {
        scores.first { $0["line"] == "indicator" && $0["code"] == code } ?? [:]
    }

    func grid() -> HTML {
        let ownerOptions = owners.map { code, name -> HTML in
            "<option value=\"\(code)\"\(code == owner ? " selected" : "")>\(name)</option>"
        }
        let rows = indicators.map { indicator -> HTML in
            let code = indicator["code"] ?? ""
            let cells = Self.gridFields.map { field, _ -> HTML in
                let value = indicator[field] ?? ""
                let input: HTML =
                    !mayEdit
                    ? "\(value)"
                    : field == "deviation" || field == "name"
                        ? "<textarea name=\"\(field).\(code)\" rows=\"2\">\(value)</textarea>"
                        : "<input type=\"text\" name=\"\(field).\(code)\" value=\"\(value)\" size=\"\(field == "weight" ? 4 : 10)\">"
                return "<td>\(input)<input type=\"hidden\" name=\"was.\(field).\(code)\" value=\"\(value)\"></td>"
            }
            let result = score(code)
            return """
                <tr data-code="\(code)"><td><a href="\(base)/indicator/\(owner)/\(code)">\(code)</a><input type="hidden" name="rev.\(code)" value="\(indicator["revision"] ?? "")"></td>
                \(cells)<td class="num">\(result["final_score"] ?? "")</td><td>\(result["status"].map(statusLabel) ?? "")</td></tr>
                """
        }
        let newRow: HTML =
            mayEdit
            ? """
            <tr class="new"><td><input type="text" name="new.code" placeholder="新编码" size="8"></td>
            \(Self.gridFields.map { field, _ -> HTML in "<td><input type=\"text\" name=\"new.\(field)\" size=\"\(field == "weight" ? 4 : 10)\"></td>" })<td></td><td></td></tr>
            """ : .empty
        let headings = Self.gridFields.map { _, heading -> HTML in "<th>\(heading)</th>" }
        return layout("指标表").page(
            """
            <h1>绩效指标表<small>\(ownerName)</small></h1>
            <form method="get" action="\(base)/indicators" class="no-print actions">支出 <select name="owner" data-submit>\(ownerOptions)</select>
            <a class="button" href="\(base)/table?owner=\(owner)&amp;form=evaluation">打印自评表</a></form>
            \(FindingsView.flash(flash, unit: unit, year: year))
            <section class="panel">
            <form method="post" action="\(base)/indicators?owner=\(owner)">
            \(csrfField(person.csrfToken))
            <table class="data grid">
            <thead><tr><th>编码</th>\(headings)<th class="num">得分</th><th>评分</th></tr></thead>
            <tbody>\(rows)\(newRow)</tbody>
            </table>
            \(mayEdit ? "<p><button type=\"submit\" class=\"primary\">保存修改</button> <span class=\"muted\">只保存改动的行；全部修改一次提交，任何一行被拒绝则都不保存。</span></p>" as HTML : "<p class=\"muted\">只读：您的角色不能修改指标。</p>" as HTML)
            </form>
            </section>
            """
        )
    }

    func form(_ indicator: [String: String]) -> HTML {
        let code = indicator["code"] ?? ""
        let completion = indicator["completion"] ?? ""
        let completions = ["", "达成", "部分达成", "未达成"].map { value -> HTML in
            "<option value=\"\(value)\"\(value == completion ? " selected" : "")>\(value.isEmpty ? "（按实际值自动判断）" : value)</option>"
        }
        let result = score(code)
        return layout("指标 \(code)").page(
            """
            <h1>\(indicator["name"] ?? code)<small>\(ownerName) · \(indicator["level1"] ?? "") / \(indicator["level2"] ?? "")</small></h1>
            \(FindingsView.flash(flash, unit: unit, year: year))
            <section class="panel">
            <table class="data"><tbody>
            <tr><th>年度指标值</th><td>\(indicator["target"] ?? "")</td><th>分值</th><td class="num">\(indicator["weight"] ?? "")</td></tr>
            <tr><th>计算得分</th><td class="num">\(result["computed_score"] ?? "")</td><th>最终得分</th><td class="num" id="final-score">\(result["final_score"] ?? "")</td></tr>
            <tr><th>评分过程</th><td colspan="3">\(result["arithmetic"] ?? "")</td></tr>
            </tbody></table>
            </section>
            <section class="panel">
            <form method="post" action="\(base)/indicator/\(owner)/\(code)" class="entry">
            \(csrfField(person.csrfToken))
            <input type="hidden" name="rev" value="\(indicator["revision"] ?? "")">
            \(Self.formFields.map { field -> HTML in "<input type=\"hidden\" name=\"was.\(field)\" value=\"\(indicator[field] ?? "")\">" })
            <label for="actual">实际完成值</label><input type="text" name="actual" id="actual" value="\(indicator["actual"] ?? "")" placeholder="如 96% 或 18次">
            <label for="deviation">偏差原因分析及改进措施</label><textarea name="deviation" id="deviation">\(indicator["deviation"] ?? "")</textarea>
            <label for="completion">完成情况</label><select name="completion" id="completion">\(completions)</select>
            <label for="override_score">人工评分</label><input type="text" name="override_score" id="override_score" value="\(indicator["override_score"] ?? "")" placeholder="须在完成情况对应的分数段内">
            <label for="override_reason">人工评分理由</label><input type="text" name="override_reason" id="override_reason" value="\(indicator["override_reason"] ?? "")">
            <label for="not_applicable">不适用</label><div><input type="checkbox" name="not_applicable" id="not_applicable" value="yes"\(indicator["not_applicable"] == "yes" ? " checked" : "")> 本指标不适用（不计分，总分按比例折算）</div>
            <span></span><div>\(mayEdit ? "<button type=\"submit\" class=\"primary\">保存</button>" as HTML : "<span class=\"muted\">只读</span>" as HTML) <a class="button" href="\(base)/indicators?owner=\(owner)">返回指标表</a>
            <a class="button" href="\(base)/history?path=\(unit)/\(year)/\(owner)/indicator/\(code)">历史</a></div>
            </form>
            </section>
            """
        )
    }
}

private func statusLabel(_ status: String) -> String {
    switch status {
    case "computed": "自动"
    case "overridden": "人工"
    case "not-applicable": "不适用"
    case "pending": "待评"
    case "missing": "缺项"
    default: status
    }
}
