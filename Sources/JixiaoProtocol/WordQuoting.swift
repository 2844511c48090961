/// Writes values back as words of the line grammar, quoting only where needed, so that
/// journal records and exports are both exact and pleasant to read.
public enum WordQuoting {
    /// The word for a positional value: bare when it is safe, quoted otherwise.
    public static func quote(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    /// The word for a `key=value` argument.
    public static func keyed(_ key: String, _ value: String) -> String {
        key + "=" + quote(value)
    }

    private static func needsQuotes(_ text: String) -> Bool {
        if text.isEmpty { return true }
        return text.utf8.contains { byte in
            byte <= 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3D || byte == 0x7F || byte == 0x23
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
