/// Reading and writing field values of each ``FieldKind``.
public enum FieldCodec {
    /// Reads free text.
    public static func text(_ value: String, field: String) throws(DomainError) -> String {
        guard !value.isEmpty, value.hasAtMost(2000) else {
            throw .badValue(field: field, value: value, reason: "text has 1 to 2000 characters")
        }
        // Line breaks and tabs are text (pasted from a spreadsheet, say), and the journal,
        // TSV and JSON write both escaped; other control characters are not.
        guard !value.containsControlCharacter(allowingLineBreaksAndTabs: true) else {
            throw .badValue(
                field: field,
                value: value,
                reason: "text may not contain control characters other than line breaks and tabs"
            )
        }
        return value
    }

    /// Reads a percentage, with or without `%`.
    public static func percent(_ value: String, field: String) throws(DomainError) -> ExactNumber {
        var body = Substring(value).trimmingBlanks()
        if body.hasSuffix("%") || body.hasSuffix("％") { body = body.dropLast() }
        guard let number = ExactNumber(parsing: body) else {
            throw .badValue(field: field, value: value, reason: "a percentage is a number, e.g. 34.71%")
        }
        return number
    }

    /// Reads points: a non-negative decimal, `5`, `4.59`, `10分`.
    public static func points(_ value: String, field: String) throws(DomainError) -> ExactNumber {
        var body = Substring(value).trimmingBlanks()
        if body.hasSuffix("分") { body = body.dropLast() }
        guard let number = ExactNumber(parsing: body), !number.isNegative else {
            throw .badValue(field: field, value: value, reason: "points are a number of 0 or more, e.g. 10 or 4.59")
        }
        return number
    }

    /// Reads a count: a non-negative whole number (`38`, `38人`).
    public static func count(_ value: String, field: String) throws(DomainError) -> Int64 {
        var body = Substring(value).trimmingBlanks()
        for unit in ["人", "个", "名"] where body.hasSuffix(unit) { body = body.dropLast() }
        guard body.allSatisfy(\.isASCIIDigit), body.count <= 15, let number = Int64(body) else {
            throw .badValue(field: field, value: value, reason: "a count is a whole number of 0 or more")
        }
        return number
    }

    /// Reads one of the allowed words.
    public static func choice(_ value: String, _ options: [String], field: String) throws(DomainError) -> String {
        guard options.contains(value) else {
            throw .badValue(field: field, value: value, reason: "one of: \(options.joined(separator: ", "))")
        }
        return value
    }

    /// Reads a list of names separated by `、`, `,` or `，`.
    public static func list(_ value: String, field: String) throws(DomainError) -> [String] {
        let items = value.split(whereSeparator: { $0 == "、" || $0 == "," || $0 == "，" })
            .map { String($0.trimmingBlanks()) }.filter { !$0.isEmpty }
        for item in items { _ = try text(item, field: field) }
        return items
    }

    /// Writes a percentage as it is read back: `34.71%`.
    public static func format(percent: ExactNumber) -> String { "\(percent)%" }

    /// Writes a list as it is read back.
    public static func format(list: [String]) -> String { list.joined(separator: "、") }
}
