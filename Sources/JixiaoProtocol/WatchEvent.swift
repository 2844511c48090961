/// One committed change line as a watcher receives it:
///
///     EVENT seq=1234 line=1/1 time=2026-11-23T15:03:57.123Z author=alice object=hongjiang/2024/jicha PROJECT UPDATE hongjiang 2024 jicha executed=3万元
///
/// A journal record of several lines (a transaction) gives one event per line in scope,
/// numbered `line=i/n` by its place in the record; `object=-` marks a change that is not
/// about one object (vocabulary, rule sets). Everything after `object=…` is the change's
/// canonical protocol line, as the journal holds it.
public struct WatchEvent: Sendable, Equatable {
    /// The journal record's sequence number.
    public var sequence: Int64
    /// The line's place in its record, from 1.
    public var line: Int
    /// How many lines the record holds.
    public var lines: Int
    /// The record's time, `YYYY-MM-DDTHH:MM:SS.mmmZ` (UTC).
    public var time: String
    /// Who made the change (the operator's user name, spaces as `_`).
    public var author: String
    /// The path of the object changed, or `-`.
    public var object: String
    /// The change's canonical line.
    public var change: String

    /// Creates an event.
    public init(sequence: Int64, line: Int, lines: Int, time: String, author: String, object: String, change: String) {
        self.sequence = sequence
        self.line = line
        self.lines = lines
        self.time = time
        self.author = author
        self.object = object
        self.change = change
    }

    /// The event's line, without its newline.
    public var text: String {
        "EVENT seq=\(sequence) line=\(line)/\(lines) time=\(time) author=\(author) object=\(object) \(change)"
    }

    /// Reads an event line; `nil` when the line is not one.
    public init?(line text: String) {
        let words = text.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
        guard words.count == 7, words[0] == "EVENT" else { return nil }
        func value(_ word: Substring, _ key: String) -> Substring? {
            word.hasPrefix(key + "=") ? word.dropFirst(key.count + 1) : nil
        }
        guard let sequence = value(words[1], "seq").flatMap({ Int64($0) }),
            let place = value(words[2], "line")?.split(separator: "/"), place.count == 2,
            let line = Int(place[0]), let lines = Int(place[1]),
            let time = value(words[3], "time"), let author = value(words[4], "author"),
            let object = value(words[5], "object")
        else { return nil }
        self.init(
            sequence: sequence,
            line: line,
            lines: lines,
            time: String(time),
            author: String(author),
            object: String(object),
            change: String(words[6])
        )
    }
}
