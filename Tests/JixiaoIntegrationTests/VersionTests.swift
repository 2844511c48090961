import Foundation
import Testing

/// The version comes from one place, the `VERSION` file: both binaries' `--version`, the
/// `HELLO` and `STATUS` replies, and (scripts/build-deb.sh) the Debian package all say it.
@Suite struct VersionTests {
    /// The `VERSION` file's one line.
    private static let version: String = {
        let file = TestEnvironment.packageRoot.appendingPathComponent("VERSION")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    @Test func theVersionFileHoldsOneDottedVersion() {
        #expect(
            Self.version.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+([~+.-][0-9A-Za-z.+~-]*)?$"#, options: .regularExpression)
                != nil,
            "VERSION is '\(Self.version)'"
        )
    }

    @Test(arguments: ["jixiaod", "jixiao", "jixiao-xlsx"])
    func eachBinaryPrintsItsNameAndTheVersionFilesVersion(binary: String) throws {
        let run = try ClientRun.binary(binary, ["--version"])
        #expect(run.status == 0)
        #expect(run.output == "\(binary) \(Self.version)\n")
    }

    @Test func helloAndStatusAnnounceTheVersionFilesVersion() throws {
        let daemon = try DaemonProcess()
        let hello = try ClientRun.jixiao(["hello"], socket: daemon.socketPath)
        #expect(hello.status == 0, "\(hello.errors)")
        #expect(hello.output.contains(" server=jixiaod/\(Self.version) "), "\(hello.output)")
        let status = try ClientRun.jixiao(["status"], socket: daemon.socketPath)
        #expect(status.output.split(separator: "\n").contains("version\t\(Self.version)"), "\(status.output)")
    }
}
