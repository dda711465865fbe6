import Foundation

extension Array {
    /// Sorted by name as people read names (`localizedStandardCompare`), keeping the order of
    /// ties: the order of every list of councils.
    ///
    /// Each comparison costs thousands of instructions, and lists usually come nearly in name
    /// order (council folders are named after their councils): each element is compared first
    /// with the last one placed, and only one out of order is placed by a binary search. A list
    /// in order costs one comparison per element, any list at most about n log n; the result
    /// is the stable sort's.
    public func sortedByName(_ name: (Element) -> String) -> [Element] {
        var names: [String] = []
        var sorted: [Element] = []
        names.reserveCapacity(count)
        sorted.reserveCapacity(count)
        for element in self {
            let key = name(element)
            var place = names.count
            if let last = names.last, Self.precedes(key, last) {
                // After its equals; the last name is known to follow it, so it is not asked again.
                place = names.dropLast().partitionPoint { Self.precedes(key, $0) }
            }
            names.insert(key, at: place)
            sorted.insert(element, at: place)
        }
        return sorted
    }

    private static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.localizedStandardCompare(rhs) == .orderedAscending
    }
}
