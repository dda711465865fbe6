/// The help screen: every key of every context, straight from the key table.
enum HelpView {
    static func render(_ state: AppState, keys: KeyTable, into buffer: inout Buffer,
                       theme: Theme) -> (x: Int, y: Int)? {
        let layout = PageLayout(size: state.size)
        buffer.put("Help: every key (q or Esc goes back)", x: layout.title.x, y: layout.title.y,
                   width: layout.title.width, style: theme[.title])
        let lines = lines(state, keys: keys)
        let keyWidth = KeyTable.helpKeyWidth(layout.body.width)
        for (offset, line) in lines.dropFirst(state.helpScroll).prefix(layout.body.height).enumerated() {
            let y = layout.body.y + offset
            switch line {
            case .heading(let title):
                buffer.put(title, x: layout.body.x, y: y, width: layout.body.width, style: theme[.title])
            case .binding(let keys, let help):
                buffer.put([StyledText("  "), StyledText(DateText.padded(TextWidth.truncate(keys, to: keyWidth - 1),
                                                                         to: keyWidth), .label),
                            StyledText(help)], in: layout.body, y: y, theme: theme)
            case .blank:
                break
            }
        }
        return (layout.body.x, layout.body.y)
    }

    /// The screen's lines, wrapped to the body's width (``KeyTable/helpLines(width:)``) once per
    /// width and key table: the drawing, the status line's count and scrolling all ask for them.
    static func lines(_ state: AppState, keys: KeyTable = .standard) -> [KeyTable.HelpLine] {
        let key = HelpKey(keys: keys, width: PageLayout(size: state.size).body.width)
        return state.views.value(.help, for: key) { keys.helpLines(width: key.width) }
    }

    /// Everything the wrapped lines depend on.
    private struct HelpKey: Hashable, Sendable {
        var keys: KeyTable
        var width: Int
    }
}
