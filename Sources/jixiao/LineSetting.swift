import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// Setting and listing figure lines (`LINE SET`, `LINE LIST`) for the commands of each
/// form section (income, 三公, 公用经费, funds…), which only name the part.
enum LineSetting {
    /// One part of a section: its line code suffix and the form's wording.
    struct Part {
        let code: String
        let label: String
    }

    /// The line code for a section's part: the section itself without a part, else
    /// `section.part`; a part outside the section's list is refused by name, unless it is
    /// a new line of the bureau's own (`labelled`: it comes with its label).
    static func code(section: String, part: String?, parts: [Part], labelled: Bool = false) throws -> String {
        guard var part else { return section }
        if part.hasPrefix(section + ".") { part = String(part.dropFirst(section.count + 1)) }
        guard labelled || parts.contains(where: { $0.code == part }) else {
            let known = parts.map { "\($0.code)（\($0.label)）" }.joined(separator: "、")
            throw ValidationError(
                L("“\(part)”不是本栏目的科目；可用：\(known)", "'\(part)' is not a part of this section; one of: \(known)")
            )
        }
        return section + "." + part
    }

    /// The parts as help text: `vehicle 公务用车购置和维护经费, abroad …`.
    static func list(_ parts: [Part]) -> String {
        parts.map { "\($0.code) \($0.label)" }.joined(separator: L("，", ", "))
    }

    /// `LINE SET` of one line with the revision check (`IF REV=0` for a new line).
    static func set(
        _ expenditure: [String],
        code: String,
        words: [String],
        options: ClientOptions,
        revision: RevisionOptions
    ) throws {
        try revision.run(
            Line.make("LINE SET", expenditure + [code], words),
            get: Line.make("LINE GET", expenditure + [code]),
            options: options,
            creates: true
        )
    }

    /// A department section's command: with figures, `LINE SET` of its line; without any,
    /// the section's lines as they stand.
    static func setOrShow(
        _ year: YearAddress,
        code: String,
        words: [String],
        options: ClientOptions,
        revision: RevisionOptions,
        amounts: AmountOptions
    ) throws {
        let dept = year.words + ["dept"]
        if words.isEmpty { return try show(dept, section: code, options: options, amounts: amounts.format()) }
        try set(dept, code: code, words: words, options: options, revision: revision)
    }

    /// Prints the expenditure's lines in a section (the section line and its parts).
    static func show(_ expenditure: [String], section: String, options: ClientOptions, amounts: AmountFormat) throws {
        var plain = options
        plain.json = false
        let connection = try plain.connect(money: amounts.money)
        var reply = try Output.request(Line.make("LINE LIST", expenditure), on: connection)
        guard let column = reply.columns.firstIndex(of: "line") else {
            return try Output.print(reply, as: options.presentation)
        }
        let kept = reply.cells.filter { row in
            column < row.count && (row[column] == section || row[column].hasPrefix(section + "."))
        }
        if options.json {
            for row in kept {
                var text = "{"
                for (index, key) in reply.columns.enumerated() {
                    if index > 0 { text += "," }
                    JSONText.appendString(key, to: &text)
                    text += ":"
                    JSONText.appendString(index < row.count ? row[index] : "", to: &text)
                }
                print(text + "}")
            }
            return
        }
        reply.rowLines = kept.map { $0.map(ReplyEncoder.escapeTSV).joined(separator: "\t") }
        reply.statusLine = "OK rows=\(kept.count)"
        try Output.print(reply, as: options.presentation.with(amounts))
    }
}
