import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// Reading an import's file, asking the daemon what is there, and sending the plan as one
/// transaction with refusals named by spreadsheet row.
enum ImportRun {
    /// `jixiao import indicators` (and `jixiao indicator import`).
    static func indicators(_ source: ImportCommand.Source, printedScores: Bool, options: ClientOptions) throws {
        let tables = try tables(source)
        var existing = try existingIndicators(source, options: options)
        existing.printedScores = printedScores
        let table = try choose(tables, source) { table in
            (try? ImportColumns(in: table, columns: IndicatorTableImport.columns, ignored: IndicatorTableImport.ignored))?
                .headerIndex
        }
        let plan: ImportPlan
        do {
            plan = try IndicatorTableImport.plan(table, address: source.address, existing: existing)
        } catch {
            Output.printError("\(source.file)：\(error)；没有做任何修改")
            throw Output.serverError
        }
        try send(plan, source: source, options: options, noun: "指标")
    }

    /// The file's sheets; a file that cannot be read ends the command with exit code 65.
    static func tables(_ source: ImportCommand.Source) throws -> [SheetTable] {
        do {
            return try SpreadsheetFile.tables(path: source.file)
        } catch {
            Output.printError("\(error)")
            throw ExitCode(65)
        }
    }

    /// The sheet to import.
    static func choose(
        _ tables: [SheetTable],
        _ source: ImportCommand.Source,
        hasHeader: (SheetTable) -> Int?
    ) throws -> SheetTable {
        do {
            return try SpreadsheetFile.choose(tables, sheet: source.sheet, owner: source.owner, hasHeader: hasHeader)
        } catch {
            Output.printError("\(source.file)：\(error)")
            throw ExitCode.validationFailure
        }
    }

    /// The expenditure's indicators, their computed values and scores, and its printed group
    /// weights, as the daemon holds them now.
    static func existingIndicators(
        _ source: ImportCommand.Source,
        options: ClientOptions
    ) throws -> IndicatorTableImport.Existing {
        var plain = options
        plain.json = false
        let address = source.address.map(WordQuoting.quote).joined(separator: " ")
        var existing = IndicatorTableImport.Existing()
        existing.indicators = records(try Output.request("INDICATOR LIST \(address)", options: plain))
        for row in records(try Output.request("SCORE \(address)", options: plain)) where row["line"] == "indicator" {
            existing.computed[row["code"] ?? ""] = (row["actual"] ?? "", row["final_score"] ?? "")
        }
        for row in records(try Output.request("GROUP LIST \(address)", options: plain)) {
            if let weight = row["weight"], !weight.isEmpty {
                existing.groupWeights["\(row["level1"] ?? "")/\(row["level2"] ?? "")"] = weight
            }
        }
        return existing
    }

    /// The expenditure's payments by id, each field's text by key (`amount` in 元 to the 分,
    /// with its unit), from its 支付明细 as cells.
    static func existingPayments(
        _ source: ImportCommand.Source,
        options: ClientOptions
    ) throws -> [String: [String: String]] {
        var plain = options
        plain.json = false
        let address = source.address.map(WordQuoting.quote).joined(separator: " ")
        var payments: [String: [String: String]] = [:]
        for row in records(try Output.request("TABLE \(address) format=cells form=payments", options: plain)) {
            let parts = (row["field"] ?? "").split(separator: "/").map(String.init)
            guard parts.count == 3, parts[0] == "payment" else { continue }
            let text = row["text"] ?? ""
            payments[parts[1], default: [:]][parts[2]] = parts[2] == "amount" && !text.isEmpty ? text + "元" : text
        }
        return payments
    }

    /// A TSV reply's rows as dictionaries by column key.
    static func records(_ reply: ReceivedReply) -> [[String: String]] {
        reply.cells.map { row in
            var record: [String: String] = [:]
            for (key, value) in zip(reply.columns, row) { record[key] = value }
            return record
        }
    }

    /// Sends the plan in one transaction (or prints it with --dry-run). A refusal rolls it
    /// all back and is reported with the spreadsheet row it came from.
    static func send(_ plan: ImportPlan, source: ImportCommand.Source, options: ClientOptions, noun: String) throws {
        let summary = "新建\(plan.created)条、更新\(plan.updated)条、未改动\(plan.unchanged)条\(noun)"
        if source.dryRun {
            for step in plan.steps { print(step.line) }
            Output.writeError("\(source.file)：\(summary)（--dry-run：未发送）\n")
            return
        }
        guard !plan.steps.isEmpty else {
            print("\(source.file)：没有要改动的（\(summary)）")
            return
        }
        var plain = options
        plain.json = false
        let connection = try plain.connect()
        func request(_ line: String) throws -> ReceivedReply {
            do {
                return try connection.request(line)
            } catch {
                throw Output.fail(error)
            }
        }
        func refuse(_ row: Int?, _ error: (code: String, message: String)) throws -> Never {
            let place = row.map { "第\($0)行：" } ?? ""
            Output.printError("\(source.file)：\(place)ERR \(error.code) \(error.message)；整张表已撤销，没有做任何修改")
            throw Output.serverError
        }
        let begin = try request("BEGIN")
        if let error = begin.error { try refuse(nil, error) }
        for step in plan.steps {
            let reply = try request(step.line)
            if let error = reply.error {
                _ = try? connection.request("ROLLBACK")
                try refuse(step.row, error)
            }
        }
        let commit = try request("COMMIT")
        if let error = commit.error {
            // `change 4 of 9: …` names the step.
            var row: Int?
            let words = error.message.split(separator: " ")
            if words.count > 1, words[0] == "change", let number = Int(words[1]),
                (1...plan.steps.count).contains(number)
            {
                row = plan.steps[number - 1].row
            }
            try refuse(row, error)
        }
        let sequence = commit.statusLine.split(separator: " ").first { $0.hasPrefix("seq=") } ?? ""
        print("\(source.file)：已导入，\(summary)（\(sequence)）")
        Output.printFindings(commit, source: source.file)
    }
}
