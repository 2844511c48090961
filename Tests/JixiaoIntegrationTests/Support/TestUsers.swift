import Foundation

/// Real Unix users and groups for the role tests (the tests run as root): one user per
/// role group, and one in none of them.
enum TestUsers {
    static let readGroup = "jxt-read"
    static let operatorGroup = "jxt-oper"
    static let adminGroup = "jxt-admin"
    static let otherGroup = "jxt-other"
    /// User name → primary group.
    static let users = [
        "jxt-reader": readGroup, "jxt-clerk": operatorGroup, "jxt-boss": adminGroup, "jxt-nobody": otherGroup,
        // The web front's own user: reads (its watch), and is the trusted proxy of ProxyTests.
        "jxt-proxy": readGroup,
    ]

    /// Whether users can be made here (root, with groupadd and setpriv).
    static let available: Bool = {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/groupadd")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }()

    /// Creates the groups and users once per test run (`groupadd -f`, `useradd` unless present).
    static let created: Bool = {
        guard available else { return false }
        for group in [readGroup, operatorGroup, adminGroup, otherGroup] {
            guard run("/usr/sbin/groupadd", ["-f", group]) == 0 else { return false }
        }
        for (user, group) in users.sorted(by: { $0.key < $1.key }) where run("/usr/bin/id", [user]) != 0 {
            let status = run("/usr/sbin/useradd", ["-M", "-N", "-g", group, "-s", "/usr/sbin/nologin", user])
            // Another test process may have made it meanwhile (exit 9: exists).
            guard status == 0 || status == 9 else { return false }
        }
        return true
    }()

    /// A configuration file naming the test groups, granting operators `units`.
    static func configuration(operatorUnits: String) -> String {
        """
        role_read = \(readGroup)
        role_operator = \(operatorGroup)
        role_admin = \(adminGroup)
        operator_units = \(operatorUnits)

        """
    }

    /// Runs `jixiao` as another user (setpriv, with that user's groups).
    static func jixiao(as user: String, _ arguments: [String], socket: String) throws -> ClientRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments =
            ["--reuid", user, "--regid", users[user]!, "--init-groups", "--"]
            + [TestEnvironment.binDirectory.appendingPathComponent("jixiao").path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_SOCKET"] = socket
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ClientRun(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self)
        )
    }

    @discardableResult
    private static func run(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
