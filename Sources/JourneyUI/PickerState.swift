import JourneyModel

/// The council picker: an overview of every council (worked out once when it opens), the name
/// filter being typed, the filter and sort chosen, and the selection.
public struct PickerState: Equatable, Sendable {
    /// One line per council, in the state's council order.
    public private(set) var overview: [CouncilOverview] = []
    /// Indices into `overview` of the lines shown, in order: worked out again only when the
    /// filter, the typed text or the sort changes.
    public private(set) var entries: [Int] = []
    public private(set) var prompt = TextPrompt(label: "Filter by name or region: ")
    /// Whether keys type into the name filter.
    public var isEditing = false
    public private(set) var sort: PickerColumn = .name
    public private(set) var descending = false
    public private(set) var filter: PickerFilter = .all
    public var list = ListState()
    /// The latest as-at date of any council's data.
    public private(set) var dataAsAt: CalendarDay?

    public init() {}

    /// A picker over `councils` (whole, or as ``CouncilSummary`` reduces them), as they stand
    /// on `today`.
    public init(councils: [Council], today: CalendarDay) {
        overview = councils.enumerated().map { CouncilOverview(council: $1, index: $0, today: today) }
        dataAsAt = councils.compactMap(\.coverage.asAt).max()
        rankByName()
        refresh()
    }

    /// Numbers the lines in name order, once: councils usually come in that order already
    /// (the catalogue's), which one pass confirms; otherwise they are sorted.
    private mutating func rankByName() {
        let names = overview.map(\.name)
        let before = { (lhs: Int, rhs: Int) in names[lhs].localizedStandardCompare(names[rhs]) == .orderedAscending }
        let inOrder = overview.indices.dropFirst().allSatisfy { !before($0, $0 - 1) }
        let order = inOrder ? Array(overview.indices) : overview.indices.sorted(by: before)
        for (rank, line) in order.enumerated() { overview[line].nameRank = rank }
    }

    /// The line selected, if any.
    public var selected: CouncilOverview? {
        entries.indices.contains(list.selected) ? overview[entries[list.selected]] : nil
    }

    mutating func type(_ character: Character) {
        prompt.type(character)
        refresh()
    }

    mutating func deleteBackward() {
        prompt.deleteBackward()
        refresh()
    }

    mutating func clearText() {
        prompt.text = ""
        refresh()
    }

    mutating func sort(by column: PickerColumn) {
        if column == sort { return }
        sort = column
        descending = false
        refresh()
    }

    mutating func reverse() {
        descending.toggle()
        refresh()
    }

    mutating func show(_ newFilter: PickerFilter) {
        filter = newFilter
        refresh()
    }

    /// Selects the line of a council (by its index in the state's summaries), if it is shown.
    mutating func select(council index: Int, visible: Int) {
        let row = entries.firstIndex { overview[$0].index == index } ?? 0
        list.select(row, count: entries.count, visible: visible)
    }

    /// Works the shown lines out again and keeps the selected council selected where it can.
    private mutating func refresh() {
        let kept = selected?.index
        let needle = prompt.text.lowercased()
        let shown = overview.indices.filter { filter.admits(overview[$0]) && overview[$0].matches(needle) }
        let ordered = shown.sorted { PickerState.precedes(overview[$0], overview[$1], by: sort) }
        entries = descending ? ordered.reversed() : ordered
        let row = kept.flatMap { index in entries.firstIndex { overview[$0].index == index } } ?? 0
        // The old offset can lie past the end of a shorter list: never scroll past the selection.
        list = ListState(selected: row, offset: min(list.offset, row))
    }

    /// The order of two lines by a column; lines with nothing in the column go last, and ties
    /// go by name.
    static func precedes(_ lhs: CouncilOverview, _ rhs: CouncilOverview, by column: PickerColumn) -> Bool {
        let byName = lhs.nameRank < rhs.nameRank
        func order<T: Comparable>(_ left: T?, _ right: T?) -> Bool {
            switch (left, right) {
            case let (left?, right?) where left != right: return left < right
            case (.some, nil): return true
            case (nil, .some): return false
            default: return byName
            }
        }
        switch column {
        case .name: return byName
        case .region: return order(lhs.region?.lowercased(), rhs.region?.lowercased())
        case .grade: return order(lhs.grade, rhs.grade)
        case .intervention:
            let left = (lhs.intervention.rank, lhs.intervention.text)
            let right = (rhs.intervention.rank, rhs.intervention.text)
            return left == right ? byName : left < right
        case .since: return order(lhs.daysSinceInspection, rhs.daysSinceInspection)
        case .next: return order(lhs.next.map(PickerState.nextKey), rhs.next.map(PickerState.nextKey))
        }
    }

    /// Overdue first, then by the window's opening; "monitoring" (no date) after every window.
    private static func nextKey(_ next: NextInspection) -> Int {
        guard let window = next.window else { return Int.max / 2 }
        return next.progress == .overdue ? window.upperBound.ordinal - 1_000_000 : window.lowerBound.ordinal
    }
}
