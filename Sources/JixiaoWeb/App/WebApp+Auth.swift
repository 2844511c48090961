import HTTPTypes
import Hummingbird
import JixiaoWebAccounts
import Logging
import NIOCore
import NIOPosix

/// Logging in and out, finding the visitor of a request, and the checks every form passes
/// (CSRF token, same origin).
extension WebApp {
    typealias Handler = @Sendable (Request, WebContext, Visitor) async throws -> Response

    /// The visitor of a request, or `nil` when it carries no open session (or its account
    /// changed password, Unix user, or was deleted since).
    func visitor(_ request: Request, _ context: WebContext) async throws -> Visitor? {
        guard let id = request.cookies[Self.sessionCookie]?.value, let session = await sessions.use(id) else {
            return nil
        }
        let current: WebAccounts
        do {
            current = try await accounts.current()
        } catch {
            logger.error("cannot read the accounts file", metadata: ["error": "\(error)"])
            return nil
        }
        guard let account = current.account(named: session.account), account.passwordHash == session.passwordHash,
            account.unixUser == session.unixUser
        else {
            await sessions.close(id)
            return nil
        }
        return Visitor(session: session, account: account, daemon: DaemonUser(pool: pool, unixUser: account.unixUser))
    }

    /// A page for logged-in people; anyone else is sent to the login page.
    func page(_ handler: @escaping Handler) -> @Sendable (Request, WebContext) async throws -> Response {
        { request, context in
            guard var visitor = try await visitor(request, context) else {
                return Self.redirect("/login?next=\(percentEncoded(request.uri.path))")
            }
            do {
                visitor.role = try await visitor.daemon.role()
                guard visitor.role >= .read else {
                    return Self.html(
                        MessagePage.render(
                            title: "没有权限",
                            message: "您的账户对应的系统用户 \(visitor.account.unixUser) 不在任何角色组中。",
                            detail: "请系统管理员将其加入 jixiao-read、jixiao-operator 或 jixiao-admin 组。",
                            person: visitor.person
                        ),
                        status: .forbidden
                    )
                }
                return try await handler(request, context, visitor)
            } catch let error as DaemonError {
                logger.error("jixiaod unreachable", metadata: ["error": "\(error)"])
                return Self.html(
                    MessagePage.render(
                        title: "服务暂不可用",
                        message: "无法连接数据服务 jixiaod，请稍后再试或联系系统管理员。",
                        detail: error.description,
                        person: visitor.person
                    ),
                    status: .badGateway
                )
            }
        }
    }

    /// A form's target: like ``page(_:)``, after checking that the request comes from one of
    /// this server's own pages (the session's CSRF token in the form; `Origin`, when sent,
    /// this server). A forged request is refused before anything reaches jixiaod.
    func action(
        _ handler: @escaping @Sendable (Request, WebContext, Visitor, [String: String]) async throws -> Response
    ) -> @Sendable (Request, WebContext) async throws -> Response {
        page { request, context, visitor in
            let form = (try? await request.decode(as: [String: String].self, context: context)) ?? [:]
            guard Self.isSameOrigin(request), RandomToken.matches(form["csrf"] ?? "", visitor.session.csrfToken) else {
                logger.notice(
                    "refused a form without its CSRF token",
                    metadata: ["web.account": "\(visitor.account.name)", "http.path": "\(request.uri.path)"]
                )
                return Self.html(
                    MessagePage.render(
                        title: "请求无效",
                        message: "该请求缺少有效的安全令牌，已被拒绝。请从本系统的页面重新提交。",
                        person: visitor.person
                    ),
                    status: .forbidden
                )
            }
            return try await handler(request, context, visitor, form)
        }
    }

    /// Whether the browser says the request comes from this server's pages (`Origin` or
    /// `Sec-Fetch-Site`; a request with neither, from an old browser, relies on the token).
    static func isSameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            return false
        }
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "https://\(host)" || origin == "http://\(host)"
    }

    /// The client's address for the login throttle.
    func clientAddress(_ request: Request, _ context: WebContext) -> String {
        if settings.trustForwardedFor, let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!] {
            return String(forwarded.split(separator: ",").last ?? "").trimmingCharacters(in: " ")
        }
        return context.peerAddress
    }

    func addLoginRoutes(to router: Router<WebContext>) {
        router.get("/login") { request, _ in
            let token = RandomToken.make()
            var response = Self.html(
                LoginPage.render(
                    token: token,
                    next: Self.safeNext(request.uri.queryParameters["next"].map(String.init)),
                    message: nil
                )
            )
            response.setCookie(cookie(Self.loginCookie, token, maxAge: 3600))
            return response
        }
        router.post("/login") { request, context in try await login(request, context) }
        router.post("/logout") { request, context in
            if let visitor = try await visitor(request, context) {
                let form = (try? await request.decode(as: [String: String].self, context: context)) ?? [:]
                if RandomToken.matches(form["csrf"] ?? "", visitor.session.csrfToken) {
                    await sessions.close(visitor.session.id)
                }
            }
            return Self.redirect("/login", cookies: [cookie(Self.sessionCookie, "", maxAge: 0)])
        }
    }

    private func login(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = (try? await request.decode(as: [String: String].self, context: context)) ?? [:]
        let name = (form["name"] ?? "").trimmingCharacters(in: " ").lowercased()
        let password = form["password"] ?? ""
        let next = Self.safeNext(form["next"])
        let again = { (message: String, status: HTTPResponse.Status) -> Response in
            let token = RandomToken.make()
            var response = Self.html(LoginPage.render(token: token, next: next, message: message), status: status)
            response.setCookie(cookie(Self.loginCookie, token, maxAge: 3600))
            return response
        }
        guard Self.isSameOrigin(request), let expected = request.cookies[Self.loginCookie]?.value,
            RandomToken.matches(form["csrf"] ?? "", expected)
        else {
            return again("登录页面已过期，请重新输入。", .forbidden)
        }
        let address = clientAddress(request, context)
        if let wait = await sessions.loginRefusal(account: name, address: address) {
            logger.notice("login throttled", metadata: ["web.account": "\(name)", "http.client": "\(address)"])
            let minutes = max(1, Int((wait.components.seconds + 59) / 60))
            return again("登录失败次数过多，请\(minutes)分钟后再试。", .tooManyRequests)
        }
        let account = try? await accounts.current().account(named: name)
        let matches = try await NIOThreadPool.singleton.runIfActive {
            guard let account else {
                PasswordHash.verifyNothing(password)
                return false
            }
            return PasswordHash.verify(password, against: account.passwordHash)
        }
        guard matches, let account else {
            await sessions.loginFailed(account: name, address: address)
            logger.notice("login failed", metadata: ["web.account": "\(name)", "http.client": "\(address)"])
            return again("登录名或密码不正确。", .unauthorized)
        }
        await sessions.loginSucceeded(account: name)
        let session = await sessions.open(
            account: account.name,
            unixUser: account.unixUser,
            passwordHash: account.passwordHash
        )
        logger.info("logged in", metadata: ["web.account": "\(account.name)", "web.unix_user": "\(account.unixUser)"])
        return Self.redirect(
            next,
            cookies: [cookie(Self.sessionCookie, session.id), cookie(Self.loginCookie, "", maxAge: 0)]
        )
    }

    /// Where to go after logging in: a path of this server only (never another site).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), next != "/login" else {
            return "/years"
        }
        return next
    }
}
