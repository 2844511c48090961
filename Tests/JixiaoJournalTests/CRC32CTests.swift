import JixiaoJournal
import Testing

@Suite struct CRC32CTests {
    @Test func checkValueOfTheStandardVector() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    }

    @Test(
        arguments: [
            ("", 0x0000_0000),
            ("a", 0xC1D0_4330),
            ("1 1970-01-01T00:00:00.000Z alice 1\nPING\n", 0x575C_08B2),
        ] as [(String, UInt32)]
    )
    func knownChecksums(text: String, crc: UInt32) {
        #expect(CRC32C.checksum(Array(text.utf8)) == crc)
    }

    @Test func thirtyTwoZeroBytesAndThirtyTwoOnesMatchRFC3720() {
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum(Array(UInt8(0)...UInt8(31))) == 0x46DD_794E)
    }

    @Test func checksumInPiecesEqualsChecksumOfTheWhole() {
        let bytes = Array("UNIT CREATE hongjiang name=洪江市医疗保障局\n".utf8)
        let whole = CRC32C.checksum(bytes)
        for split in 0...bytes.count {
            let first = CRC32C.checksum(bytes[..<split])
            #expect(CRC32C.checksum(bytes[split...], continuing: first) == whole)
        }
    }

    /// Contiguous bytes are checksummed eight at a time; any other sequence a byte at a time
    /// (a lazy map is not contiguous): both give the same value at every length and offset.
    @Test func eightBytesAtATimeEqualsByteAtATime() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for start in 0..<9 {
            for end in stride(from: start, through: bytes.count, by: 7) {
                let slice = bytes[start..<end]
                let bytewise = CRC32C.checksum(slice.lazy.map { $0 }, continuing: 0x1234_5678)
                #expect(CRC32C.checksum(slice, continuing: 0x1234_5678) == bytewise)
                let raw = slice.withUnsafeBytes { CRC32C.checksum($0, continuing: 0x1234_5678) }
                #expect(raw == bytewise)
            }
        }
    }
}
