import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// Edits check the object's revision by default (`IF REV=n`), so that two operators
/// editing one object never silently overwrite each other.
struct RevisionOptions: ParsableArguments {
    @Option(
        name: .customLong("rev"),
        help: ArgumentHelp(
            L(
                "你上次看到的版本号（get/list 的“版本”栏）：若对象此后被他人修改，本次修改被拒绝（ERR CONFLICT）。默认为修改前刚读到的版本。",
                "The revision you last saw (get/list show it): the change is refused (ERR CONFLICT) if the object changed since. Default: the revision read just before the change."
            ),
            valueName: "n"
        )
    )
    var revision: Int64?

    @Flag(help: ArgumentHelp(L("不核对版本，直接修改。", "Change without checking the object's revision.")))
    var force = false

    func validate() throws {
        if force, revision != nil {
            throw ValidationError(L("--rev 与 --force 不能同时使用", "--rev and --force exclude each other"))
        }
    }

    /// Sends a change as `IF REV=n <line>`, reading `n` with `getLine` unless given, and
    /// prints the reply.
    /// - Parameters:
    ///   - line: the change.
    ///   - getLine: the query whose `revision` column is the object's revision.
    ///   - options: the connection's options.
    ///   - creates: the change creates the object when it does not exist (`SET`): then a
    ///     `NOT_FOUND` from `getLine` means `IF REV=0`, "it still does not exist".
    func run(_ line: String, get getLine: String, options: ClientOptions, creates: Bool = false) throws {
        if options.at != nil {
            throw ValidationError(L("--at 用于查询过去；修改只能针对现在", "--at asks about the past; a change can only be made now"))
        }
        do {
            let connection = try options.open()
            var prefix = ""
            if !force {
                var expected = revision
                if expected == nil {
                    let current = try connection.request(getLine)
                    if let error = current.error {
                        guard creates, error.code == "NOT_FOUND" else {
                            return try Output.print(current, as: options.presentation)
                        }
                        expected = 0
                    } else if let column = current.columns.firstIndex(of: "revision"), let row = current.cells.first,
                        column < row.count
                    {
                        expected = Int64(row[column])
                    }
                }
                if let expected { prefix = "IF REV=\(expected) " }
            }
            if options.json { try connection.setFormat(.json) }
            try Output.print(try connection.request(prefix + line), as: options.presentation)
        } catch let error as ClientError {
            throw Output.fail(error)
        }
    }
}
