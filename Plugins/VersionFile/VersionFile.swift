import Foundation
import PackagePlugin

/// Generates `SoftwareVersion.swift` from the package's `VERSION` file, so the version the
/// binaries print (`--version`, `HELLO`, `STATUS`), the Debian package's version and the
/// man pages' come from one line in one file. The build re-runs it whenever `VERSION`
/// changes (it is the command's input file).
@main
struct VersionFile: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let versionFile = context.package.directoryURL.appending(path: "VERSION")
        let output = context.pluginWorkDirectoryURL.appending(path: "SoftwareVersion.swift")
        // A version is what dpkg accepts as an upstream version: it starts with a digit and
        // holds only letters, digits and . + ~ -.
        let script = """
            version=$(tr -d ' \\t\\r\\n' < "$1") || exit 1
            case "$version" in
                [0-9]*) ;;
                *) echo "$1: a version starts with a digit, not '$version'" >&2; exit 1 ;;
            esac
            case "$version" in
                *[!0-9A-Za-z.+~-]*) echo "$1: '$version' has a character other than A-Z a-z 0-9 . + ~ -" >&2; exit 1 ;;
            esac
            printf '%s\\n' \
                '// Generated from VERSION by Plugins/VersionFile; do not edit.' \
                'extension ProtocolVersion {' \
                '    /// The software version, from the VERSION file.' \
                "    public static let software = \\"$version\\"" \
                '}' > "$2.tmp" && mv "$2.tmp" "$2"
            """
        return [
            .buildCommand(
                displayName: "Generating SoftwareVersion.swift from VERSION",
                executable: URL(filePath: "/bin/sh"),
                arguments: ["-c", script, "sh", versionFile.path(), output.path()],
                inputFiles: [versionFile],
                outputFiles: [output]
            )
        ]
    }
}
