import JixiaoCore

/// `HISTORY` and `WATCH`: their scopes and bounds.
extension CommandParser {
    /// `HISTORY path [from=…] [to=…]` or `HISTORY unit year …`.
    static func history(_ a: Arguments) throws -> HistoryRequest {
        let object: ObjectKey =
            a.count == 2 ? .year(try a.unit(0), try a.year(1)) : try ObjectKey(path: a.positional(0))
        let from = try a.optional("from").map { text throws(ProtocolError) in
            try MomentText.milliseconds(parsing: text, day: .start)
        }
        let to = try a.optional("to").map { text throws(ProtocolError) in
            try MomentText.milliseconds(parsing: text, day: .end)
        }
        return HistoryRequest(object: object, from: from, to: to)
    }

    /// `WATCH [unit [year [owner]]] [from=seq]`.
    static func watch(_ a: Arguments) throws -> WatchRequest {
        let scope: ObjectKey?
        switch a.count {
        case 0: scope = nil
        case 1: scope = .unit(try a.unit(0))
        case 2: scope = .year(try a.unit(0), try a.year(1))
        default: scope = .expenditure(try a.expenditure())
        }
        var from: Int64?
        if let text = a.optional("from") {
            guard let sequence = Int64(text), sequence >= 0 else {
                throw ProtocolError(.badValue, "from= takes the last sequence number seen (0 or more)")
            }
            from = sequence
        }
        return WatchRequest(scope: scope, from: from)
    }
}
