#if canImport(Glibc)
import Glibc
#endif

/// The daemon's configuration file (`jixiaod --config FILE`): `key = value` lines.
///
///     # /etc/jixiao/jixiao.conf
///     log_level = info
///     max_line = 65536
///
/// Blank lines and lines starting with `#` are comments. Each key may appear once; an
/// unknown key, a repeated key or a bad value is an error naming the file and line, so a
/// typo never silently leaves a setting at its default.
public enum ConfigFile {
    /// Reads and parses a file.
    /// - Parameter path: the file.
    /// - Returns: the values it sets.
    /// - Throws: ``ConfigFileError``.
    public static func load(_ path: String) throws(ConfigFileError) -> ConfigValues {
        guard let handle = fopen(path, "r") else {
            throw ConfigFileError(path: path, line: nil, reason: String(cString: strerror(errno)))
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, handle)
            if count == 0 { break }
            bytes += chunk[..<count]
            if bytes.count > 1024 * 1024 {
                throw ConfigFileError(path: path, line: nil, reason: "larger than 1 MiB; not a configuration file")
            }
        }
        if ferror(handle) != 0 {
            throw ConfigFileError(path: path, line: nil, reason: String(cString: strerror(errno)))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigFileError(path: path, line: nil, reason: "not valid UTF-8")
        }
        return try parse(text, path: path)
    }

    /// Parses a file's text.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: the file's name, for errors.
    /// - Returns: the values it sets.
    /// - Throws: ``ConfigFileError`` at the first bad line.
    public static func parse(_ text: String, path: String) throws(ConfigFileError) -> ConfigValues {
        var values = ConfigValues()
        var seen: Set<String> = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ConfigFileError(
                    path: path,
                    line: number,
                    reason: "expected 'key = value', got '\(line.prefix(80))'"
                )
            }
            let key = line[..<equals].trimmingSpaces
            let value = line[line.index(after: equals)...].trimmingSpaces
            guard ConfigValues.keys.contains(key) else {
                let known = ConfigValues.keys.joined(separator: ", ")
                throw ConfigFileError(
                    path: path,
                    line: number,
                    reason: "unknown key '\(key.prefix(40))'; known: \(known)"
                )
            }
            guard seen.insert(key).inserted else {
                throw ConfigFileError(path: path, line: number, reason: "'\(key)' is set twice")
            }
            do throws(ConfigValueError) {
                switch key {
                case "log_level":
                    values.logLevel = try ConfigValues.logLevel(from: value)
                case "role_read": values.roleRead = try ConfigValues.groupName(value, key: key)
                case "role_operator": values.roleOperator = try ConfigValues.groupName(value, key: key)
                case "role_admin": values.roleAdmin = try ConfigValues.groupName(value, key: key)
                case "operator_units": values.operatorUnits = try ConfigValues.unitList(value)
                case "trusted_proxies": values.trustedProxies = try ConfigValues.userList(value, key: key)
                case _ where ConfigValues.durabilityKeys.contains(key):
                    try values.setDurability(key, value)
                case _ where key != "max_line":
                    let limit = ConfigValues.numericLimits.first { $0.key == key }!
                    guard let number = Int(value), limit.range.contains(number) else {
                        throw ConfigValueError(
                            "\(key) must be a whole number from \(limit.range.lowerBound) to \(limit.range.upperBound)"
                        )
                    }
                    values[keyPath: limit.path] = number
                default:
                    guard let number = Int(value) else {
                        throw ConfigValueError("max_line must be a whole number of bytes")
                    }
                    values.maximumLineLength = try ConfigValues.lineLength(number)
                }
            } catch {
                throw ConfigFileError(path: path, line: number, reason: error.description)
            }
        }
        return values
    }
}

/// A configuration file that cannot be used, with where and why.
public struct ConfigFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The 1-based line, when the error is on one.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
