/// The event screen: one event in full (grades, which date is which, its id, summary, people,
/// sources), with the letters behind it and the letters quoting it as links that Tab selects
/// and Enter opens.
enum EventView {
    static func render(_ state: AppState, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        guard let page = state.eventPage, let document = state.eventDocument,
              let event = state.council.event(page.eventID) else { return nil }
        let layout = PageLayout(size: state.size)
        buffer.put([StyledText("Event: ", .label), StyledText(event.title, .title)], in: layout.title,
                   y: layout.title.y, theme: theme)
        let focusedLine = page.linkFocus.flatMap { document.linkLines.indices.contains($0) ? document.linkLines[$0] : nil }
        var cursor = (layout.body.x, layout.body.y)
        for (offset, index) in (page.scroll..<document.lines.count).prefix(layout.body.height).enumerated() {
            let y = layout.body.y + offset
            var line = document.lines[index]
            if index == focusedLine {
                buffer.fillRow(y, of: layout.body, style: theme[.selected])
                line = line.map { StyledText($0.text, .selected) }
                cursor = (layout.body.x, y)
            }
            buffer.put(line, in: layout.body, y: y, theme: theme)
        }
        return cursor
    }
}
