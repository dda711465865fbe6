extension AppState {
    /// Applies a command to the screen on top, after the commands that work everywhere.
    mutating func apply(_ command: Command) -> [Effect] {
        switch command {
        case .quit: return [.quit(0)]
        case .leave:
            guard screen == .home, returnsToLetter, reader != nil else { return [.quit(0)] }
            returnsToLetter = false
            screens.append(.letter)
        case .redraw: return [.redraw]
        case .help: openHelp()
        case .councilPicker: openPicker()
        default: applyToScreen(command)
        }
        return []
    }

    private mutating func applyToScreen(_ command: Command) {
        switch screen {
        case .home: applyHome(command)
        case .letter: applyLetter(command)
        case .search: applySearch(command)
        case .help: applyHelp(command)
        case .picker: applyPicker(command)
        }
    }

    /// Types into the active text-entry line.
    mutating func type(_ character: Character) {
        switch screen {
        case .search where search.isEditing:
            search.prompt.type(character)
            runSearch()
        case .letter:
            reader?.prompt?.type(character)
        case .picker:
            picker.prompt.type(character)
            picker.list = ListState()
        case .home:
            datePrompt?.type(character)
        default:
            break
        }
    }

    /// Leaves the screen on top; on the home screen, says how to quit.
    mutating func goBack() {
        guard screens.count > 1 else {
            message = "This is the first screen. Press q to quit."
            return
        }
        let left = screens.removeLast()
        if left == .letter { reader = nil }
    }

    /// Returns to the home screen with an event selected, showing every event if the filter hides it.
    ///
    /// - Parameter keepingLetter: keep the open letter, so that q on the home screen returns to it.
    mutating func goHome(selecting eventID: String, keepingLetter: Bool = false) {
        screens = [.home]
        returnsToLetter = keepingLetter && reader != nil
        if !returnsToLetter { reader = nil }
        guard let event = council.event(eventID) else {
            message = "The event \(eventID) is not in the file."
            return
        }
        if !rows.contains(.event(event)) { filter = .all }
        let index = rows.firstIndex(of: .event(event)) ?? 0
        timeline.select(index, count: rows.count, visible: HomeLayout(size: size).timelineRows)
        focus = .timeline
        detailScroll = 0
    }

    private mutating func openHelp() {
        guard screen != .help else { return }
        screens.append(.help)
        helpScroll = 0
    }

    private mutating func openPicker() {
        guard screen != .picker else { return }
        picker = PickerState()
        let entries = picker.entries(of: councils, today: today)
        picker.list.select(entries.firstIndex(of: councilIndex) ?? 0, count: entries.count,
                           visible: PageLayout(size: size, hasPrompt: true).body.height)
        screens.append(.picker)
    }

    private mutating func applyHelp(_ command: Command) {
        let visible = PageLayout(size: size).body.height
        let maxScroll = max(0, KeyTable.standard.helpLines.count - visible)
        switch command {
        case .back, .cancel: goBack()
        default:
            if let moved = Scrolling.offset(helpScroll, by: command, visible: visible, maxScroll: maxScroll) {
                helpScroll = moved
            }
        }
    }
}
