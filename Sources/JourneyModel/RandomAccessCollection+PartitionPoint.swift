extension RandomAccessCollection {
    /// The index of the first element that satisfies `belongsInSecondPartition`, or `endIndex`
    /// if none does: a binary search, in O(log n) calls of the predicate.
    ///
    /// The collection must already be partitioned by the predicate: every element for which it
    /// is false comes before every element for which it is true (as after
    /// `partition(by: belongsInSecondPartition)`). For a collection sorted in ascending order,
    /// `partitionPoint { $0 >= value }` is where `value` is, or would be inserted before its
    /// equals (a lower bound), and `partitionPoint { $0 > value }` after them (an upper bound).
    ///
    /// Inlinable, so that callers in other modules (a key's drawing, a table looked up at
    /// start-up) get it specialised for their collection and predicate.
    @inlinable
    public func partitionPoint(where belongsInSecondPartition: (Element) -> Bool) -> Index {
        var low = startIndex
        var remaining = count
        while remaining > 0 {
            let half = remaining / 2
            let middle = index(low, offsetBy: half)
            if belongsInSecondPartition(self[middle]) {
                remaining = half
            } else {
                low = index(after: middle)
                remaining -= half + 1
            }
        }
        return low
    }
}
