extension AppState {
    /// Rows of councils the picker shows.
    var pickerRows: Int { PageLayout(size: size, hasPrompt: true).body.height }

    mutating func applyPicker(_ command: Command) {
        let entries = picker.entries(of: councils, today: today)
        switch command {
        case .cancel, .back:
            goBack()
        case .submit, .open:
            guard entries.indices.contains(picker.list.selected) else {
                message = "No council matches the filter."
                return
            }
            choose(council: entries[picker.list.selected])
        case .deleteBackward:
            picker.prompt.deleteBackward()
            picker.list = ListState()
        case .cycleSort:
            picker.sort = picker.sort.next
            picker.list = ListState()
        default:
            _ = Scrolling.move(&picker.list, by: command, count: entries.count, visible: pickerRows)
        }
    }

    /// Switches to another council, on its home screen with everything reset.
    private mutating func choose(council index: Int) {
        councilIndex = index
        screens = [.home]
        reader = nil
        returnsToLetter = false
        filter = .all
        timeline = ListState()
        focus = .timeline
        detailScroll = 0
        search = SearchState()
        dateCursor = clampedToFile(today)
    }
}
