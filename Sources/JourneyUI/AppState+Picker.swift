extension AppState {
    /// Rows of councils the picker shows.
    var pickerRows: Int { CouncilPickerView.listRows(on: size) }

    mutating func applyPicker(_ command: Command) {
        if picker.isEditing, applyPickerTyping(command) { return }
        switch command {
        case .back, .cancel:
            goBack()
        case .open, .submit:
            guard let chosen = picker.selected else {
                message = "No council matches. Press 1 to show all, or / to change the filter."
                return
            }
            choose(council: chosen.index)
        case .filterCouncils:
            picker.isEditing = true
        case .cycleSort: sortPicker(by: picker.sort.next)
        case .previousSort: sortPicker(by: picker.sort.previous)
        case .reverseSort: picker.reverse()
        case .cycleFilter: showInPicker(picker.filter.next)
        case .showAll: showInPicker(.all)
        case .showUnderDirection: showInPicker(.underDirection)
        case .showInadequate: showInPicker(.inadequate)
        case .showOverdue: showInPicker(.overdue)
        default:
            _ = Scrolling.move(&picker.list, by: command, count: picker.entries.count, visible: pickerRows)
        }
    }

    /// The keys of the name filter while it is typed; false for others (which still work).
    private mutating func applyPickerTyping(_ command: Command) -> Bool {
        switch command {
        case .submit: picker.isEditing = false
        case .cancel:
            picker.clearText()
            picker.isEditing = false
        case .deleteBackward: picker.deleteBackward()
        default: return false
        }
        picker.list.clamp(count: picker.entries.count, visible: pickerRows)
        return true
    }

    private mutating func sortPicker(by column: PickerColumn) {
        picker.sort(by: column)
        picker.list.clamp(count: picker.entries.count, visible: pickerRows)
        message = "Sorted by \(column.title.lowercased()); r reverses."
    }

    private mutating func showInPicker(_ filter: PickerFilter) {
        picker.show(filter)
        picker.list.clamp(count: picker.entries.count, visible: pickerRows)
        if picker.entries.isEmpty { message = "No council is \(filter.title). Press 1 to show all." }
    }

    /// Switches to another council, on its home screen with everything reset; the picker stays
    /// beneath it, so that q (or Esc) goes back to the councils rather than quitting.
    private mutating func choose(council index: Int) {
        select(council: index)
        if filter != .all { show(.all) }
        screens = [.picker, .home]
        readers = []
        eventPages = []
        timeline = ListState()
        focus = .timeline
        detailScroll = 0
        search = SearchState()
        dateCursor = today
    }
}
