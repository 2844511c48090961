import JixiaoProtocol

/// `trusted_proxies`: the Unix users whose requests may name another user with
/// `AS <user>` (jixiao-web's own user). Empty or unset: nobody's. A reload applies it to the
/// next request.
extension ConfigValues {
    /// The keys, in the order `--check-config` prints them.
    public static let proxyKeys = ["trusted_proxies"]

    /// Reads a comma-separated list of Unix user names (empty for none).
    /// - Throws: a message naming the key and the bad name.
    public static func userList(_ text: String, key: String) throws(ConfigValueError) -> [String] {
        if text.isEmpty { return [] }
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmingSpaces)
        for name in names where !ProxiedRequest.isUserName(name[...]) {
            throw ConfigValueError("\(key) is a comma-separated list of Unix user names, got '\(name.prefix(40))'")
        }
        return names
    }

    var proxyLines: [String] {
        guard let trustedProxies else { return [] }
        return ["trusted_proxies = \(trustedProxies.joined(separator: ", "))"]
    }
}
