import JixiaoWeb
import Testing

@Suite struct WebSettingsTests {
    @Test func aFileSetsTheAddressTLSAndPaths() throws {
        var settings = WebSettings()
        try settings.apply(
            "# web\nlisten = [::]:8443\ntls_certificate = /etc/jixiao/web.crt\ntls_key = /etc/jixiao/web.key\nsocket = /run/j.sock\n",
            path: "web.conf"
        )
        #expect(settings.address?.host == "::" && settings.address?.port == 8443)
        #expect(settings.usesTLS && settings.cookiesAreSecure && settings.socket == "/run/j.sock")
        var plain = WebSettings()
        try plain.apply("listen = unix:/run/jixiao-web/web.sock\nsecure_cookies = yes\n", path: "web.conf")
        #expect(plain.address == nil && !plain.usesTLS && plain.cookiesAreSecure)
    }

    @Test(arguments: [
        ("listen = 8080\n", "web.conf:1: listen is host:port (0.0.0.0:8443, [::]:8443) or unix:/path, not '8080'"),
        ("tls_key = /k\n", "web.conf: tls_certificate and tls_key go together"),
        ("socket = a\nsocket = b\n", "web.conf:2: 'socket' is set twice"),
        (
            "daemon_connections = 40\n",
            "web.conf:1: daemon_connections is from 1 to 30 (jixiaod's max_connections_per_uid is 32)"
        ),
    ])
    func badLinesAreRefusedNamingTheLine(text: String, message: String) {
        var settings = WebSettings()
        do {
            try settings.apply(text, path: "web.conf")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == message)
        }
    }
}
