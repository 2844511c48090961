#if canImport(Glibc)
import Glibc
#endif

/// Who gets which ``Role``: Unix groups named in the configuration (`role_read`,
/// `role_operator`, `role_admin`) and the units operators may change (`operator_units`).
///
/// Root and the daemon's own user are always admin. A user in several role groups gets the
/// highest role; a user in none gets ``Role/nobody`` (the systemd socket admits only the three
/// groups' members anyway).
public struct AccessPolicy: Sendable, Equatable {
    /// The group whose members may read.
    public var readGroup: String
    /// The group whose members are operators.
    public var operatorGroup: String
    /// The group whose members are admins.
    public var adminGroup: String
    /// The units operators may change; `nil` means every unit.
    public var operatorUnits: Set<String>?
    /// The daemon's own user, which is admin (this process's when not given).
    public var daemonUID: UInt32
    /// The Unix users who may make requests on behalf of others (`AS <user>`,
    /// `trusted_proxies`): jixiao-web.
    public var trustedProxies: Set<String> = []
    private var groupIDs: [Role: UInt32] = [:]

    /// The group names the systemd units create.
    public static let defaultGroups = (read: "jixiao-read", operator: "jixiao-operator", admin: "jixiao-admin")

    /// Creates a policy, resolving the group names to ids now (a reload resolves them again).
    public init(
        readGroup: String = defaultGroups.read,
        operatorGroup: String = defaultGroups.operator,
        adminGroup: String = defaultGroups.admin,
        operatorUnits: Set<String>? = nil,
        daemonUID: UInt32? = nil
    ) {
        self.readGroup = readGroup
        self.operatorGroup = operatorGroup
        self.adminGroup = adminGroup
        self.operatorUnits = operatorUnits
        self.daemonUID = daemonUID ?? getuid()
        for (role, name) in [(Role.read, readGroup), (.operator, operatorGroup), (.admin, adminGroup)] {
            if let id = Self.groupID(named: name) { groupIDs[role] = id }
        }
    }

    /// The policy a configuration sets, with the systemd group names for unset keys.
    public init(_ values: ConfigValues) {
        self.init(
            readGroup: values.roleRead ?? Self.defaultGroups.read,
            operatorGroup: values.roleOperator ?? Self.defaultGroups.operator,
            adminGroup: values.roleAdmin ?? Self.defaultGroups.admin,
            operatorUnits: values.operatorUnits.flatMap { $0 == ["*"] ? nil : Set($0) }
        )
        trustedProxies = Set(values.trustedProxies ?? [])
    }

    /// The role of a peer.
    public func role(of peer: PeerIdentity) -> Role {
        if peer.uid == 0 || peer.uid == daemonUID { return .admin }
        let groups = Set(peer.groups + [peer.gid])
        for role in [Role.admin, .operator, .read] {
            if let id = groupIDs[role], groups.contains(id) { return role }
        }
        return .nobody
    }

    /// Whether operators may change a unit's data.
    public func grants(unit: String) -> Bool {
        operatorUnits?.contains(unit) ?? true
    }

    /// Looks a group up with `getgrnam_r`.
    static func groupID(named name: String) -> UInt32? {
        var entry = group()
        var result: UnsafeMutablePointer<group>? = nil
        var buffer = [CChar](repeating: 0, count: 16 * 1024)
        guard getgrnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return entry.gr_gid
    }
}
