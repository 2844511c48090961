public import JixiaoCore

/// Runs a stream of request lines against a model the way the daemon does, checking the
/// protocol's promises as it goes. Used by the fuzzer (`make fuzz`) and by the regression
/// tests that replay what it found.
///
/// The promises: no input crashes the parser or the model; every change's canonical line
/// (what the journal records) parses back to the same change; every reply encodes;
/// `EXPORT` → load → `EXPORT` gives the same lines; and a snapshot loads back into an equal
/// model (revisions, item counters and sequence included).
public enum ProtocolSelfCheck {
    /// Runs the lines of `bytes` (split at `\n`; lines that are not UTF-8 are refused, as
    /// the daemon refuses them).
    /// - Returns: the first broken promise, or `nil`.
    public static func run(_ bytes: some Collection<UInt8>) -> String? {
        var state = ModelState()
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard let text = String(validating: line, as: UTF8.self) else { continue }
            if let broken = execute(text, on: &state) { return broken }
        }
        return reloadedExportDiffers(state) ?? restoredSnapshotDiffers(state)
    }

    private static func restoredSnapshotDiffers(_ state: ModelState) -> String? {
        let lines = ModelSnapshot.lines(state)
        do {
            guard try ModelSnapshot.restore(lines) == state else {
                return "a snapshot loads into a different model"
            }
        } catch {
            return "a snapshot does not load: \(error)"
        }
        return nil
    }

    private static func execute(_ text: String, on state: inout ModelState) -> String? {
        let reply: Reply
        do {
            guard var command = try CommandParser.parse(text) else { return nil }
            if case .conditional(let expected, let inner) = command {
                if let key = inner.changedObject, state.revision(of: key) != expected { return nil }
                command = inner
            }
            reply = try self.reply(to: command, on: &state)
        } catch let error as ProtocolError {
            reply = .error(error)
        } catch let error as DomainError {
            reply = .error(ProtocolError(error))
        } catch {
            return "unexpected error \(error) for: \(text)"
        }
        var encoded = ""
        ReplyEncoder.encode(reply, format: .tsv, into: &encoded)
        ReplyEncoder.encode(reply, format: .json, into: &encoded)
        return nil
    }

    private static func reply(to command: Command, on state: inout ModelState) throws -> Reply {
        switch command {
        case .change(let change):
            let line = change.commandLine
            guard case .change(let back)? = try? CommandParser.parse(line), back == change else {
                throw SelfCheckFailure("the canonical line does not parse back to the same change: \(line)")
            }
            try state.apply(change, sequence: state.sequence + 1)
            return .ok("seq=\(state.sequence)")
        case .export(let unit, let year):
            return .rows(
                RowTable(columns: ["line"], rows: ModelExport.lines(state, unit: unit, year: year).map { [$0] })
            )
        case .check(let unit, let year, let owner):
            return .rows(FindingTables.findings(Checker().check(state, unit: unit, year: year, owner: owner)))
        case .funds(let key):
            return .rows(ModelTables.funds(try state.expenditure(key), key: key))
        case .rollup(let unit, let year):
            return .rows(try ModelTables.rollup(state, unit: unit, year: year))
        default:
            return .ok()
        }
    }

    private static func reloadedExportDiffers(_ state: ModelState) -> String? {
        let lines = ModelExport.lines(state)
        var reloaded = ModelState()
        for line in lines {
            do {
                guard case .change(let change)? = try CommandParser.parse(line) else {
                    return "an EXPORT line is not a change: \(line)"
                }
                try reloaded.apply(change, sequence: reloaded.sequence + 1)
            } catch {
                return "an EXPORT line does not load (\(error)): \(line)"
            }
        }
        let again = ModelExport.lines(reloaded)
        guard again == lines else {
            let first = zip(lines, again).first { $0 != $1 }
            return
                "EXPORT → load → EXPORT differs: \(first.map { "\($0.0) ≠ \($0.1)" } ?? "line counts \(lines.count) ≠ \(again.count)")"
        }
        return nil
    }
}

/// A broken promise found while running.
struct SelfCheckFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Command {
    /// The object a change addresses, which `IF REV` checks.
    public var changedObject: ObjectKey? {
        switch self {
        case .change(let change): change.key
        case .carryOver(let key): .expenditure(key)
        default: nil
        }
    }
}
