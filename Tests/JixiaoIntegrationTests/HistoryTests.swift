import Foundation
import JixiaoClient
import Testing

/// `HISTORY`: who changed an object when, with its fields before and after, read from the
/// journal — deleted objects and date ranges included.
@Suite struct HistoryTests {
    private func rows(_ reply: ReceivedReply) -> [[String: String]] {
        reply.cells.map { Dictionary(uniqueKeysWithValues: zip(reply.columns, $0)) }
    }

    private func userName(_ connection: ClientConnection) throws -> String? {
        try connection.request("HELLO").statusLine.split(separator: " ").first { $0.hasPrefix("user=") }
            .map { String($0.dropFirst(5)) }
    }

    @Test func anIndicatorsHistoryShowsWhoAndTheFieldsBeforeAndAfterUntilItsDeletion() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目",
            "INDICATOR CREATE u 2024 p x level1=产出指标 level2=数量指标 name=培训次数 target=≥2次 actual=3次",
            "INDICATOR UPDATE u 2024 p x actual=4次 weight=10",
            "PROJECT UPDATE u 2024 p executed=1万元",
            "INDICATOR UPDATE u 2024 p x weight=",
            "INDICATOR DELETE u 2024 p x",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        let reply = try connection.request("HISTORY u/2024/p/indicator/x")
        #expect(reply.columns == ["seq", "time", "author", "object", "action", "change", "before", "after"])
        let history = rows(reply)
        #expect(history.map { $0["seq"] } == ["4", "5", "7", "8"])
        #expect(history.map { $0["action"] } == ["created", "changed", "changed", "deleted"])
        #expect(history.allSatisfy { $0["author"] == (try? userName(connection)) ?? nil })
        #expect(history[0]["before"] == "")
        #expect(history[0]["after"] == "level1=产出指标 level2=数量指标 name=培训次数 target=≥2次 actual=3次")
        #expect(history[1]["before"] == "actual=3次 weight=\"\"", "weight was empty")
        #expect(history[1]["after"] == "actual=4次 weight=10")
        #expect(history[2]["before"] == "weight=10")
        #expect(history[2]["after"] == "weight=\"\"", "weight=\"\" is a cleared field")
        #expect(history[3]["before"] == "level1=产出指标 level2=数量指标 name=培训次数 target=≥2次 actual=4次")
        #expect(history[3]["change"] == "INDICATOR DELETE u 2024 p x")
        #expect(history.allSatisfy { $0["time"]?.hasSuffix("Z") == true })
        let project = rows(try connection.request("HISTORY u/2024/p"))
        #expect(project.map { $0["seq"] } == ["3", "4", "5", "6", "7", "8"], "a project's history holds its parts'")
    }

    @Test func aDeletedProjectsPaymentShowsTheProjectsDeletion() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in [
            "UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目",
            "PAYMENT ADD u 2024 p date=2024-03-01 amount=2万元", "PAYMENT ADD u 2024 p date=2024-04-01 amount=3万元",
            "PROJECT DELETE u 2024 p",
        ] {
            #expect(try connection.request(line).isOK, "\(line)")
        }
        let history = rows(try connection.request("HISTORY u/2024/p/payment/2"))
        #expect(history.map { $0["action"] } == ["created", "deleted"])
        #expect(history.map { $0["object"] } == ["u/2024/p/payment/2", "u/2024/p"])
        #expect(history[0]["after"] == "date=2024-04-01 amount=3万元")
    }

    @Test func aUnitYearsChangesBetweenTwoMoments() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in ["UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目"] {
            #expect(try connection.request(line).isOK)
        }
        usleep(20_000)
        let from = Date()
        usleep(20_000)
        #expect(try connection.request("PROJECT UPDATE u 2024 p executed=1万元").isOK)
        #expect(try connection.request("YEAR UPDATE u 2024 staff_actual=30").isOK)
        usleep(20_000)
        let to = Date()
        usleep(20_000)
        #expect(try connection.request("PROJECT UPDATE u 2024 p executed=2万元").isOK)
        let range = rows(try connection.request("HISTORY u 2024 from=\(Self.utc(from)) to=\(Self.utc(to))"))
        #expect(range.map { $0["seq"] } == ["4", "5"])
        #expect(range[1]["before"] == "staff_actual=\"\"" && range[1]["after"] == "staff_actual=30")
        let all = rows(try connection.request("HISTORY u 2024"))
        #expect(all.map { $0["seq"] } == ["2", "3", "4", "5", "6"])
        // A whole day in China time: today's changes, none tomorrow.
        let tomorrow = Self.chinaDate(Date().addingTimeInterval(86_400))
        #expect(try connection.request("HISTORY u 2024 from=\(tomorrow)").rowLines.isEmpty)
        let cli = try ClientRun.jixiao(["history", "u", "2024", "--from", Self.utc(from)], socket: daemon.socketPath)
        #expect(cli.status == 0)
        #expect(cli.output.split(separator: "\n").count == 4, "header and three rows:\n\(cli.output)")
    }

    @Test func historyAnswersWhileWritesGoOn() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for line in ["UNIT CREATE u name=单位", "YEAR CREATE u 2024", "PROJECT CREATE u 2024 p name=项目"] {
            #expect(try connection.request(line).isOK)
        }
        let socket = daemon.socketPath
        let writer = Thread {
            guard let writer = try? ClientConnection(socketPath: socket) else { return }
            for index in 1...400 { _ = try? writer.request("PROJECT UPDATE u 2024 p executed=\(index)元") }
        }
        writer.start()
        var counts: [Int] = []
        while !writer.isFinished {
            let reply = try connection.request("HISTORY u/2024/p")
            #expect(reply.isOK)
            counts.append(reply.rowLines.count)
        }
        #expect(counts == counts.sorted(), "a later history never has fewer changes")
        #expect(try connection.request("HISTORY u/2024/p").rowLines.count == 401)
    }

    static func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    static func chinaDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
