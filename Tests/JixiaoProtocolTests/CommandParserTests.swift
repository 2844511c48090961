import JixiaoCore
import JixiaoProtocol
import Testing

@Suite struct CommandParserTests {
    @Test func everyCommandOfTheTableHasAValidLineHere() {
        #expect(Set(Self.validLines.keys) == Set(CommandTable.all.map(\.name)))
        #expect(CommandTable.all.count == Self.validLines.count)
    }

    @Test(arguments: CommandTable.all.map(\.name))
    func everyCommandParsesFromAValidLine(name: String) throws {
        let entry = try #require(Self.validLines[name])
        #expect(try CommandParser.parse(entry.line) == entry.command)
    }

    @Test func exactlyTheCommandsThatChangeTheModelAreMarkedMutating() throws {
        for spec in CommandTable.all {
            let entry = try #require(Self.validLines[spec.name])
            switch entry.command {
            case .change, .carryOver: #expect(spec.mutates, "\(spec.name)")
            default: #expect(!spec.mutates, "\(spec.name)")
            }
        }
    }

    @Test(
        arguments: [
            ("ping", Command.ping),
            ("Unit List", .list(.units)),
            ("format TSV", .format(.tsv)),
            ("FORMAT Json", .format(.json)),
            ("YEAR LIST hongjiang", .list(.years(P.hj))),
            ("HELP unit create", .help("UNIT CREATE")),
            ("HELP project", .help("PROJECT")),
            ("EXPORT hongjiang", .export(P.hj, nil)),
            ("EXPORT hongjiang 2024", .export(P.hj, P.y2024)),
            ("check run", .check(nil, nil, nil)),
            ("CHECK RUN hongjiang", .check(P.hj, nil, nil)),
            ("CHECK RUN hongjiang 2024 dept", .check(P.hj, P.y2024, .department)),
            ("  PING  ", .ping),
            ("\tPING", .ping),
            ("UNIT CREATE name=洪江 hongjiang", .change(.create(.unit(P.hj), P.fields(["name": "洪江"])))),
            ("vocab add 2 name=宣传指标", .change(.addVocabulary(level: 2, name: "宣传指标"))),
            (
                "PROJECT CREATE hongjiang 2024 jicha executed=-3万 name=x budget_full=",
                .change(
                    .create(
                        .project(P.hj, P.y2024, P.jicha),
                        P.fields(["executed": "-3万", "name": "x", "budget_full": ""])
                    )
                )
            ),
            (
                #"PROJECT UPDATE hongjiang 2024 jicha name="新 名" budget_initial="""#,
                .change(.update(.project(P.hj, P.y2024, P.jicha), P.fields(["name": "新 名", "budget_initial": ""])))
            ),
            (
                "group set hongjiang 2024 dept weight=50 level1=产出指标",
                .change(.set(.part(P.dept, .group(IndicatorGroup(level1: "产出指标"))), P.fields(["weight": "50"])))
            ),
            (
                "GROUP DELETE hongjiang 2024 jicha level2=数量指标 level1=产出指标",
                .change(.delete(.part(P.project, .group(IndicatorGroup(level1: "产出指标", level2: "数量指标")))))
            ),
        ] as [(String, Command)]
    )
    func commandNamesAreCaseInsensitiveAndKeysMayComeAnywhere(line: String, command: Command) throws {
        #expect(try CommandParser.parse(line) == command)
    }

    @Test(arguments: ["", "   ", "\t", " \t ", "# a comment", "#", "   # indented comment", "\t#x", "#\"unbalanced"])
    func blankLinesAndCommentsGiveNoCommand(line: String) throws {
        #expect(try CommandParser.parse(line) == nil)
    }

    @Test(arguments: [
        "FROB", "UNIT", "UNIT FROB", "UNIT name=x", "PROJECT", "YEAR LISTS", "name=x PING", "PINGS", "UNITCREATE hj",
        "DEPT CREATE hongjiang 2024", "DEPT DELETE hongjiang 2024", "DEPT LIST hongjiang 2024",
        "LINE CREATE hongjiang 2024 dept income",
        "LINE UPDATE hongjiang 2024 dept income initial=1万元", "GOAL CREATE hongjiang 2024 dept 1 text=x",
        "ADJUSTMENT SET hongjiang 2024 dept 1 amount=1万元", "GROUP GET hongjiang 2024 dept level1=产出指标",
        "ALLOCATION LIST hongjiang 2024 dept", "VOCAB", "VOCAB DELETE 1 name=x", "EXPORTS", "\"PING\"x",
    ])
    func unknownCommandIsRefused(line: String) {
        #expect(code(of: line) == .unknownCommand)
    }

