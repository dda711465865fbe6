import JourneyModel

/// Values by string key, kept as pairs sorted by key and found by binary search.
///
/// For the tables that ship in the binary (written sorted at build time): a Dictionary would
/// hash every key at start-up to answer a handful of look-ups.
struct SortedLookup<Value> {
    private let pairs: [(key: String, value: Value)]

    /// The pairs, sorted by key unless they already are; of equal keys, the first is kept.
    init(_ pairs: [(key: String, value: Value)]) {
        let inOrder = pairs.indices.dropFirst().allSatisfy { pairs[$0 - 1].key < pairs[$0].key }
        if inOrder {
            self.pairs = pairs
        } else {
            let sorted = pairs.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
                .map(\.element)
            self.pairs = sorted.indices.filter { $0 == 0 || sorted[$0 - 1].key != sorted[$0].key }.map { sorted[$0] }
        }
    }

    /// The value for `key`, if any.
    subscript(key: String) -> Value? {
        let first = pairs.partitionPoint { $0.key >= key }
        return first < pairs.count && pairs[first].key == key ? pairs[first].value : nil
    }
}

extension SortedLookup: Sendable where Value: Sendable {}
