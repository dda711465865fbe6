import Foundation
import JourneyModel

extension AppState {
    /// The home screen's layout at the current size.
    var homeLayout: HomeLayout { HomeLayout(size: size) }

    mutating func applyHome(_ command: Command) {
        if applyDatePrompt(command) || applyDateCursor(command) || applyFilter(command) { return }
        switch command {
        case .back: goBack()
        case .search: openSearch()
        case .open: openSelected()
        case .switchPane: focus = focus == .timeline ? .detail : .timeline
        default: moveOnHome(command)
        }
    }

    /// Moves the timeline selection, or scrolls the detail pane when it has the focus.
    private mutating func moveOnHome(_ command: Command) {
        let layout = homeLayout
        if focus == .detail {
            let lines = DetailView.lines(for: selectedRow, in: council, width: layout.detail.width).count
            let maxScroll = max(0, lines - layout.detailRows)
            if let moved = Scrolling.offset(detailScroll, by: command, visible: layout.detailRows,
                                            maxScroll: maxScroll) {
                detailScroll = moved
            }
            return
        }
        let before = timeline.selected
        _ = Scrolling.move(&timeline, by: command, count: rows.count, visible: layout.timelineRows)
        if timeline.selected != before { detailScroll = 0 }
    }

    /// Applies a filter command; false for other commands.
    private mutating func applyFilter(_ command: Command) -> Bool {
        let chosen: TimelineFilter
        switch command {
        case .cycleFilter: chosen = filter.next
        case .showAll: chosen = .all
        case .showInspections: chosen = .inspections
        case .showVisits: chosen = .visits
        case .showDirections: chosen = .directions
        case .showLetters: chosen = .letters
        default: return false
        }
        setFilter(chosen)
        return true
    }

    /// Changes the filter, keeping the selected row selected when the new filter shows it.
    mutating func setFilter(_ chosen: TimelineFilter) {
        let kept = selectedRow
        filter = chosen
        let rows = rows
        let index = kept.flatMap { rows.firstIndex(of: $0) } ?? 0
        timeline = ListState()
        timeline.select(index, count: rows.count, visible: homeLayout.timelineRows)
        detailScroll = 0
        if rows.isEmpty { message = "No \(chosen.title) in this file. Press f or 1 to show more." }
    }

    /// Moves the date cursor; false for other commands.
    ///
    /// Moves by month and year land on the first of the month, so every month's status is one
    /// key away and the day never drifts (30 January, then February, would give 28 February).
    /// Opens, edits, accepts or cancels the "go to date" line; false for other commands.
    private mutating func applyDatePrompt(_ command: Command) -> Bool {
        switch command {
        case .goToDate:
            datePrompt = TextPrompt(label: "Go to date (2021-06-01, 2021-06 or 2021): ")
        case .deleteBackward where datePrompt != nil:
            datePrompt?.deleteBackward()
        case .cancel where datePrompt != nil:
            datePrompt = nil
        case .submit where datePrompt != nil:
            let typed = datePrompt?.text.trimmingCharacters(in: .whitespaces) ?? ""
            datePrompt = nil
            guard let date = PartialDate(iso: typed) else {
                message = "'\(typed)' is not a date; type it as 2021-06-01, 2021-06 or 2021."
                return true
            }
            moveDateCursor(to: date.first)
        default:
            return false
        }
        return true
    }

    private mutating func applyDateCursor(_ command: Command) -> Bool {
        let firstOfMonth = CalendarDay(year: dateCursor.year, month: dateCursor.month, day: 1) ?? dateCursor
        let wanted: CalendarDay
        switch command {
        case .previousMonth: wanted = firstOfMonth.adding(months: -1)
        case .nextMonth: wanted = firstOfMonth.adding(months: 1)
        case .previousYear: wanted = firstOfMonth.adding(months: -12)
        case .nextYear: wanted = firstOfMonth.adding(months: 12)
        case .goToToday: wanted = today
        default: return false
        }
        moveDateCursor(to: wanted)
        return true
    }

    /// Moves the date cursor to a day, kept within the years the file covers.
    private mutating func moveDateCursor(to wanted: CalendarDay) {
        dateCursor = clampedToFile(wanted)
        if dateCursor != wanted {
            message = "The file covers \(fileSpan.lowerBound.year) to \(fileSpan.upperBound.year)."
        }
    }

    /// Enter on the timeline: opens a letter row, or the first letter behind an event.
    private mutating func openSelected() {
        switch selectedRow {
        case .letter(let letter)?:
            openLetter(letter)
        case .event(let event)?:
            if let letter = council.letters(for: event.id).first {
                openLetter(letter)
            } else {
                message = "No letter behind this event; its details are in the detail pane."
            }
        case nil:
            message = "Nothing selected."
        }
    }
}
