import Foundation
import JixiaoWebAccounts
import Testing

@Suite struct WebAccountsTests {
    static let hash = "$2b$04$0sjfj/jqmMlDAIW6nMSNeOAVc/3A7fv5K6VpwHwjxr4oVpTK3d7T6"

    @Test func theFileRoundTripsAndKeepsColonsInDisplayNames() throws {
        var accounts = WebAccounts()
        try accounts.add(WebAccount(name: "olga", unixUser: "olga", passwordHash: Self.hash, displayName: "张会计:财务股"))
        try accounts.add(WebAccount(name: "rita", unixUser: "rita.l", passwordHash: Self.hash))
        let back = try WebAccounts(parsing: accounts.text)
        #expect(back == accounts)
        #expect(back.account(named: "OLGA")?.displayName == "张会计:财务股")
        #expect(throws: WebAccountsError.exists("olga")) {
            try accounts.add(WebAccount(name: "olga", unixUser: "x", passwordHash: Self.hash))
        }
    }

    @Test(arguments: ["olga:olga", "Olga:olga:\(hash)", "olga:-x:\(hash)", "olga:olga:plaintext"])
    func aBadLineIsRefusedWithItsNumber(line: String) {
        #expect(throws: WebAccountsError.badLine(2, "expected name:unix_user:bcrypt hash[:display name]")) {
            try WebAccounts(parsing: "# heading\n\(line)\n")
        }
    }

    @Test func passwordsAreBcryptHashesThatVerify() throws {
        let hash = try PasswordHash.make("正确的密码123", cost: 4)
        #expect(hash.hasPrefix("$2b$04$") && hash.utf8.count == 60)
        #expect(PasswordHash.verify("正确的密码123", against: hash))
        #expect(!PasswordHash.verify("正确的密码124", against: hash))
        #expect(throws: WebAccountsError.self) { try PasswordHash.make("short") }
        #expect(throws: WebAccountsError.self) { try PasswordHash.make(String(repeating: "密", count: 25)) }
    }

    @Test func theDecoyIsARealHashAtTheSameCost() {
        // verifyNothing must cost what a real check costs: a malformed decoy would return at once.
        let clock = ContinuousClock()
        let decoy = clock.measure { PasswordHash.verifyNothing("x") }
        let real = try! PasswordHash.make("some password", cost: PasswordHash.cost)
        let check = clock.measure { _ = PasswordHash.verify("x", against: real) }
        #expect(decoy > check / 3, "decoy \(decoy), real \(check)")
    }

    @Test func updatesAreAtomicAndKeepTheFilesMode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("web-users-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("web-users").path
        try WebAccountsFile.update(path) { (accounts: inout WebAccounts) throws(WebAccountsError) in
            try accounts.add(WebAccount(name: "olga", unixUser: "olga", passwordHash: Self.hash))
        }
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        chmod(path, 0o600)
        #expect(throws: WebAccountsError.notFound("nobody")) {
            try WebAccountsFile.update(path) { (accounts: inout WebAccounts) throws(WebAccountsError) in
                try accounts.remove("nobody")
            }
        }
        try WebAccountsFile.update(path) { (accounts: inout WebAccounts) throws(WebAccountsError) in
            try accounts.setPasswordHash(Self.hash.replacingOccurrences(of: "$04$", with: "$05$"), of: "olga")
        }
        #expect(try WebAccountsFile.load(path).account(named: "olga")?.passwordHash.hasPrefix("$2b$05$") == true)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["web-users"])
    }
}
