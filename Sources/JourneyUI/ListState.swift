/// The selected row of a list and the first row shown (ratatui's `ListState`).
///
/// The reducer keeps both valid for the list's length and the number of visible rows.
public struct ListState: Hashable, Sendable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` rows, stopping at the ends.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        select(selected + delta, count: count, visible: visible)
    }

    /// Selects a row (clamped), scrolling just enough to show it.
    public mutating func select(_ row: Int, count: Int, visible: Int) {
        selected = min(max(0, row), max(0, count - 1))
        clamp(count: count, visible: visible)
    }

    /// Keeps the selection inside the list and on screen, after the list or screen changed.
    public mutating func clamp(count: Int, visible: Int) {
        selected = min(max(0, selected), max(0, count - 1))
        let rows = max(1, visible)
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = min(max(0, offset), max(0, count - rows))
    }
}
