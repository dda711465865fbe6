import JourneyModel

/// The council picker: an overview of every council (each line worked out when first needed),
/// the name filter being typed, the filter and sort chosen, and the selection.
public struct PickerState: Equatable, Sendable {
    /// One line per council, in name order (``OverviewLines``).
    private var lines = OverviewLines(councils: [], today: CalendarDay(ordinal: 0))
    /// Indices of the lines shown (councils, in the state's order), in order: worked out again
    /// only when the filter, the typed text or the sort changes.
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
    /// The widest council name as listed (" (former)" included), which the name column is
    /// given room for when it can be.
    public private(set) var nameWidth = 0

    public init() {}

    /// A picker over the councils `summaries` summarise, as they stand on `today`. The
    /// summaries come in name order, as ``CouncilCatalogue/summaries()`` gives them: a line's
    /// place among them is its rank by name. A council is decoded from its summary only when
    /// its line is worked out.
    public init(summaries: [CouncilSummary], today: CalendarDay) {
        lines = OverviewLines(councils: summaries, today: today)
        dataAsAt = summaries.compactMap(\.asAt).max()
        nameWidth = summaries.reduce(0) { widest, summary in
            max(widest, TextWidth.of(Sanitizer.sanitize(summary.name)) + (summary.isFormer ? TextWidth.of(" (former)") : 0))
        }
        refresh()
    }

    /// How many councils the picker has, shown or not.
    public var count: Int { lines.count }

    /// The line of the council at `index` (an index into the state's councils, as `entries` holds).
    public func line(_ index: Int) -> CouncilOverview { lines.line(index) }

    /// Works out the lines of the councils at `indices` (as `entries` holds them) at once.
    func prepareLines(_ indices: [Int]) { lines.prepare(indices) }

    /// Works out every line not yet worked out, so that a sort or filter finds them made.
    func prepareLines() { _ = lines.all() }

    /// How many lines have been worked out (for tests).
    var workedOutLines: Int { lines.workedOut }

    /// The line selected, if any.
    public var selected: CouncilOverview? {
        selectedIndex.map(line)
    }

    /// The index of the council selected, if any.
    private var selectedIndex: Int? {
        entries.indices.contains(list.selected) ? entries[list.selected] : nil
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
        let row = entries.firstIndex(of: index) ?? 0
        list.select(row, count: entries.count, visible: visible)
    }

    /// Works the shown lines out again and keeps the selected council selected where it can.
    /// In name order over every council, only the names and regions typed for are read; any
    /// other filter or order works out every line.
    private mutating func refresh() {
        let kept = selectedIndex
        let needle = prompt.text.lowercased()
        let ordered: [Int]
        if filter == .all && sort == .name {
            ordered = lines.councils.indices.filter { CouncilOverview.matches(needle, lines.councils[$0]) }
        } else {
            let overview = lines.all()
            let shown = overview.indices.filter { filter.admits(overview[$0]) && overview[$0].matches(needle) }
            ordered = shown.sorted { PickerState.precedes(overview[$0], overview[$1], by: sort) }
        }
        entries = descending ? ordered.reversed() : ordered
        let row = kept.flatMap { entries.firstIndex(of: $0) } ?? 0
        // The old offset can lie past the end of a shorter list: never scroll past the selection.
        list = ListState(selected: row, offset: min(list.offset, row))
    }

    /// The order of two lines by a column; lines with nothing in the column go last, and ties
    /// go by name.
    static func precedes(_ lhs: CouncilOverview, _ rhs: CouncilOverview, by column: PickerColumn) -> Bool {
        let byName = lhs.index < rhs.index
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
