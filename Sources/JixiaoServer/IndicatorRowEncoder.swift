import JixiaoCore
import JixiaoProtocol
import NIOCore

/// The TSV reply to `INDICATOR GET`, written straight into the outgoing buffer from the
/// indicator as the model stores it: no ``RowTable``, no `String` per reply, no lookup of
/// a field by its key.
///
/// The bytes are those ``ReplyEncoder`` writes for the table ``QueryTables/get(_:in:)``
/// builds (`OK rows=1`, the column keys, the row); `DirectGetTests` compares the two for
/// every indicator of the examples.
enum IndicatorRowEncoder {
    /// Whether the encoder can write an indicator's row: every field shows its exported
    /// value. A money field would be written in the connection's ``MoneyFormat``, which only
    /// the table path does.
    static let applies = !Indicator.fields.contains { $0.kind == .money }

    /// The status line and the column keys, as the table path writes them.
    static let head: [UInt8] = {
        let columns = ["unit", "year", "owner", "code"] + Indicator.fields.map(\.key) + ["revision"]
        return Array(("OK rows=1\n" + columns.map(ReplyEncoder.escapeTSV).joined(separator: "\t") + "\n").utf8)
    }()

    /// Appends the whole reply for `indicator` of the expenditure `key`.
    static func write(_ indicator: borrowing Indicator, key: ExpenditureKey, into output: inout ByteBuffer) {
        output.writeBytes(head)
        writeCell(key.unit.text, into: &output)
        output.writeInteger(UInt8(ascii: "\t"))
        writeCell(key.year.description, into: &output)
        output.writeInteger(UInt8(ascii: "\t"))
        writeCell(key.owner.description, into: &output)
        output.writeInteger(UInt8(ascii: "\t"))
        writeCell(indicator.code.text, into: &output)
        for position in Indicator.fields.indices {
            output.writeInteger(UInt8(ascii: "\t"))
            if let value = indicator.exportValue(at: position) { writeCell(value, into: &output) }
        }
        output.writeInteger(UInt8(ascii: "\t"))
        writeCell(String(indicator.revision), into: &output)
        output.writeInteger(UInt8(ascii: "\n"))
    }

    /// Appends a cell escaped as ``ReplyEncoder/escapeTSV(_:)`` escapes it (the four
    /// characters it escapes are ASCII, so escaping byte by byte is the same).
    static func writeCell(_ text: String, into output: inout ByteBuffer) {
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else {
                output.writeBytes(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case 0x5C: output.writeStaticString("\\\\")
                case 0x09: output.writeStaticString("\\t")
                case 0x0A: output.writeStaticString("\\n")
                case 0x0D: output.writeStaticString("\\r")
                default: output.writeInteger(byte)
                }
            }
        }
        if written == nil { output.writeString(ReplyEncoder.escapeTSV(text)) }
    }
}
