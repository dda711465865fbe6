/// The home screen: header, journey strip, timeline and detail pane, laid out for the size.
enum HomeView {
    static func render(_ state: AppState, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        let layout = state.homeLayout
        HeaderView.render(state, area: layout.header, into: &buffer, theme: theme)
        JourneyStripView.render(state, area: layout.strip, into: &buffer, theme: theme)
        TimelineView.render(state, area: layout.timeline, into: &buffer, theme: theme)
        DetailView.render(state, area: layout.detail, into: &buffer, theme: theme)
        if state.focus == .detail, layout.detail.height > 1 {
            return (layout.detail.x, layout.detail.y + 1)
        }
        return TimelineView.selectedRowY(state, area: layout.timeline).map { (layout.timeline.x, $0) }
    }
}
