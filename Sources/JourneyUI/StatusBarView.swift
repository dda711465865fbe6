/// The status line: where you are (or a message) on the left, the main keys on the right.
enum StatusBarView {
    static func render(_ state: AppState, area: Rect, keys: KeyTable, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fillRow(area.y, of: area, style: theme[.statusBar])
        let left = state.message ?? location(state)
        let hints = keys.hints(in: state.keyContexts).map { "\($0.keys) \($0.label)" }.joined(separator: "  ")
        let hintWidth = min(TextWidth.of(hints), max(0, area.width - TextWidth.of(left) - 3))
        let leftEnd = buffer.put(" " + left, x: area.x, y: area.y, width: area.width - hintWidth,
                                 style: theme[state.message == nil ? .statusBar : .notice])
        guard hintWidth > 0, leftEnd < area.maxX - hintWidth else { return }
        buffer.put(hints, x: area.maxX - hintWidth, y: area.y, width: hintWidth, style: theme[.statusBar])
    }

    /// Where the user is, in words.
    static func location(_ state: AppState) -> String {
        switch state.screen {
        case .home:
            let count = state.rows.count
            let place = count == 0 ? "no rows" : "\(state.timeline.selected + 1) of \(count)"
            let pane = state.focus == .detail ? "detail" : "timeline"
            return "\(state.council.name) · \(pane) \(place) (\(state.filter.title))"
        case .letter:
            guard let reader = state.reader else { return "Letter" }
            var text = "Letter · \(reader.position(on: state.size))"
            if let current = reader.currentMatch { text += " · match \(current + 1) of \(reader.matches.count)" }
            if let focus = reader.quoteFocus { text += " · quote \(focus + 1) of \(reader.document.quotes.count)" }
            return text
        case .search:
            let hits = state.search.hits.count
            return "Search · " + (hits == 0 ? "no hits" : "hit \(state.search.list.selected + 1) of \(hits)")
        case .help:
            return "Help · line \(state.helpScroll + 1) of \(KeyTable.standard.helpLines.count)"
        case .picker:
            return "Councils · \(state.councils.count) · sorted by \(state.picker.sort.title)"
        }
    }
}
