import Synchronization

/// An indicator row's level-1 and level-2 names (产出指标 / 数量指标) in one shared box.
///
/// Every row of the province holds a pair, and the pairs come from the short national
/// vocabulary (``Vocabulary``): the two names inline took 32 bytes of each row, a
/// reference to a pair stored once takes 8. A box is never changed once made (a row given
/// other names points at another box), so rows and copies of the model share boxes freely
/// and no copy sees another's change.
///
/// Boxes are kept process-wide, one for each distinct pair of names of at most 256 bytes
/// each, at most ``capacity`` of them; any other pair gets a box of its own (still correct,
/// only not shared). A pair that no longer occurs stays until the process ends (a few
/// hundred bytes at most each; names a vocabulary check then refuses are kept too, hence
/// the bounds).
final class IndicatorLevels: Sendable, Equatable {
    /// The two names.
    let group: IndicatorGroup

    private init(_ group: IndicatorGroup) { self.group = group }

    /// The most distinct pairs kept: a province uses a few dozen (the vocabulary is short).
    static let capacity = 4_096

    /// The box of a row with no level names set.
    static let empty = IndicatorLevels(IndicatorGroup(level1: "", level2: ""))

    private static let table = Mutex<[IndicatorGroup: IndicatorLevels]>([:])

    /// The stored box of `level1` / `level2` (made and kept on first use).
    static func of(level1: String, level2: String) -> IndicatorLevels {
        if level1.isEmpty && level2.isEmpty { return empty }
        let group = IndicatorGroup(level1: SharedText.shared(level1), level2: SharedText.shared(level2))
        guard level1.utf8.count <= 256, level2.utf8.count <= 256 else { return IndicatorLevels(group) }
        return table.withLock { boxes in
            if let found = boxes[group] { return found }
            let box = IndicatorLevels(group)
            if boxes.count < capacity { boxes[group] = box }
            return box
        }
    }

    static func == (lhs: IndicatorLevels, rhs: IndicatorLevels) -> Bool { lhs === rhs || lhs.group == rhs.group }
}