    @Test func unknownCommandMessageSuggestsHelp() {
        #expect(throws: ProtocolError(.unknownCommand, "unknown command 'FROB'; HELP lists them")) {
            try CommandParser.parse("frob")
        }
        #expect(throws: ProtocolError(.unknownCommand, "'UNIT' needs a subcommand; try HELP UNIT")) {
            try CommandParser.parse("unit")
        }
        #expect(throws: ProtocolError(.unknownCommand, "unknown command 'DEPT DELETE'; HELP lists them")) {
            try CommandParser.parse("DEPT DELETE hongjiang 2024")
        }
    }

    @Test(arguments: [
        "PING extra", "HELLO x", "QUIT now", "FORMAT", "FORMAT tsv json", "UNIT GET", "UNIT GET a b",
        "UNIT LIST x", "YEAR CREATE hongjiang", "YEAR CREATE hongjiang 2024 extra", "YEAR LIST a b",
        "PROJECT LIST hongjiang", "PROJECT LIST hongjiang 2024 extra", "PROJECT CREATE hongjiang 2024 name=x",
        "PROJECT GET hongjiang 2024", "HELP a b c", "HELP unit x=1", "UNIT DELETE",
        "DEPT UPDATE hongjiang executed=1万元",
        "DEPT GET hongjiang 2024 dept", "LINE SET hongjiang 2024 dept initial=1万元", "LINE LIST hongjiang 2024",
        "INDICATOR GET hongjiang 2024 dept", "GROUP SET hongjiang 2024 level1=产出指标 weight=5",
        "ADJUSTMENT ADD hongjiang 2024 dept 1 date=2024-01-01 amount=1万元",
        "ADJUSTMENT UPDATE hongjiang 2024 dept reason=x",
        "PAYMENT DELETE hongjiang 2024 dept", "GOAL LIST hongjiang 2024 dept 1", "ALLOCATION GET hongjiang 2024",
        "VOCAB ADD name=x", "VOCAB LIST 1", "EXPORT hongjiang 2024 dept", "CHECK RUN hongjiang 2024 dept x",
        "CHECK RULES x", "CHECK DISABLE hongjiang 2024 reason=x", "CHECK ENABLE hongjiang 2024",
        "FUNDS hongjiang 2024", "ROLLUP hongjiang", "ROLLUP hongjiang 2024 dept", "CARRYOVER hongjiang 2024",
    ])
    func wrongNumberOfPositionalArgumentsIsAnArityError(line: String) {
        #expect(code(of: line) == .arity)
    }

    @Test func arityMessageShowsTheUsage() {
        #expect(throws: ProtocolError(.arity, "UNIT GET takes 1 argument(s), got 0; usage: UNIT GET unit")) {
            try CommandParser.parse("UNIT GET")
        }
        #expect(
            throws: ProtocolError(.arity, "YEAR LIST takes 0 to 1 argument(s), got 2; usage: YEAR LIST [unit]")
        ) { try CommandParser.parse("YEAR LIST a b") }
        #expect(
            throws: ProtocolError(
                .arity,
                "GOAL ADD takes 3 argument(s), got 4; usage: GOAL ADD unit year owner [kind=…] text=…"
            )
        ) { try CommandParser.parse("GOAL ADD hongjiang 2024 dept 1 text=x") }
        #expect(
            throws: ProtocolError(.arity, "EXPORT takes 0 to 2 argument(s), got 3; usage: EXPORT [unit] [year]")
        ) { try CommandParser.parse("EXPORT a 2024 c") }
    }

    @Test(arguments: [
        "UNIT CREATE hongjiang",  // missing required name
        "UNIT CREATE hongjiang name=",  // a required key with an empty value
        "UNIT CREATE hongjiang name=a name=b",  // duplicate
        "UNIT CREATE hongjiang name=a color=red",  // unknown
        "PING x=1",
        "UNIT GET hongjiang name=x",
        "UNIT UPDATE hongjiang",  // nothing to update
        "YEAR UPDATE hongjiang 2024",  // nothing to update
        "DEPT UPDATE hongjiang 2024",  // nothing to update
        "DEPT UPDATE hongjiang 2024 name=x",  // the department has no name field
        "PROJECT UPDATE hongjiang 2024 jicha",  // nothing to update
        "PROJECT CREATE hongjiang 2024 jicha budget_full=1万",  // missing name
        "PROJECT UPDATE hongjiang 2024 jicha executed=1万 executed=2万",
        "PROJECT CREATE hongjiang 2024 jicha name=x budget=1万",
        "LINE DELETE hongjiang 2024 dept income initial=1万元",
        "LINE SET hongjiang 2024 dept income weight=1",
        "INDICATOR CREATE hongjiang 2024 dept peixun level1=产出指标 level2=数量指标 name=培训",  // missing target
        "INDICATOR UPDATE hongjiang 2024 dept peixun",
        "GROUP SET hongjiang 2024 dept level1=产出指标",  // missing weight
        "GROUP SET hongjiang 2024 dept level1=产出指标 weight=",  // empty weight
        "GROUP SET hongjiang 2024 dept weight=5",  // missing level1
        "GROUP DELETE hongjiang 2024 dept",  // missing level1
        "GROUP DELETE hongjiang 2024 dept level1=产出指标 weight=5",
        "ADJUSTMENT ADD hongjiang 2024 dept amount=1万元",  // missing date
        "PAYMENT ADD hongjiang 2024 dept date=2024-01-01",  // missing amount
        "GOAL ADD hongjiang 2024 dept kind=expected",  // missing text
        "GOAL UPDATE hongjiang 2024 dept 1",
        "ALLOCATION SET hongjiang 2024 dept share=60",
        "VOCAB ADD 1",  // missing name
        "VOCAB ADD 1 name=",
        "CHECK DISABLE hongjiang 2024 low-execution",  // missing reason
        "CHECK ENABLE hongjiang 2024 low-execution reason=x",
    ])
    func unknownDuplicateOrMissingKeysAreBadArguments(line: String) {
        #expect(code(of: line) == .badArgument)
    }

    @Test func badArgumentMessagesNameTheKey() {
        let usage = "usage: UNIT CREATE unit name=… [level=…] [supervisor=…] [offices=…] [parent=…]"
        #expect(throws: ProtocolError(.badArgument, "'name' is given twice")) {
            try CommandParser.parse("UNIT CREATE hongjiang name=a name=b")
        }
        #expect(throws: ProtocolError(.badArgument, "UNIT CREATE has no argument 'color'; \(usage)")) {
            try CommandParser.parse("UNIT CREATE hongjiang name=a color=red")
        }
        #expect(throws: ProtocolError(.badArgument, "UNIT CREATE needs name=…; \(usage)")) {
            try CommandParser.parse("UNIT CREATE hongjiang")
        }
        #expect(throws: ProtocolError(.badArgument, "nothing to update")) {
            try CommandParser.parse("UNIT UPDATE hongjiang")
        }
        #expect(
            throws: ProtocolError(
                .badArgument,
                "GROUP SET needs weight=…; usage: GROUP SET unit year owner level1=… [level2=…] weight=… [score=…]"
            )
        ) { try CommandParser.parse("GROUP SET hongjiang 2024 dept level1=产出指标") }
    }

    @Test(arguments: [
        "YEAR CREATE hongjiang 24x", "YEAR CREATE hongjiang 1989", "YEAR CREATE hongjiang 2101",
        "YEAR GET hongjiang 02024", "YEAR GET hongjiang \"\"", "PROJECT LIST hongjiang twenty",
        "UNIT GET Hongjiang", "UNIT GET 洪江", "PROJECT GET hongjiang 2024 Jicha", "FORMAT xml", "FORMAT \"\"",
        "PROJECT CREATE hongjiang 2024 dept name=x", "PROJECT GET hongjiang 2024 dept", "DEPT GET hongjiang 20x4",
        "LINE SET hongjiang 2024 dept Income initial=1万元", "LINE SET hongjiang 2024 dept income..general initial=1万元",
        "LINE GET hongjiang 2024 dept .income", "LINE LIST hongjiang 2024 Dept", "INDICATOR GET hongjiang 2024 dept 培训",
        "FACT GET hongjiang 2024 dept -x", "ADJUSTMENT UPDATE hongjiang 2024 dept 0 reason=x",
        "PAYMENT DELETE hongjiang 2024 dept -1", "GOAL DELETE hongjiang 2024 dept one",
        "GOAL DELETE hongjiang 2024 dept 99999999999999999999", "VOCAB ADD 3 name=x", "VOCAB ADD one name=x",
        "EXPORT Hongjiang", "EXPORT hongjiang 24", "CHECK RUN hongjiang 2024 Dept",
        "CHECK DISABLE hongjiang 24 x reason=y",
        "FUNDS hongjiang 2024 Jicha", "CARRYOVER hongjiang 1989 dept", "ROLLUP Hongjiang 2024",
    ])
    func unacceptableCodeYearIdOrFormatIsBadValue(line: String) {
        #expect(code(of: line) == .badValue)
    }

    @Test func badValueMessagesQuoteTheValue() {
        #expect(
            throws: ProtocolError(.badValue, "bad year '24x': a year is written as four digits, e.g. 2024")
        ) { try CommandParser.parse("YEAR CREATE hongjiang 24x") }
        #expect(throws: ProtocolError(.badValue, "bad year '1989': a fiscal year lies in 1990…2100")) {
            try CommandParser.parse("YEAR CREATE hongjiang 1989")
        }
        #expect(
            throws: ProtocolError(.badValue, "'dept' names the department and cannot be a project code")
        ) { try CommandParser.parse("PROJECT CREATE hongjiang 2024 dept name=x") }
        #expect(throws: ProtocolError(.badValue, "bad id '0': an id is a whole number from 1")) {
            try CommandParser.parse("GOAL DELETE hongjiang 2024 dept 0")
        }
        #expect(throws: ProtocolError(.badValue, "VOCAB ADD takes level 1 or 2")) {
            try CommandParser.parse("VOCAB ADD 3 name=x")
        }
    }

    /// The parser checks the shape of a line; the model checks values when the change is
    /// applied, so an unreadable amount parses and is refused as BAD_MONEY on apply.
    @Test(arguments: [
        ("PROJECT CREATE hongjiang 2024 jicha name=x budget_full=506.48", "506.48"),
        ("PROJECT CREATE hongjiang 2024 jicha name=x executed=abc元", "abc元"),
        ("PROJECT CREATE hongjiang 2024 jicha name=x budget_initial=0.001元", "0.001元"),
        ("DEPT UPDATE hongjiang 2024 executed=99999999999999999元", "99999999999999999元"),
        ("LINE SET hongjiang 2024 dept income budget=15", "15"),
        ("ADJUSTMENT ADD hongjiang 2024 dept date=2024-01-01 amount=1", "1"),
    ])
    func unreadableAmountParsesAndIsBadMoneyWhenApplied(line: String, amount: String) throws {
        let command = try #require(try CommandParser.parse(line))
        guard case .change(let change) = command else {
            Issue.record("\(line) is not a change")
            return
        }
        var state = ModelState()
        try state.apply(.create(.unit(P.hj), P.fields(["name": "洪江"])), sequence: 1)
        try state.apply(.create(.year(P.hj, P.y2024), []), sequence: 2)
        do {
            try state.apply(change, sequence: 3)
            Issue.record("\(line) was applied")
        } catch {
            #expect(ProtocolError(error).code == .badMoney)
            guard case .badMoney(let text, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(text == amount)
        }
    }

    @Test func syntaxErrorsSurfaceFromTheLexer() {
        #expect(code(of: #"UNIT CREATE hongjiang name="洪江"#) == .syntax)
        #expect(code(of: "PING\u{1}") == .syntax)
        #expect(code(of: #"UNIT CREATE hongjiang name="a\qb""#) == .syntax)
    }

    private func code(of line: String) -> ErrorCode? {
        do {
            _ = try CommandParser.parse(line)
            return nil
        } catch {
            return error.code
        }
    }
}
