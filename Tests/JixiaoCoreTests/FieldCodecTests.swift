import JixiaoCore
import Testing

@Suite struct FieldCodecTests {
    static let percentReason = "a percentage is a number, e.g. 34.71%"
    static let pointsReason = "points are a number of 0 or more, e.g. 10 or 4.59"
    static let countReason = "a count is a whole number of 0 or more"

    static func n(_ text: String) -> ExactNumber { ExactNumber(parsing: text)! }

    @Test(
        arguments: [
            ("34.71%", "34.71"), ("34.71", "34.71"), ("100％", "100"), (" 92.1% ", "92.1"), ("\u{3000}90%", "90"),
            ("-5%", "-5"), ("0", "0"), ("166.02%", "166.02"),
        ] as [(String, String)]
    )
    func percentIsReadWithOrWithoutThePercentSign(text: String, number: String) throws {
        let value = try FieldCodec.percent(text, field: "printed_rate")
        #expect(value == Self.n(number))
        #expect(value.description == number)
        #expect(FieldCodec.format(percent: value) == number + "%")
    }

    @Test(arguments: ["", "%", "三成", "34.71%%", "约90%", "90 %", "1e2%"])
    func percentThatIsNotANumberIsRefused(text: String) {
        #expect(throws: DomainError.badValue(field: "printed_rate", value: text, reason: Self.percentReason)) {
            try FieldCodec.percent(text, field: "printed_rate")
        }
    }

    @Test(
        arguments: [("10", "10"), ("4.59", "4.59"), ("10分", "10"), (" 4.5分 ", "4.5"), ("0", "0"), ("0.00", "0.00")]
            as [(String, String)]
    )
    func pointsAreANonNegativeDecimalWithAnOptionalFen(text: String, number: String) throws {
        let value = try FieldCodec.points(text, field: "weight")
        #expect(value == Self.n(number))
        #expect(value.description == number)
    }

    @Test(arguments: ["-1", "-0.5分", "", "分", "十分", "10分分", "10 分"])
    func pointsThatAreNegativeOrNotANumberAreRefused(text: String) {
        #expect(throws: DomainError.badValue(field: "weight", value: text, reason: Self.pointsReason)) {
            try FieldCodec.points(text, field: "weight")
        }
    }

    @Test(
        arguments: [
            ("38", 38), ("38人", 38), ("200个", 200), ("12名", 12), ("0", 0), (" 303517人 ", 303_517),
            ("999999999999999", 999_999_999_999_999),
        ] as [(String, Int64)]
    )
    func countIsAWholeNumberWithAnOptionalUnitWord(text: String, count: Int64) throws {
        #expect(try FieldCodec.count(text, field: "staff_actual") == count)
    }

    @Test(arguments: ["", "人", "-1", "3.5", "1,000", "三十八", "38人次", "1000000000000000", "+5", "３８"])
    func countThatIsNotAWholeNumberIsRefused(text: String) {
        #expect(throws: DomainError.badValue(field: "staff_actual", value: text, reason: Self.countReason)) {
            try FieldCodec.count(text, field: "staff_actual")
        }
    }

    @Test(
        arguments: [
            ("综合股、基金股、稽核股", ["综合股", "基金股", "稽核股"]),
            ("综合股,基金股，稽核股", ["综合股", "基金股", "稽核股"]),
            (" 综合股 、 基金股 ", ["综合股", "基金股"]),
            ("综合股、、基金股、", ["综合股", "基金股"]),
            ("办公室", ["办公室"]),
            ("", []),
            ("、,，", []),
        ] as [(String, [String])]
    )
    func listIsSplitOnEnumerationCommaAndCommas(text: String, items: [String]) throws {
        #expect(try FieldCodec.list(text, field: "offices") == items)
    }

    @Test func listIsWrittenBackWithTheEnumerationComma() throws {
        let items = try FieldCodec.list("综合股,基金股，稽核股", field: "offices")
        #expect(FieldCodec.format(list: items) == "综合股、基金股、稽核股")
        #expect(try FieldCodec.list(FieldCodec.format(list: items), field: "offices") == items)
    }

    @Test func listItemWithAControlCharacterIsRefused() {
        #expect(
            throws: DomainError.badValue(
                field: "offices",
                value: "基金\u{7}股",
                reason: "text may not contain control characters other than line breaks and tabs"
            )
        ) { try FieldCodec.list("综合股、基金\u{7}股", field: "offices") }
    }

    @Test func textKeepsNewlinesAndTabsButRefusesOtherControlsAndEmptiness() throws {
        #expect(try FieldCodec.text("第一行\n第二行", field: "note") == "第一行\n第二行")
        #expect(try FieldCodec.text("项目\t金额", field: "note") == "项目\t金额")
        #expect(try FieldCodec.text(String(repeating: "字", count: 2000), field: "note").count == 2000)
        #expect(throws: DomainError.badValue(field: "note", value: "", reason: "text has 1 to 2000 characters")) {
            try FieldCodec.text("", field: "note")
        }
        let long = String(repeating: "字", count: 2001)
        #expect(throws: DomainError.badValue(field: "note", value: long, reason: "text has 1 to 2000 characters")) {
            try FieldCodec.text(long, field: "note")
        }
        for text in ["a\rb", "a\u{0}b", "a\u{7F}b", "a\u{85}b"] {
            #expect(
                throws: DomainError.badValue(
                    field: "note",
                    value: text,
                    reason: "text may not contain control characters other than line breaks and tabs"
                )
            ) { try FieldCodec.text(text, field: "note") }
        }
    }

    @Test func choiceIsOneOfTheWords() throws {
        #expect(try FieldCodec.choice("良", Grade.names, field: "printed_grade") == "良")
        #expect(throws: DomainError.badValue(field: "printed_grade", value: "良好", reason: "one of: 优, 良, 中, 差")) {
            try FieldCodec.choice("良好", Grade.names, field: "printed_grade")
        }
    }
}

/// The control-character check reads bytes; it must agree with the Unicode general category
/// for every scalar of the first three planes' interesting ranges.
@Suite struct ControlCharacterTests {
    @Test func byteCheckAgreesWithTheGeneralCategoryForEveryScalarUpToU3000() throws {
        for value in 0..<0x3001 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "甲" + String(Character(scalar)) + "乙"
            let isControl = scalar.properties.generalCategory == .control
            let allowed = scalar == "\n" || scalar == "\t"
            #expect(
                (try? FieldCodec.text(text, field: "f")) == (isControl && !allowed ? nil : text),
                "U+\(String(value, radix: 16))"
            )
            #expect(((try? Name.validate(text)) != nil) == !isControl, "U+\(String(value, radix: 16))")
        }
    }

    @Test func textsOfMoreThan2000CharactersAreRefusedWhateverTheirBytes() {
        #expect((try? FieldCodec.text(String(repeating: "医", count: 2000), field: "f")) != nil)
        #expect((try? FieldCodec.text(String(repeating: "医", count: 2001), field: "f")) == nil)
        #expect((try? FieldCodec.text(String(repeating: "a", count: 2001), field: "f")) == nil)
        #expect((try? FieldCodec.text(String(repeating: "é", count: 1500), field: "f")) != nil)
    }
}
