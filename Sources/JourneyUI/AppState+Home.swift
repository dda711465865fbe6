import Foundation
import JourneyModel

extension AppState {
    /// The home screen's layout at the current size, with the rows the header needs for the day.
    var homeLayout: HomeLayout { HomeLayout(size: size, headerRows: HeaderView.rows(self)) }

    mutating func applyHome(_ command: Command) {
        if applyDatePrompt(command) || applyDateCursor(command) || applyFilter(command) { return }
        switch command {
        case .back: goBack()
        case .search: openSearch()
        case .compareImprovements: openImprovements()
        case .open: openSelected()
        case .switchPane: focus = focus == .timeline ? .detail : .timeline
        case .togglePeople:
            detailMode = detailMode == .people ? .selection : .people
            detailScroll = 0
        case .toggleStep: toggleStep()
        default: moveOnHome(command)
        }
    }

    /// Moves the timeline selection, or scrolls the detail pane when it has the focus.
    private mutating func moveOnHome(_ command: Command) {
        let layout = homeLayout
        if focus == .detail {
            let lines = DetailView.lines(self, width: layout.detail.width).count
            let maxScroll = max(0, lines - layout.detailRows)
            if let moved = Scrolling.offset(detailScroll, by: command, visible: layout.detailRows,
                                            maxScroll: maxScroll) {
                detailScroll = moved
            }
            return
        }
        let before = timeline.selected
        _ = Scrolling.move(&timeline, by: command, count: rows.count, visible: layout.timelineRows)
        guard timeline.selected != before else { return }
        if detailMode == .selection { detailScroll = 0 }
        if inStep, let row = selectedRow { dateCursor = clampedToFile(row.date.first) }
    }

    /// Turns step mode on or off; turning it on moves the cursor to the selected row's day.
    private mutating func toggleStep() {
        inStep.toggle()
        if inStep, let row = selectedRow {
            dateCursor = clampedToFile(row.date.first)
            message = "In step: moving the selection moves the date cursor, and the other way. Press s to stop."
        } else if !inStep {
            message = "Date cursor and selection move separately again."
        }
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
        case .showFlagged: chosen = .flagged
        case .showUnreviewed: chosen = .unreviewed
        case .showNoted: chosen = .noted
        default: return false
        }
        setFilter(chosen)
        return true
    }

    /// Changes the filter, keeping the selected row selected when the new filter shows it.
    mutating func setFilter(_ chosen: TimelineFilter) {
        let kept = selectedRow
        show(chosen)
        let index = kept.flatMap { rows.firstIndex(of: $0) } ?? 0
        timeline = ListState()
        timeline.select(index, count: rows.count, visible: homeLayout.timelineRows)
        if detailMode == .selection { detailScroll = 0 }
        if rows.isEmpty {
            message = chosen.isReview ? "No rows \(chosen.title). Press f or 1 to show more."
                : "No \(chosen.title) in this file. Press f or 1 to show more."
        }
    }

    /// Opens, edits, accepts or cancels the "go to date" line; false for other commands.
    private mutating func applyDatePrompt(_ command: Command) -> Bool {
        switch command {
        case .goToDate:
            datePrompt = TextPrompt(label: "Go to date (\(PartialDate.acceptedForms)): ")
        case .deleteBackward where datePrompt != nil:
            datePrompt?.deleteBackward()
        case .cancel where datePrompt != nil:
            datePrompt = nil
        case .submit where datePrompt != nil:
            let typed = datePrompt?.text.trimmingCharacters(in: .whitespaces) ?? ""
            datePrompt = nil
            guard let date = PartialDate(parsing: typed) else {
                message = "'\(typed)' is not a date: type \(PartialDate.acceptedForms)."
                return true
            }
            moveDateCursor(to: date.first)
        default:
            return false
        }
        return true
    }

    /// Moves the date cursor; false for other commands.
    ///
    /// Moves by month and year land on the first of the month, so every month's status is one
    /// key away and the day never drifts (30 January, then February, would give 28 February).
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

    /// Moves the date cursor to a day, kept within the years the file covers and today; in
    /// step, the selection follows to the latest row dated by then.
    private mutating func moveDateCursor(to wanted: CalendarDay) {
        dateCursor = clampedToFile(wanted)
        if dateCursor != wanted {
            message = "The strip covers \(fileSpan.lowerBound.year) to \(fileSpan.upperBound.year)."
        }
        guard inStep else {
            // The day's status sentence may take another row of the header, or give one back.
            return timeline.clamp(count: rows.count, visible: homeLayout.timelineRows)
        }
        timeline.select(lastRow(onOrBefore: dateCursor) ?? 0, count: rows.count, visible: homeLayout.timelineRows)
        if detailMode == .selection { detailScroll = 0 }
    }

    /// The last row whose date begins on or before `day`: a binary search, since rows are in
    /// order of their first day.
    func lastRow(onOrBefore day: CalendarDay) -> Int? {
        let after = rows.partitionPoint { $0.date.first > day }
        return after > 0 ? after - 1 : nil
    }

    /// Enter on the timeline: an event's own screen, or a letter shown in its own right.
    private mutating func openSelected() {
        switch selectedRow {
        case .letter(let letter)?: openLetter(letter)
        case .event(let event)?: openEvent(event.id)
        case nil: message = "Nothing selected."
        }
    }
}
