/// The login page: login name and password, with the pre-session CSRF token.
enum LoginPage {
    static func render(token: String, next: String, message: String?) -> HTML {
        Layout(title: "登录", person: nil).page(
            """
            <section class="panel login">
            <h1>登录</h1>
            <p class="muted">请使用本局分配的网页账户登录。账户由系统管理员以 jixiao web-user 创建。</p>
            \(message.map { "<div class=\"flash refused\"><strong>\($0)</strong></div>" } ?? HTML.empty)
            <form method="post" action="/login">
            \(csrfField(token))
            <input type="hidden" name="next" value="\(next)">
            <label>登录名 <input type="text" name="name" autocomplete="username" autofocus required></label>
            <label>密码 <input type="password" name="password" autocomplete="current-password" required></label>
            <button type="submit" class="primary">登录</button>
            </form>
            </section>
            """
        )
    }
}
