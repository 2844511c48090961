/// The stable, ASCII error codes of protocol v1: the word after `ERR`.
///
/// Scripts branch on these, so a code, once published in `Protocol/PROTOCOL.md`, keeps
/// its meaning; new cases may be added, none renamed.
public enum ErrorCode: String, Sendable, CaseIterable {
    /// The line is not well-formed: an unbalanced quote, a bad escape, a control character.
    case syntax = "SYNTAX"
    /// The line is not valid UTF-8.
    case encoding = "ENCODING"
    /// The line is longer than the daemon accepts; it was discarded unread.
    case lineTooLong = "LINE_TOO_LONG"
    /// The first word names no command.
    case unknownCommand = "UNKNOWN_COMMAND"
    /// The command got too few or too many positional arguments.
    case arity = "ARITY"
    /// A `key=value` argument is unknown, repeated or missing.
    case badArgument = "BAD_ARGUMENT"
    /// A value (a code, a year, a name) is not acceptable.
    case badValue = "BAD_VALUE"
    /// An amount of money could not be read.
    case badMoney = "BAD_MONEY"
    /// A figure left the range that can be held exactly.
    case outOfRange = "OUT_OF_RANGE"
    /// The object addressed does not exist.
    case notFound = "NOT_FOUND"
    /// The object to create exists already.
    case exists = "EXISTS"
    /// The object to delete still holds others.
    case notEmpty = "NOT_EMPTY"
    /// The connected user's role does not allow the command; nothing was changed or journaled.
    case denied = "DENIED"
    /// `IF REV=n` did not hold: someone changed the object meanwhile; nothing was changed.
    case conflict = "CONFLICT"
    /// The unit-year is submitted (locked) and only an admin may change it or reopen it.
    case locked = "LOCKED"
    /// A limit of the daemon was reached (connections, request rate, rows, idle time); the
    /// message names the configuration key.
    case limit = "LIMIT"
    /// `BEGIN` inside a transaction, or `COMMIT`/`ROLLBACK` outside one.
    case transaction = "TRANSACTION"
    /// The change could not be made durable; nothing was changed.
    case storage = "STORAGE"
    /// `YEAR SUBMIT` refused: the checker reports errors or lines that cannot be scored (the
    /// message names how many); `force=yes reason=…` submits anyway, recorded.
    case submitBlocked = "SUBMIT_BLOCKED"
    /// A fault inside the daemon; it is logged there.
    case `internal` = "INTERNAL"
}
