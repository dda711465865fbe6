extension Council {
    /// The events in date order, optionally only some kinds and only those that may fall in a range.
    ///
    /// Events sort by their start (``PartialDate/sortsBefore(_:_:)``: earlier first day first,
    /// then the more precise); events that tie keep their order in the file.
    ///
    /// An event covers every day it may have happened on: from its start's first day to its
    /// end's last day (its start's, when it has no end). It is kept when that span overlaps the
    /// range at all, so an event dated only `2020` is kept for a range of March 2020 even though
    /// it may have happened outside it. Publication does not count: a report published inside
    /// the range about a visit before it is not kept.
    ///
    /// - Parameters:
    ///   - kinds: the kinds to keep; `nil` keeps every kind and an empty set keeps none.
    ///   - from: the first day of the range, inclusive; `nil` for no lower bound.
    ///   - to: the last day of the range, inclusive; `nil` for no upper bound.
    /// - Returns: the matching events; none when `from` is after `to`.
    public func timeline(kinds: Set<EventKind>? = nil, from: CalendarDay? = nil,
                         to: CalendarDay? = nil) -> [Event] {
        guard kinds != nil || from != nil || to != nil else { return chronologicalEvents }
        return chronologicalEvents.filter { event in
            guard kinds?.contains(event.kind) ?? true else { return false }
            let lastDay = max(event.start.last, event.end?.last ?? event.start.last)
            return (from.map { lastDay >= $0 } ?? true) && (to.map { event.start.first <= $0 } ?? true)
        }
    }

    /// The letters in date order, ties in file order.
    var lettersInDateOrder: [Letter] {
        letters.sortedStably { $0.date }
    }
}

extension Array {
    /// Sorted by a partial date (``PartialDate/sortsBefore(_:_:)``), keeping the order of ties.
    ///
    /// Files are written in date order, so one pass over the dates usually finds nothing to do
    /// and the array comes back as it is; otherwise the positions are sorted, not the elements
    /// (events are large: each move would copy one).
    func sortedStably(by date: (Element) -> PartialDate) -> [Element] {
        let dates = map(date)
        let inOrder = dates.indices.dropFirst().allSatisfy { !PartialDate.sortsBefore(dates[$0], dates[$0 - 1]) }
        if inOrder { return self }
        let order = indices.sorted { lhs, rhs in
            if PartialDate.sortsBefore(dates[lhs], dates[rhs]) { return true }
            if PartialDate.sortsBefore(dates[rhs], dates[lhs]) { return false }
            return lhs < rhs
        }
        return order.map { self[$0] }
    }
}
