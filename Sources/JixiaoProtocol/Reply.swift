/// What the daemon answers to one request: a status line, and rows when the status says
/// how many follow.
public struct Reply: Sendable, Equatable {
    /// `OK` with its words, or `ERR` with its code and message.
    public enum Status: Sendable, Equatable {
        /// Success; the words follow `OK` (e.g. `seq=12`). A `rows=N` word is added by the
        /// encoder when the reply carries rows.
        case ok([String])
        /// Refusal.
        case error(ProtocolError)
    }

    /// The status.
    public var status: Status
    /// Rows, if the reply has any.
    public var table: RowTable?
    /// Whether the connection closes after this reply (QUIT).
    public var closesConnection: Bool

    /// Creates a reply.
    public init(_ status: Status, table: RowTable? = nil, closesConnection: Bool = false) {
        self.status = status
        self.table = table
        self.closesConnection = closesConnection
    }

    /// `OK` with words.
    public static func ok(_ words: String...) -> Reply { Reply(.ok(words)) }

    /// `OK rows=N` with the table.
    public static func rows(_ table: RowTable) -> Reply { Reply(.ok([]), table: table) }

    /// `ERR code message`.
    public static func error(_ error: ProtocolError) -> Reply { Reply(.error(error)) }
}

/// Rows with named columns. Column names are ASCII keys (stable for `cut` and `jq`);
/// ``ColumnLabels`` gives their official Chinese headings for people.
public struct RowTable: Sendable, Equatable {
    /// The column keys.
    public var columns: [String]
    /// The rows, each with one value per column; an empty string is "not entered".
    public var rows: [[String]]

    /// Creates a table.
    public init(columns: [String], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }
}
