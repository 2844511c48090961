/// A piece of HTML whose interpolated values are escaped unless they are HTML themselves.
///
///     let row: HTML = "<td>\(name)</td>"      // name is a String: `<`, `&`, `"` … escaped
///     let page: HTML = "<tr>\(row)</tr>"      // row is HTML: kept as it is
///
/// Literal text is the program's own markup; every value from jixiaod or from a request is a
/// `String` and so is escaped where it lands, in text and in (double-quoted) attributes alike.
/// There is no way to put a `String` into a page unescaped but ``HTML/init(trusted:)``,
/// which only documents the daemon's own rendered tables go through.
public struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var markup: String

    /// Nothing.
    public static let empty = HTML(trusted: "")

    /// Markup that is already HTML (the program's own, or a document jixiaod rendered with
    /// its own escaping).
    public init(trusted markup: String) {
        self.markup = markup
    }

    public init(stringLiteral value: String) {
        markup = value
    }

    public init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    public var description: String { markup }

    /// Pieces one after another.
    public init(joining parts: [HTML], separator: HTML = .empty) {
        markup = parts.map(\.markup).joined(separator: separator.markup)
    }

    /// Builds HTML from literals and escaped values.
    public struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// A value: escaped.
        public mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        /// A value: escaped.
        public mutating func appendInterpolation(_ text: Substring) {
            markup += HTML.escape(String(text))
        }

        /// A number.
        public mutating func appendInterpolation<Number: BinaryInteger>(_ number: Number) {
            markup += String(number)
        }

        /// Markup: kept.
        public mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        /// Pieces of markup: kept, one after another.
        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { markup += part.markup }
        }
    }

    /// Text made safe for HTML text and double- or single-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
