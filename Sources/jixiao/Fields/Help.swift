import ArgumentParser

/// Help for one option in the run's language: what the field is, in Chinese, and which
/// official form cell it fills.
func help(_ zh: String, _ en: String, value: String? = nil) -> ArgumentHelp {
    ArgumentHelp(L(zh, en), valueName: value)
}

/// The `key=value` words of a group of typed options.
protocol FieldWords {
    /// Each protocol key with the value given, or `nil` when the option was not given.
    var pairs: [(String, String?)] { get }
}

extension FieldWords {
    /// The keyed words for the options given (an empty value clears the field).
    var words: [String] { Line.keyed(pairs) }
    /// Whether no option was given.
    var isEmpty: Bool { pairs.allSatisfy { $0.1 == nil } }
}
