/// Where a unit-year is in its review: drafted, submitted (locked for operators), or
/// reopened by an admin with a reason.
public enum YearStatus: String, Sendable, Equatable, CaseIterable {
    /// Being filled in: operators may change it.
    case draft
    /// Submitted: locked; only an admin may change it or reopen it.
    case submitted
    /// Reopened by an admin after a submission: operators may change it again.
    case reopened

    /// Whether operators are kept out.
    public var isLocked: Bool { self == .submitted }
}
