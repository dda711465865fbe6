/// The title row of a pane: `── Timeline: all ─────`, bold when the pane has the focus.
enum PaneTitle {
    static func render(_ title: String, focused: Bool, area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let marker = focused ? "▶ " : "─ "
        let text = marker + title + " "
        let style = theme[focused ? .title : .dim]
        let end = buffer.put(text, x: area.x, y: area.y, width: area.width, style: style)
        buffer.fill(Rect(x: end, y: area.y, width: max(0, area.maxX - end), height: 1), with: "─", style: theme[.dim])
    }
}
