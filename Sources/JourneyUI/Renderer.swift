/// Turns a state into a frame: every cell, and where the hardware cursor goes.
public enum Renderer {
    /// The whole screen for a state, drawn at `state.size`.
    public static func frame(for state: AppState, theme: Theme, keys: KeyTable = .standard) -> Frame {
        var buffer = Buffer(width: state.size.width, height: state.size.height)
        guard !PageLayout.isTooSmall(state.size) else {
            TooSmallView.render(size: state.size, into: &buffer, theme: theme)
            return Frame(buffer: buffer)
        }
        var cursor: (x: Int, y: Int)?
        switch state.screen {
        case .home: cursor = HomeView.render(state, into: &buffer, theme: theme)
        case .event: cursor = EventView.render(state, into: &buffer, theme: theme)
        case .letter: cursor = LetterView.render(state, into: &buffer, theme: theme)
        case .search: cursor = SearchView.render(state, into: &buffer, theme: theme)
        case .help: cursor = HelpView.render(state, keys: keys, into: &buffer, theme: theme)
        case .picker: cursor = CouncilPickerView.render(state, into: &buffer, theme: theme)
        case .improvements: cursor = ImprovementsView.render(state, into: &buffer, theme: theme)
        }
        let status = PageLayout(size: state.size).status
        StatusBarView.render(state, area: status, keys: keys, into: &buffer, theme: theme)
        if let prompt = state.notePrompt?.line ?? (state.screen == .home ? state.datePrompt : nil) {
            cursor = PromptLine.render(prompt, area: status, into: &buffer, theme: theme)
        }
        return Frame(buffer: buffer, cursor: cursor)
    }

    /// Works out ahead what the next key is likely to need, so that its frame finds it made: the
    /// detail pane's lines for the rows next to the selection, or every line of the council
    /// picker (for a sort or a filter). The run loop calls this after a frame is drawn, while
    /// it waits for a key; it changes nothing that is shown.
    public static func prepareAhead(for state: AppState) {
        if state.screen == .picker { state.picker.prepareLines() }
        guard state.screen == .home, !PageLayout.isTooSmall(state.size) else { return }
        let detail = HomeLayout(size: state.size).detail
        guard !detail.isEmpty else { return }
        DetailView.layOutAhead(state, width: detail.width)
    }
}
