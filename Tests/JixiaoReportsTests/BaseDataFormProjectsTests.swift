import JixiaoCore
import JixiaoReports
import Testing

/// The 基础数据表's 项目支出 block lists the year's projects, as its note asks ("“项目支出”
/// 需要填报所有项目情况"), and its 项目支出 row not entered is their sum.
@Suite struct BaseDataFormProjectsTests {
    private func baseText(_ state: ModelState) throws -> String {
        FormText.render([try Seed002.forms(state).baseForm()], compare: false)
    }

    @Test func everyProjectOfTheYearHasItsRowWithItsBudgetAndExecution() throws {
        let text = try baseText(try Seed002.state())
        let lines = text.split(separator: "\n")
        let project = try #require(lines.first { $0.contains("(2)医保基金征收管理经费") })
        #expect(project.contains("35.00"), "\(project)")
        #expect(lines.contains { $0.contains("(3)离休干部医疗费") && $0.contains("50.00") })
        // Below 2.运行维护专项 and above 公用经费.
        let maintenance = try #require(lines.firstIndex { $0.contains("2.运行维护专项") })
        let first = try #require(lines.firstIndex { $0.contains("(1)") })
        let publicFunds = try #require(lines.firstIndex { $0.contains("公用经费") && !$0.contains("(") })
        #expect(maintenance < first && first < publicFunds)
    }

    @Test func theProjectRowNotEnteredIsTheSumOfTheProjects() throws {
        let text = try baseText(try Seed002.state())
        let row = try #require(text.split(separator: "\n").first { $0.contains("│            项目支出") })
        #expect(row.contains("100.00"), "15 + 35 + 50: \(row)")

        var state = try Seed002.state()
        try state.apply(
            .set(
                .part(
                    ExpenditureKey(try Code("hongjiang"), try FiscalYear(2024), .department),
                    .line(try LineItem("projects"))
                ),
                [FieldAssignment("budget", "120万元")]
            ),
            sequence: state.sequence + 1
        )
        let entered = try #require(
            try baseText(state).split(separator: "\n").first { $0.contains("│            项目支出") }
        )
        #expect(entered.contains("120.00"), "an entered 项目支出 row stands: \(entered)")
    }
}
