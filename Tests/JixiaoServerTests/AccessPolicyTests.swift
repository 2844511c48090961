import JixiaoProtocol
import Testing

@testable import JixiaoServer

@Suite struct AccessPolicyTests {
    /// Group ids as the system has them: root's group 0 exists everywhere.
    private let policy = AccessPolicy(
        readGroup: "root",
        operatorGroup: "nonexistent-x",
        adminGroup: "nonexistent-y",
        daemonUID: 4242
    )

    @Test func rootAndTheDaemonsUserAreAdmin() {
        #expect(policy.role(of: PeerIdentity(uid: 0, gid: 1, pid: 1, userName: "root")) == .admin)
        #expect(policy.role(of: PeerIdentity(uid: 4242, gid: 1, pid: 1, userName: "jixiao")) == .admin)
    }

    @Test func aGroupGivesItsRoleAndNoGroupGivesNone() {
        #expect(policy.role(of: PeerIdentity(uid: 1000, gid: 100, pid: 1, userName: "a", groups: [0])) == .read)
        #expect(policy.role(of: PeerIdentity(uid: 1000, gid: 0, pid: 1, userName: "a")) == .read)
        #expect(policy.role(of: PeerIdentity(uid: 1000, gid: 100, pid: 1, userName: "a", groups: [100])) == .nobody)
    }

    @Test func operatorsChangeOnlyGrantedUnitsAndAdminsTheRest() throws {
        let granted = AccessPolicy(operatorUnits: ["hongjiang"], daemonUID: 4242)
        let change = { (line: String) throws -> Command in try #require(try CommandParser.parse(line)) }
        let own = try change("YEAR UPDATE hongjiang 2024 staff_actual=1")
        let other = try change("YEAR UPDATE daoxian 2024 staff_actual=1")
        #expect(Authorization.refusal(of: own, role: .operator, policy: granted, user: "o") == nil)
        #expect(Authorization.refusal(of: other, role: .operator, policy: granted, user: "o")?.code == .denied)
        #expect(Authorization.refusal(of: other, role: .admin, policy: granted, user: "a") == nil)
        let conditional = try change("IF REV=3 YEAR UPDATE daoxian 2024 staff_actual=1")
        #expect(Authorization.refusal(of: conditional, role: .operator, policy: granted, user: "o")?.code == .denied)
        for line in ["YEAR REOPEN hongjiang 2024 reason=x", "UNIT CREATE x name=y", "CHECK ENABLE hongjiang 2024 r"] {
            let refusal = Authorization.refusal(of: try change(line), role: .operator, policy: granted, user: "o")
            #expect(refusal?.message.hasPrefix("needs the admin role") == true, "\(line)")
        }
        #expect(Authorization.refusal(of: try change("UNIT LIST"), role: .nobody, policy: granted, user: "n") != nil)
        #expect(Authorization.refusal(of: try change("PING"), role: .nobody, policy: granted, user: "n") == nil)
    }

    @Test func theRateAdmitsABurstThenItsRate() {
        var rate = RequestRate()
        let start = ContinuousClock.now
        let burst = (0..<20).filter { _ in rate.admit(limit: 10, at: start) }.count
        #expect(burst == 10)
        let refilled = rate.admit(limit: 10, at: start + .milliseconds(150))
        let tooSoon = rate.admit(limit: 10, at: start + .milliseconds(160))
        let unlimited = rate.admit(limit: 0, at: start)
        #expect(refilled && !tooSoon && unlimited)
    }
}
