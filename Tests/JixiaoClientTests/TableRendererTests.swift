import JixiaoClient
import Testing

/// A table wider than the terminal is cut into groups of whole columns, each starting with
/// the columns that name a row, instead of lines the terminal folds.
@Suite struct TableRendererTests {
    let header = ["代码", "名称", "年初预算数(万元)", "全年预算数(万元)", "全年执行数(万元)", "执行率(%)"]
    let rows = [
        ["jicha", "全市医疗机构稽查稽核工作经费", "15.00", "15.00", "15.00", "100.00"],
        ["lixiu", "离休干部医疗费", "50.00", "50.00", "49.50", "99.00"],
    ]

    /// Columns of a terminal line: 汉字 take two.
    private func width(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    @Test func aTableThatFitsIsOneBlock() {
        let text = TableRenderer.render(header: header, rows: rows, width: 200, keyColumns: [0])
        #expect(text.split(separator: "\n").count == 4)
        #expect(text.hasPrefix("代码   名称"))
    }

    @Test func aWideTableWrapsByColumnGroupsRepeatingTheKey() {
        let text = TableRenderer.render(header: header, rows: rows, width: 60, keyColumns: [0])
        let blocks = text.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        #expect(blocks.count == 2, "\(text)")
        for line in text.split(separator: "\n") { #expect(width(line) <= 60, "\(line)") }
        #expect(blocks[1].hasPrefix("代码"), "the second block starts with the key column: \(blocks[1])")
        #expect(blocks[1].contains("lixiu"))
        #expect(blocks[0].contains("全市医疗机构稽查稽核工作经费"))
        #expect(blocks[1].contains("执行率(%)"))
        #expect(
            text == """
                代码   名称                          年初预算数(万元)
                -----  ----------------------------  ----------------
                jicha  全市医疗机构稽查稽核工作经费             15.00
                lixiu  离休干部医疗费                           50.00

                代码   全年预算数(万元)  全年执行数(万元)  执行率(%)
                -----  ----------------  ----------------  ---------
                jicha             15.00             15.00     100.00
                lixiu             50.00             49.50      99.00

                """
        )
    }

    @Test func withoutAWidthNothingWraps() {
        let text = TableRenderer.render(header: header, rows: rows)
        #expect(!text.contains("\n\n"))
    }
}
