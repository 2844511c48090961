import ArgumentParser
import JixiaoServer

#if canImport(Glibc)
import Glibc
#endif

extension Jixiaod {
    /// The settings from each source and in effect.
    struct Settings {
        /// What the configuration file sets (nothing without --config).
        var file: ConfigValues
        /// What the options set.
        var commandLine: ConfigValues
        /// Defaults, then the file, then the options.
        var effective: ConfigValues
    }

    /// sysexits' EX_CONFIG: the configuration is wrong, and restarting will not help
    /// (`RestartPreventExitStatus=78` in jixiao.service).
    static let configurationError = ExitCode(78)

    /// The values given as options, checked.
    /// - Throws: `ValidationError` naming the bad value.
    func commandLineValues() throws -> ConfigValues {
        var values = ConfigValues()
        do {
            if let logLevel { values.logLevel = try ConfigValues.logLevel(from: logLevel) }
            if let maximumLineLength { values.maximumLineLength = try ConfigValues.lineLength(maximumLineLength) }
            if let fsync { try values.setDurability("fsync", fsync) }
            if let fsyncDelay { try values.setDurability("fsync_delay", String(fsyncDelay)) }
            _ = try values.fsyncPolicy()
        } catch {
            throw ValidationError(error.description)
        }
        return values
    }

    /// The fsync policy in effect (options over the file over `always`).
    /// - Throws: exit code 78 when the file's values do not make a policy.
    func fsyncPolicy(_ effective: ConfigValues) throws -> FsyncPolicy {
        do {
            return try effective.fsyncPolicy()
        } catch {
            printError("jixiaod: \(error)\n")
            throw Self.configurationError
        }
    }

    /// Reads the configuration file and layers the sources.
    /// - Throws: exit code 78 after printing `FILE:LINE: reason` when the file is unusable.
    func resolveSettings() throws -> Settings {
        let commandLine = try commandLineValues()
        var file = ConfigValues()
        if let config {
            do {
                file = try ConfigFile.load(config)
            } catch {
                printError("jixiaod: \(error)\n")
                throw Self.configurationError
            }
        }
        let effective = ConfigValues.defaults.overridden(by: file).overridden(by: commandLine)
        return Settings(file: file, commandLine: commandLine, effective: effective)
    }

    /// `--check-config`: the settings in effect, in the file's own syntax, on standard output;
    /// role groups that do not exist and `operator_units` that name no unit refuse it
    /// (``ConfigCheck``).
    /// - Throws: exit code 78 after printing each problem.
    func printCheckedConfiguration(_ settings: Settings) throws {
        let statePath =
            stateDirectory ?? getenv("JIXIAO_STATE_DIR").map { String(cString: $0) }
            ?? ServerConfiguration.defaultStateDirectory
        let outcome = ConfigCheck.check(
            settings.effective,
            named: settings.file.overridden(by: settings.commandLine),
            groupExists: { getgrnam($0) != nil },
            units: ConfigCheck.units(statePath: statePath)
        )
        for error in outcome.errors { printError("jixiaod: \(config ?? "configuration"): \(error)\n") }
        if !outcome.errors.isEmpty { throw Self.configurationError }
        for warning in outcome.warnings { printError("jixiaod: warning: \(warning)\n") }
        print("# jixiaod --check-config: configuration OK")
        print("# config file: \(config ?? "none")")
        for key in settings.commandLine.keysAlsoSet(in: settings.file) {
            print("# \(key): the command line overrides the file")
        }
        for line in settings.effective.lines { print(line) }
    }

    private func printError(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
