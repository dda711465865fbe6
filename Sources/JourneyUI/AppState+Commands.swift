extension AppState {
    /// Applies a command to the screen on top, after the commands that work everywhere.
    mutating func apply(_ command: Command) -> [Effect] {
        if command != .quit, [.home, .event, .letter].contains(screen), let effects = applyReview(command) {
            return effects
        }
        switch command {
        case .quit: return [.quit(0)]
        case .leave where isFirstScreen: return [.quit(0)]
        case .leave: goBack()
        case .redraw: return [.redraw]
        case .help: openHelp()
        case .councilPicker: openPicker()
        case .writeBriefing: return [.writeBriefing(councilID: council.id, day: dateCursor)]
        default: applyToScreen(command)
        }
        return []
    }

    private mutating func applyToScreen(_ command: Command) {
        switch screen {
        case .home: applyHome(command)
        case .event: applyEvent(command)
        case .letter: applyLetter(command)
        case .search: applySearch(command)
        case .help: applyHelp(command)
        case .picker: applyPicker(command)
        case .improvements: applyImprovements(command)
        }
    }

    /// Types into the active text-entry line.
    mutating func type(_ character: Character) {
        if notePrompt != nil {
            notePrompt?.line.type(character)
            return
        }
        switch screen {
        case .search where search.isEditing:
            search.prompt.type(character)
            runSearch()
        case .letter:
            reader?.prompt?.type(character)
        case .picker where picker.isEditing:
            picker.type(character)
        case .home:
            datePrompt?.type(character)
        default:
            break
        }
    }

    /// Leaves the screen on top, back to the one below; the first screen stays, and says how
    /// to quit.
    mutating func goBack() {
        guard screens.count > 1 else {
            message = screen == .picker
                ? "Choose a council with Enter, or press q to quit." : "This is the first screen. Press q to quit."
            return
        }
        switch screens.removeLast() {
        case .letter: readers.removeLast()
        case .event: eventPages.removeLast()
        default: break
        }
    }

    /// Opens an event's own screen over the screen on top.
    mutating func openEvent(_ eventID: String) {
        guard council.event(eventID) != nil else {
            message = "The event \(eventID) is not in the file."
            return
        }
        eventPages.append(EventPage(eventID: eventID))
        screens.append(.event)
    }

    private mutating func openHelp() {
        guard screen != .help else { return }
        screens.append(.help)
        helpScroll = 0
    }

    private mutating func openPicker() {
        guard screen != .picker else { return }
        let summaries = summaries
        if picker.count != summaries.count {
            picker = PickerState(summaries: summaries, today: today)
        }
        // The filter and order chosen stay; a name typed to find the last council does not.
        picker.clearText()
        picker.isEditing = false
        picker.select(council: summaries.firstIndex { $0.id == council.id } ?? 0, visible: pickerRows)
        screens.append(.picker)
    }

    private mutating func applyHelp(_ command: Command) {
        let body = PageLayout(size: size).body
        let maxScroll = max(0, HelpView.lines(self).count - body.height)
        switch command {
        case .back, .cancel: goBack()
        default:
            if let moved = Scrolling.offset(helpScroll, by: command, visible: body.height, maxScroll: maxScroll) {
                helpScroll = moved
            }
        }
    }
}
