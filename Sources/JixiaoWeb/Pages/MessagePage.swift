/// A page that only says something: a refusal, an error, a missing object.
enum MessagePage {
    static func render(
        title: String,
        message: String,
        detail: String = "",
        person: Layout.Person?,
        back: String = "/"
    )
        -> HTML
    {
        Layout(title: title, person: person).page(
            """
            <section class="panel">
            <h1>\(title)</h1>
            <div class="flash refused"><strong>\(message)</strong>\(detail.isEmpty ? HTML.empty : "<div class=\"muted\">\(detail)</div>")</div>
            <p><a class="button" href="\(back)">返回</a></p>
            </section>
            """
        )
    }
}
