extension Indicator {
    /// The value of the field at `position` in ``fields`` (the value ``exportValue(_:)``
    /// gives for that field's key), or `nil` when it is empty or there is no such field.
    ///
    /// A row of an indicator reads its fields in order; by key, each cell searched the
    /// field list and then matched the key against every case, string by string (a
    /// quarter of a GET's time in the profile). The order follows ``fields``; a test pins
    /// both to the same values for every field.
    public func exportValue(at position: Int) -> String? {
        switch position {
        case 0: level1
        case 1: level2
        case 2: name
        case 3: target?.text
        case 4: actual?.text
        case 5: weight?.description
        case 6: score?.description
        case 7: deviation
        case 8: notApplicable ? "yes" : nil
        case 9: completion?.rawValue
        case 10: overrideScore?.description
        case 11: overrideReason
        case 12: measure?.rawValue
        case 13: nature?.rawValue
        default: nil
        }
    }
}
