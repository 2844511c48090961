import Hummingbird
import NIOCore

extension WebApp {
    /// A page.
    static func html(_ page: HTML, status: HTTPResponse.Status = .ok, policy: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if let policy { headers[.contentSecurityPolicy] = policy }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.markup)))
    }

    /// A redirect after a form (303: the browser follows with GET).
    static func redirect(_ location: String, cookies: [Cookie] = []) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// A static file of the server's own; cached for an hour.
    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }

    /// A cookie as the app sets them: HttpOnly, SameSite=Strict, Path=/, and Secure when
    /// served over HTTPS (or told so).
    func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(
            name: name,
            value: value,
            maxAge: maxAge,
            path: "/",
            secure: settings.cookiesAreSecure,
            httpOnly: true,
            sameSite: .strict
        )
    }
}
