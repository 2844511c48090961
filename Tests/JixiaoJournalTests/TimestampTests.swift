import JixiaoJournal
import Testing

@Suite struct TimestampTests {
    static let known: [(Int64, String)] = [
        (0, "1970-01-01T00:00:00.000Z"),
        (1, "1970-01-01T00:00:00.001Z"),
        (-1, "1969-12-31T23:59:59.999Z"),
        (1_709_210_096_789, "2024-02-29T12:34:56.789Z"),  // leap day
        (951_782_400_000, "2000-02-29T00:00:00.000Z"),  // leap day of a 400-year century
        (-2_203_891_200_001, "1900-02-28T23:59:59.999Z"),  // 1900 has no 29 February…
        (-2_203_891_200_000, "1900-03-01T00:00:00.000Z"),  // …so 1 March follows 28 February
        (-11_670_976_371_991, "1600-02-29T06:07:08.009Z"),
        (-62_135_596_800_000, "0001-01-01T00:00:00.000Z"),
        (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
        (1_795_446_237_123, "2026-11-23T15:03:57.123Z"),
    ]

    @Test(arguments: known)
    func descriptionIsISO8601InUTCWithMilliseconds(milliseconds: Int64, text: String) {
        #expect(Timestamp(milliseconds: milliseconds).description == text)
    }

    @Test(arguments: known)
    func iso8601ParsesBackToTheSameMoment(milliseconds: Int64, text: String) {
        #expect(Timestamp(iso8601: text) == Timestamp(milliseconds: milliseconds))
    }

    @Test func everyMillisecondAroundTheEpochAndALeapDayRoundTrips() {
        let leapDay: Int64 = 1_709_164_800_000  // 2024-02-29T00:00:00.000Z
        var values: [Int64] = Array(-3_000...3_000)
        values += (-3_000...3_000).map { leapDay + $0 }
        values += (-3...3).map { leapDay + $0 * 86_400_000 }
        var random = SplitMix64(seed: 1970)
        let low: Int64 = -62_135_596_800_000  // 0001-01-01
        let high: Int64 = 253_402_300_799_999  // 9999-12-31T23:59:59.999
        for _ in 0..<20_000 {
            values.append(low + Int64(random.next() % UInt64(high - low + 1)))
        }
        for milliseconds in values {
            let text = Timestamp(milliseconds: milliseconds).description
            #expect(text.utf8.count == 24, "\(milliseconds) → \(text)")
            #expect(Timestamp(iso8601: text)?.milliseconds == milliseconds, "\(milliseconds) → \(text)")
        }
    }

    @Test func leapDaysFollowTheGregorianRules() {
        for (year, isLeap) in [(2024, true), (2023, false), (2000, true), (1900, false), (2100, false), (1600, true)] {
            let text = "\(year)-02-29T00:00:00.000Z"
            let parsed = Timestamp(iso8601: text)
            #expect((parsed?.description == text) == isLeap, "\(text)")
        }
    }

    @Test(arguments: [
        "", "2024-02-29T12:34:56.789", "2024-02-29 12:34:56.789Z", "2024-02-29T12:34:56Z", "2024-02-29T12:34:56.78Z",
        "2024-02-29T12:34:56.7890Z", "2024-13-01T00:00:00.000Z", "2024-00-01T00:00:00.000Z", "2024-01-00T00:00:00.000Z",
        "2024-01-32T00:00:00.000Z", "2024-01-01T24:00:00.000Z", "2024-01-01T00:60:00.000Z", "2024-01-01T00:00:61.000Z",
        "2024/01/01T00:00:00.000Z", "2O24-01-01T00:00:00.000Z", "+024-01-01T00:00:00.000Z", "2024-01-01t00:00:00.000z",
        "２０２４-01-01T00:00:00.000Z",
    ])
    func malformedTextIsNotATimestamp(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test func timestampsOrderByTime() {
        #expect(Timestamp(milliseconds: -1) < Timestamp(milliseconds: 0))
        #expect(Timestamp(iso8601: "2024-02-29T00:00:00.000Z")! < Timestamp(iso8601: "2024-03-01T00:00:00.000Z")!)
    }
}

/// SplitMix64, for repeatable "many values" tests.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
