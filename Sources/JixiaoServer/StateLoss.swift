public import JixiaoJournal

/// Files the manifest lists that are missing or damaged: the daemon refuses to start on
/// them unless the operator accepts the loss (`--accept-loss`).
public struct StateLossError: Error, Sendable, CustomStringConvertible {
    /// The state directory.
    public var statePath: String
    /// What is wrong, file by file.
    public var problems: [ManifestAudit.Problem]

    public var description: String {
        let files = problems.map { "\($0.file) is \($0.what) (\($0.lostText) lost)" }
        return "state directory \(statePath) does not hold what its manifest lists: "
            + files.joined(separator: "; ")
            + ". Refusing to start so that no acknowledged record is lost silently; restore the files from a "
            + "backup, or start once with --accept-loss to serve what is left (the loss is logged and recorded "
            + "in the manifest, and no sequence number is used twice)"
    }
}
