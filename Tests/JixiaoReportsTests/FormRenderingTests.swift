import Foundation
import JixiaoCore
import JixiaoReports
import Testing

/// The official forms drawn for a terminal, CSV, JSON, HTML and Markdown, in the templates'
/// layout: official headings, row order, merged cells shown once.
@Suite struct FormRenderingTests {
    private func forms() throws -> [Form] { try Seed002.forms().forms(owner: nil, base: nil) }

    @Test func theYearHasItsFiveFormsInOrder() throws {
        let forms = try forms()
        #expect(forms.map(\.kind) == [.base, .department, .project, .project, .project])
        #expect(
            forms.map(\.title) == [
                "2024年度洪江市医疗保障局部门整体支出绩效评价", "部门整体支出绩效自评表（2024年度）", "项目支出绩效自评表", "项目支出绩效自评表", "项目支出绩效自评表",
            ]
        )
        let only = try Seed002.forms().forms(owner: .department, base: true)
        #expect(only.map(\.kind) == [.base])
    }

    @Test func theHeadingsComeInTheTemplatesRowOrder() throws {
        let dept = try forms()[1]
        let headings = dept.cells.filter { $0.role == .heading }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
            .map(\.text)
        let order = [
            "预算部门名称", "年度预算申请（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额",
            "年度总体目标", "预期目标", "实际完成情况", "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施", "产出指标（50分）", "数量指标（20分）",
        ]
        var position = 0
        for heading in order {
            guard let found = headings[position...].firstIndex(of: heading) else {
                Issue.record("\(heading) missing or out of order")
                return
            }
            position = found + 1
        }
        #expect(headings.last == "总分")
        let base = try forms()[0]
        #expect(base.cells.first?.text == "财政供养人员情况")
        #expect(base.cells.contains { $0.text == "2023年决算数" })
        #expect(base.notes.first?.hasPrefix("说明：“项目支出”需要填报所有项目情况") == true)
    }

    @Test func theTerminalTableIsAlignedWithDoubleWidthCharactersAndMergedGroupsShownOnce() throws {
        let text = FormText.render(try forms()[1], compare: false)
        let table = text.split(separator: "\n").filter {
            $0.hasPrefix("┌") || $0.hasPrefix("│") || $0.hasPrefix("├") || $0.hasPrefix("└")
        }
        let widths = Set(table.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "every line of the table is as wide as the others: \(widths)")
        #expect(text.components(separatedBy: "产出指标（50分）").count == 2)
        #expect(text.components(separatedBy: "数量指标（20分）").count == 2)
        // The 一级指标 cell spans its rows: no rule crosses it below its first row.
        #expect(table.contains { $0.hasPrefix("│        │                  │                  ├") })
    }

    @Test func csvKeepsTheGridWithAMergedCellsTextOnce() throws {
        let csv = FormExport.csv(try forms(), compare: false)
        #expect(csv.hasPrefix("\u{FEFF}2024年度洪江市医疗保障局部门整体支出绩效评价\n基础数据表\n"))
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.first { $0.hasPrefix("绩效指标,一级指标,") })
        #expect(row == "绩效指标,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施")
        #expect(lines.contains { $0 == ",,,村（社区）级医保代办服务点个数。,≤200个,218个,5,4.59," })
        #expect(lines.filter { $0.contains("产出指标（50分）") }.count == 4, "once per evaluation form")
    }

    @Test func jsonHasOneParsableObjectPerFormWithCellsAndFields() throws {
        let json = FormExport.json(try forms(), compare: true)
        let objects = try json.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["form"] as? String } == ["base", "department", "project", "project", "project"])
        let cells = try #require(objects[1]["cells"] as? [[String: Any]])
        let score = try #require(cells.first { $0["field"] as? String == "indicator/daiban/score" })
        #expect(score["text"] as? String == "4.59")
        #expect(score["printed"] as? String == "5")
        #expect(score["differs"] as? Bool == true)
        let group = try #require(cells.first { $0["text"] as? String == "产出指标（50分）" })
        #expect(group["rowspan"] as? Int == 7)
    }

    @Test func htmlIsASelfContainedA4PageWithTheTemplatesMergedCells() throws {
        let html = FormHTML.page(try forms(), title: "洪江 2024", compare: false)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4 portrait;"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.components(separatedBy: "<section class=\"sheet").count == 6)
        #expect(html.contains("<td class=\"heading\" rowspan=\"7\">产出指标（50分）</td>"))
        #expect(html.contains("<td class=\"heading vertical\" rowspan=\"11\">绩<br>效<br>指<br>标</td>"))
        #expect(html.contains("colspan=\"6\">总分</td>"))
        let compared = FormHTML.page(try forms(), title: "洪江 2024", compare: true)
        #expect(compared.contains("<span class=\"printed\">8</span><span class=\"computed\">6.02</span>"))
    }

    @Test func markdownWritesEachFormAsAPipeTable() throws {
        let markdown = FormExport.markdown([try forms()[2]], compare: false)
        #expect(markdown.hasPrefix("## 项目支出绩效自评表 （2024年度）\n\n| 项目支出名称 | 全市医疗机构稽查稽核工作经费 |"))
        #expect(markdown.contains("| 总分 |  |  |  |  |  | 110 | 110 |  |"))
    }

    @Test func theReportDraftFollowsTheSeedsSectionOrderWithComputedSentences() throws {
        let draft = ReportDraft.markdown(try Seed002.forms())
        let sections = ["一、基本情况", "二、绩效目标", "三、预算执行情况", "四、绩效指标完成情况", "五、偏差原因分析", "六、存在的主要问题", "七、改进措施", "八、绩效自评结果应用"]
        let positions = sections.map { draft.range(of: "## \($0)")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        for sentence in [
            "全市医疗机构稽查稽核工作经费：全年预算数15.00万元，执行数15.00万元，执行率100.00%。",
            "全年预算数506.48万元，执行数840.87万元，执行率166.02%。", "单位编制人数38人，年末实有人数35人，公益性岗位人数4人。",
            "村（社区）级医保代办服务点个数。：年度指标值≤200个，实际完成值218个，未达成，得分4.59（分值5）；原报告填报得分5。",
            "自评总分85.61分（原报告填报98分），不评定等级：分值合计90，不是100。", "偏差原因：工作任务增加。", "【待填写】",
        ] {
            #expect(draft.contains(sentence), "the draft lacks \(sentence)")
        }
        let text = ReportDraft.text(try Seed002.forms())
        #expect(!text.contains("#"))
        #expect(text.hasPrefix("2024年度洪江市医疗保障局部门整体支出绩效自评报告\n"))
    }
}
