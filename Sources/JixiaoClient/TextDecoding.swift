#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's bytes into text the way spreadsheet files come: UTF-8 (with or without
/// the byte-order mark Excel writes for "CSV UTF-8"), UTF-16 with its byte-order mark
/// (Excel's "Unicode 文本"), or — what Excel and WPS write for plain "CSV" on a Chinese
/// Windows — GBK/GB18030, read through the C library's iconv.
public enum TextDecoding {
    /// How the bytes were encoded.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case gb18030 = "GB18030"
    }

    /// Bytes that are none of the encodings.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The byte offset of the first byte that does not decode.
        public let offset: Int

        public var description: String {
            "文件不是 UTF-8 或 GBK/GB18030 编码的文本（第\(offset + 1)个字节读不出）；请在 Excel/WPS 中另存为「CSV UTF-8（逗号分隔）」后再导入"
        }
    }

    /// The text and the encoding it was read in.
    /// - Throws: ``Failure`` when no encoding reads every byte.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BigEndian)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        return (try gb18030(Array(bytes)), .gb18030)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// GB18030 (a superset of GBK and GB2312) to UTF-8 through iconv.
    static func gb18030(_ bytes: [UInt8]) throws(Failure) -> String {
        guard !bytes.isEmpty else { return "" }
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, converter != iconv_t(bitPattern: -1) else { throw Failure(offset: 0) }
        defer { iconv_close(converter) }
        var input = bytes
        // A GB18030 character of 1, 2 or 4 bytes is at most 4 bytes of UTF-8.
        var output = [UInt8](repeating: 0, count: bytes.count * 4)
        let (unread, produced) = input.withUnsafeMutableBytes { inBuffer in
            output.withUnsafeMutableBytes { outBuffer in
                var inPointer = inBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return (inLeft, outBuffer.count - outLeft)
            }
        }
        if unread > 0 { throw Failure(offset: bytes.count - unread) }
        return String(decoding: output[..<produced], as: UTF8.self)
    }
}
