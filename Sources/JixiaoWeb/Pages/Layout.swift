/// The frame of every page: the bar with the system's name, the person and their role, the
/// logout button (a form with the CSRF token), and the style sheet and script of the
/// server's own (nothing is loaded from elsewhere).
public struct Layout: Sendable {
    /// Who is looking, when someone is logged in.
    public struct Person: Sendable {
        /// The name shown (display name, else login name).
        public var name: String
        /// Their role now.
        public var role: WebRole
        /// The session's CSRF token, for the logout form.
        public var csrfToken: String

        /// Creates a person.
        public init(name: String, role: WebRole, csrfToken: String) {
            self.name = name
            self.role = role
            self.csrfToken = csrfToken
        }
    }

    /// The page's title (also in the browser's tab).
    public var title: String
    /// Who is logged in, or nobody (the login page).
    public var person: Person?
    /// The trail of links above the title: (label, address); the last is the page itself.
    public var trail: [(String, String)] = []

    /// Creates a frame.
    public init(title: String, person: Person?, trail: [(String, String)] = []) {
        self.title = title
        self.person = person
        self.trail = trail
    }

    /// The whole page around `body`.
    public func page(_ body: HTML) -> HTML {
        let crumbs = trail.enumerated().map { index, item -> HTML in
            index == trail.count - 1 ? "<span>\(item.0)</span>" : "<a href=\"\(item.1)\">\(item.0)</a><i>›</i>"
        }
        let personBar: HTML =
            person.map { person in
                """
                <div class="who"><span class="person">\(person.name)</span><span class="role role-\(person.role.rawValue)">\(person.role.label)</span>
                <form method="post" action="/logout" class="inline">\(csrfField(person.csrfToken))<button type="submit" class="link">退出</button></form></div>
                """
            } ?? .empty
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · 预算绩效管理</title>
            <link rel="stylesheet" href="/static/app.css">
            <script src="/static/app.js" defer></script>
            </head>
            <body>
            <header class="bar"><a class="brand" href="/"><b>绩效</b> 预算绩效管理系统</a>\(personBar)</header>
            <main>
            \(trail.isEmpty ? HTML.empty : "<nav class=\"trail\">\(crumbs)</nav>")
            \(body)
            </main>
            <footer>数据由 jixiaod 统一保存；本页面不另存数据。</footer>
            </body>
            </html>
            """
    }
}

/// The hidden field every form carries.
public func csrfField(_ token: String) -> HTML {
    "<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">"
}
