import JixiaoCore

/// A request's arguments as a command's parser consumes them.
struct Arguments {
    let request: Request
    let spec: CommandSpec

    var count: Int { request.arguments.count }

    /// Checks the positional count and that every key is known, given once, and present
    /// when required.
    func checkShape() throws(ProtocolError) {
        let most = spec.arguments.count
        let least = most - spec.optionalArguments
        guard (least...most).contains(request.arguments.count) else {
            let expected = least == most ? "\(most)" : "\(least) to \(most)"
            throw ProtocolError(
                .arity,
                "\(spec.name) takes \(expected) argument(s), got \(request.arguments.count); usage: \(spec.usage)"
            )
        }
        var seen: Set<String> = []
        for (key, _) in request.options {
            guard spec.keys.contains(where: { $0.key == key }) else {
                throw ProtocolError(
                    .badArgument,
                    "\(spec.name) has no argument '\(excerpt(key))'; usage: \(spec.usage)"
                )
            }
            guard seen.insert(key).inserted else {
                throw ProtocolError(.badArgument, "'\(key)' is given twice")
            }
        }
        for key in spec.requiredKeys.sorted()
        where request.options.first(where: { $0.key == key })?.value.isEmpty ?? true {
            throw ProtocolError(.badArgument, "\(spec.name) needs \(key)=…; usage: \(spec.usage)")
        }
    }

    func positional(_ index: Int) -> String { request.arguments[index] }

    func unit(_ index: Int) throws(DomainError) -> Code { try Code(positional(index), field: "unit") }

    func year(_ index: Int) throws(DomainError) -> FiscalYear { try FiscalYear(parsing: positional(index)) }

    /// The expenditure named by arguments 0–2: unit, year, and `dept` or a project code.
    func expenditure() throws(DomainError) -> ExpenditureKey {
        ExpenditureKey(try unit(0), try year(1), try Owner(parsing: positional(2)))
    }

    /// A numbered item's id.
    func id(_ index: Int) throws(DomainError) -> Int {
        guard let id = Int(positional(index)), id > 0 else {
            throw .badValue(field: "id", value: positional(index), reason: "an id is a whole number from 1")
        }
        return id
    }

    func optional(_ key: String) -> String? {
        request.options.first { $0.key == key }?.value
    }

    func required(_ key: String) throws(ProtocolError) -> String {
        guard let value = optional(key), !value.isEmpty else {
            throw ProtocolError(.badArgument, "\(key)=… is required")
        }
        return value
    }

    /// The keyed arguments as field assignments, in the order given.
    func assignments(only keys: Set<String>? = nil) -> [FieldAssignment] {
        request.options.filter { keys?.contains($0.key) ?? true }.map { FieldAssignment($0.key, $0.value) }
    }
}
