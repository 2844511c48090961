import JixiaoServer
import Testing

/// `trusted_proxies`: who may send `AS <user>` requests.
@Suite struct TrustedProxiesTests {
    @Test func theKeyNamesUsersAndReachesThePolicy() throws {
        let values = try ConfigFile.parse("trusted_proxies = jixiao-web, web2\n", path: "j.conf")
        #expect(values.trustedProxies == ["jixiao-web", "web2"])
        #expect(AccessPolicy(values).trustedProxies == ["jixiao-web", "web2"])
        #expect(values.lines == ["trusted_proxies = jixiao-web, web2"])
    }

    @Test func unsetOrEmptyTrustsNobody() throws {
        #expect(AccessPolicy(ConfigValues.defaults).trustedProxies.isEmpty)
        let empty = try ConfigFile.parse("trusted_proxies =\n", path: "j.conf")
        #expect(empty.trustedProxies == [])
        #expect(AccessPolicy(empty).trustedProxies.isEmpty)
    }
}
