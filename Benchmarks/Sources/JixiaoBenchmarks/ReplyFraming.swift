/// Where one reply ends in a byte buffer, for each protocol the load generator speaks.
enum ReplyFraming: Sendable {
    /// Jixiao: a status line; with `rows=N`, a header line and N rows follow (TSV).
    case jixiao
    /// Redis's RESP: simple strings, errors, integers, bulk strings and arrays.
    case resp

    /// The index just past the reply starting at `start`, or `nil` when the buffer does not
    /// hold all of it yet.
    func end(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) -> Int? {
        switch self {
        case .jixiao: return Self.jixiaoEnd(bytes, start, limit)
        case .resp: return Self.respEnd(bytes, start, limit)
        }
    }

    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int? {
        var index = start
        while index < limit {
            if bytes[index] == 0x0A { return index }
            index += 1
        }
        return nil
    }

    private static func jixiaoEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int? {
        guard let newline = lineEnd(bytes, start, limit) else { return nil }
        let rows = rowCount(bytes, start, newline)
        var end = newline + 1
        if let rows {
            for _ in 0..<(rows + 1) {
                guard let next = lineEnd(bytes, end, limit) else { return nil }
                end = next + 1
            }
        }
        return end
    }

    /// N of ` rows=N` in an `OK` status line.
    private static func rowCount(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start >= 2, bytes[start] == UInt8(ascii: "O"), bytes[start + 1] == UInt8(ascii: "K") else {
            return nil
        }
        let pattern = Array(" rows=".utf8)
        var index = start + 2
        while index + pattern.count <= end {
            var matches = true
            for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] {
                matches = false
                break
            }
            if matches {
                var value = 0
                var digit = index + pattern.count
                while digit < end, bytes[digit] >= 0x30, bytes[digit] <= 0x39 {
                    value = value * 10 + Int(bytes[digit] - 0x30)
                    digit += 1
                }
                return value
            }
            index += 1
        }
        return nil
    }

    private static func respEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int? {
        guard start < limit, let newline = lineEnd(bytes, start, limit) else { return nil }
        let kind = bytes[start]
        switch kind {
        case UInt8(ascii: "$"), UInt8(ascii: "*"):
            var value = 0
            var negative = false
            var index = start + 1
            if bytes[index] == UInt8(ascii: "-") {
                negative = true
                index += 1
            }
            while index < newline, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            if negative { return newline + 1 }
            if kind == UInt8(ascii: "$") {
                let end = newline + 1 + value + 2
                return end <= limit ? end : nil
            }
            var end = newline + 1
            for _ in 0..<value {
                guard let next = respEnd(bytes, end, limit) else { return nil }
                end = next
            }
            return end
        default:
            return newline + 1
        }
    }
}
