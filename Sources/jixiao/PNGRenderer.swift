import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// An SVG chart rendered to a PNG file by a headless Chromium (`scripts/setup.sh` installs
/// it with the CJK fonts the chart's labels need): a picture a person can paste into a
/// report where SVG is not accepted.
enum PNGRenderer {
    /// Where a Chromium may be.
    static let browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

    /// Renders `svg` at `width` × `height` CSS pixels into `path`.
    /// - Throws: `ExitCode.failure` (with a message) when no Chromium is installed or it fails.
    static func render(svg: String, width: Int, height: Int, to path: String) throws {
        guard let browser = browsers.first(where: { access($0, X_OK) == 0 }) else {
            Output.printError(
                L(
                    "生成 PNG 需要 Chromium（/usr/bin/chromium，scripts/setup.sh 会安装）；可改用 --svg",
                    "a PNG needs Chromium (/usr/bin/chromium; scripts/setup.sh installs it); use --svg"
                )
            )
            throw ExitCode.failure
        }
        var template = Array("/tmp/jixiao-chart-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            Output.printError(L("无法建立临时目录：", "cannot make a temporary folder: ") + String(cString: strerror(errno)))
            throw ExitCode.failure
        }
        let folder = String(cString: made)
        defer { run(["/bin/rm", "-rf", folder]) }
        let page = folder + "/chart.svg"
        try TextFile.write(svg, to: page)
        var target = path
        if !path.hasPrefix("/"), let directory = getcwd(nil, 0) {
            target = String(cString: directory) + "/" + path
            free(directory)
        }
        let status = run([
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(folder)/profile", "--screenshot=\(target)", "--window-size=\(width),\(height)",
            "file://\(page)",
        ])
        guard status == 0, access(target, R_OK) == 0 else {
            Output.printError(
                L("Chromium 未能生成 PNG（退出码 \(status)）", "Chromium could not render the PNG (exit status \(status))")
            )
            throw ExitCode.failure
        }
    }

    /// Runs a program with its output discarded and returns its exit status.
    @discardableResult
    private static func run(_ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}
