import JixiaoWeb
import Testing

@Suite struct HTMLTests {
    @Test func interpolatedTextIsEscapedAndMarkupIsKept() {
        let name = "<script>alert(\"x\")</script> & 'y'"
        let cell: HTML = "<td title=\"\(name)\">\(name)</td>"
        #expect(
            cell.markup
                == "<td title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</td>"
        )
        let row: HTML = "<tr>\(cell)</tr>"
        #expect(row.markup == "<tr>" + cell.markup + "</tr>")
    }

    @Test func chineseTextPassesUnchanged() {
        let text = "全市医疗机构稽查稽核工作经费（≥20次）"
        let html: HTML = "<p>\(text)</p>"
        #expect(html.markup == "<p>\(text)</p>")
    }
}
