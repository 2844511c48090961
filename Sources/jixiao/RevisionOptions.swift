import ArgumentParser
import JixiaoClient
import JixiaoProtocol

/// Edits check the object's revision by default (`IF REV=n`), so that two operators
/// editing one object never silently overwrite each other.
struct RevisionOptions: ParsableArguments {
    @Option(
        name: .customLong("rev"),
        help: ArgumentHelp(
            "The revision you last saw (get/list show it): the change is refused (ERR CONFLICT) if the object changed since. Default: the revision read just before the change.",
            valueName: "n"
        )
    )
    var revision: Int64?

    @Flag(help: "Change without checking the object's revision.") var force = false

    func validate() throws {
        if force, revision != nil { throw ValidationError("--rev and --force exclude each other") }
    }

    /// Sends a change as `IF REV=n <line>`, reading `n` with `getLine` unless given, and
    /// prints the reply.
    func run(_ line: String, get getLine: String, options: ClientOptions) throws {
        if options.at != nil {
            throw ValidationError("--at asks about the past; a change can only be made now")
        }
        do {
            let connection = try ClientConnection(socketPath: options.socketPath)
            var prefix = ""
            if !force {
                var expected = revision
                if expected == nil {
                    let current = try connection.request(getLine)
                    if current.error != nil { return try Output.print(current) }
                    if let column = current.columns.firstIndex(of: "revision"), let row = current.cells.first,
                        column < row.count
                    {
                        expected = Int64(row[column])
                    }
                }
                if let expected { prefix = "IF REV=\(expected) " }
            }
            if options.json { try connection.setFormat(.json) }
            try Output.print(try connection.request(prefix + line))
        } catch let error as ClientError {
            throw Output.fail(error)
        }
    }
}
