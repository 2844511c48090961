/// The fields of a value that most values leave empty, gathered so that they cost 8 bytes
/// while all are empty.
protocol RareFieldValues: Sendable, Equatable {
    /// All fields empty.
    init()
}

/// A copy-on-write box of rarely set fields: `nil` (8 bytes) while they are all empty, one
/// shared heap box otherwise.
///
/// Projects and expenditures are held inline in the arrays of their parents, a province's
/// worth of them, and most leave their adjustments, payments, goals, printed results and
/// such empty: inline those took hundreds of bytes each.
///
/// Value semantics: the box is written only while this value is its sole owner
/// (`isKnownUniquelyReferenced`); a value whose box is shared copies the fields into a box
/// of its own first, so a copy never sees another's change. A change that leaves every field
/// empty drops the box.
struct RareFieldBox<Values: RareFieldValues>: Sendable, Equatable {
    /// Written only while uniquely referenced (see ``values``), which is what makes sharing
    /// it between threads safe.
    private final class Storage: @unchecked Sendable {
        var values: Values
        init(_ values: Values) { self.values = values }
    }

    private var storage: Storage?

    /// All fields empty.
    init() {}

    /// The fields; changed in place when this value owns its box alone.
    var values: Values {
        @inline(__always) get { storage?.values ?? Values() }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage?.values ?? Values()) }
            defer { if storage!.values == Values() { storage = nil } }
            yield &storage!.values
        }
    }

    /// Whether the fields are held in a box (`false` while all are empty).
    var isBoxed: Bool { storage != nil }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.storage === rhs.storage || lhs.values == rhs.values }
}
