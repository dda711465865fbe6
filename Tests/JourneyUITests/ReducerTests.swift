import JourneyModel
import Testing
@testable import JourneyUI

struct ReducerTests {
    let size = Size(width: 80, height: 24)

    private func apply(_ commands: [Command], to state: AppState) -> (AppState, [Effect]) {
        commands.reduce((state, [Effect]())) { result, command in
            let (next, effects) = Reducer.reduce(result.0, command)
            return (next, result.1 + effects)
        }
    }

    private func rowIndex(_ id: String, in state: AppState) -> Int? {
        state.rows.firstIndex { $0.id == id }
    }

    // MARK: - Home navigation

    @Test func movingClampsAtBothEnds() {
        let start = Fixtures.home(size)
        let (up, _) = apply([.moveUp, .pageUp], to: start)
        #expect(up.timeline.selected == 0)
        let (down, _) = apply([.moveToLast, .moveDown, .pageDown], to: start)
        #expect(down.timeline.selected == start.rows.count - 1)
        #expect(down.timeline.offset == start.rows.count - HomeLayout(size: size).timelineRows)
        let (first, _) = apply([.moveToFirst], to: down)
        #expect(first.timeline == ListState())
    }

    @Test func emptyCouncilNeverSelectsOutOfRange() {
        let empty = AppState(councils: [Council(id: "empty", name: "Empty")], today: Fixtures.today, size: size)
        let commands: [Command] = [.moveDown, .moveToLast, .pageDown, .open, .switchPane, .moveDown, .showLetters]
        let (state, _) = apply(commands, to: empty)
        #expect(state.timeline.selected == 0)
        #expect(state.selectedRow == nil)
        #expect(state.detailScroll == 0)
        #expect(state.message != nil)
    }

    @Test func noCouncilsAtAllStillWorks() {
        let state = AppState(councils: [], today: Fixtures.today, size: size)
        let (after, _) = apply([.moveDown, .search, .submit, .open, .back, .councilPicker, .submit], to: state)
        #expect(after.council.name == "No council")
        #expect(!Renderer.frame(for: after, theme: .color).buffer.lines.isEmpty)
    }

    @Test func resizeKeepsSelectionOnScreen() {
        let (bottom, _) = apply([.moveToLast], to: Fixtures.home(Size(width: 120, height: 40)))
        let (small, _) = Reducer.reduce(bottom, .resize, terminalSize: Size(width: 40, height: 12))
        let rows = HomeLayout(size: small.size).timelineRows
        #expect(small.size == Size(width: 40, height: 12))
        #expect(small.timeline.selected == bottom.timeline.selected)
        let list = small.timeline
        #expect(list.offset <= list.selected && list.selected < list.offset + rows)
    }

    @Test func detailPaneScrollsWhenFocused() {
        let (state, _) = apply([.switchPane, .moveDown, .moveDown], to: Fixtures.home(size))
        #expect(state.focus == .detail)
        #expect(state.detailScroll == 2)
        #expect(state.timeline.selected == 0)
        let (back, _) = apply([.switchPane, .moveDown], to: state)
        #expect(back.timeline.selected == 1)
        #expect(back.detailScroll == 0, "a new selection starts its detail at the top")
    }

    // MARK: - Filter

    @Test func filterCyclesAndKeepsTheSelectedEvent() {
        var state = Fixtures.home(size)
        let inspection = rowIndex("ilacs-2019", in: state) ?? -1
        state.timeline.select(inspection, count: state.rows.count, visible: 5)
        let (filtered, _) = apply([.cycleFilter], to: state)
        #expect(filtered.filter == .inspections)
        #expect(filtered.rows.allSatisfy { $0.kindLabel == EventKind.inspection.label })
        #expect(filtered.selectedRow?.id == "ilacs-2019")
        let (cycled, _) = apply(Array(repeating: .cycleFilter, count: TimelineFilter.allCases.count - 1), to: filtered)
        #expect(cycled.filter == .all)
    }

    @Test func lettersFilterListsLettersAsRows() {
        let (state, _) = apply([.showLetters], to: Fixtures.home(size))
        #expect(!state.rows.isEmpty)
        let isLetter: (TimelineRow) -> Bool = { if case .letter = $0 { true } else { false } }
        #expect(state.rows.allSatisfy(isLetter))
        #expect(state.rows.contains { $0.id == "revocation-2024" })
        #expect(!Fixtures.home(size).rows.contains(where: isLetter), "linked letters are not repeated in all")
    }

    // MARK: - Date cursor

    @Test func dateCursorMovesByMonthAndYearAndClampsToTheFile() {
        let start = Fixtures.home(size)
        #expect(start.dateCursor == Fixtures.today)
        #expect(!start.isDateCursorMoved)
        let (month, _) = apply([.previousMonth, .previousMonth], to: start)
        #expect(month.dateCursor == CalendarDay(year: 2025, month: 9, day: 1), "months land on the first")
        #expect(month.isDateCursorMoved)
        let (year, _) = apply([.previousYear, .nextMonth], to: month)
        #expect(year.dateCursor == CalendarDay(year: 2024, month: 10, day: 1))
        let (end, _) = apply([.nextYear, .nextYear], to: year)
        #expect(end.dateCursor == start.fileSpan.upperBound)
        #expect(end.message != nil)
        let (early, _) = apply(Array(repeating: .previousYear, count: 30), to: start)
        #expect(early.dateCursor == start.fileSpan.lowerBound)
        let (today, _) = apply([.goToToday], to: early)
        #expect(today.dateCursor == Fixtures.today)
    }

    @Test func todayAfterTheFileWidensTheSpanInsteadOfMovingTheCursor() {
        let today = CalendarDay(year: 2040, month: 1, day: 1)!
        let state = AppState(councils: Fixtures.bundled, today: today, size: size)
        #expect(state.dateCursor == today)
        #expect(state.fileSpan.upperBound == CalendarDay(year: 2040, month: 12, day: 31))
        #expect(!state.isDateCursorMoved)
    }

    // MARK: - Screens

    @Test func backStackAndQuit() {
        let home = Fixtures.home(size)
        let (help, _) = apply([.help, .help], to: home)
        #expect(help.screens == [.home, .help])
        let (back, _) = apply([.back], to: help)
        #expect(back.screens == [.home])
        let (stay, effects) = apply([.back], to: back)
        #expect(stay.screens == [.home] && effects.isEmpty && stay.message != nil)
        #expect(apply([.quit], to: home).1 == [.quit(0)])
        #expect(apply([.redraw], to: home).1 == [.redraw])
    }

    @Test func inputSignalsResumeAndUnknownKeys() {
        let home = Fixtures.home(size)
        #expect(Reducer.reduce(home, .signal(15), terminalSize: size).1 == [.quit(143)])
        #expect(Reducer.reduce(home, .resumed, terminalSize: size).1 == [.redraw])
        let (unknown, effects) = Reducer.reduce(home, .key(.character("x")), terminalSize: size)
        #expect(effects.isEmpty && unknown.message?.contains("help") == true)
        #expect(Reducer.reduce(home, .key(.character("q")), terminalSize: size).1 == [.quit(0)])
        #expect(Reducer.reduce(home, .key(.control("c")), terminalSize: size).1 == [.quit(0)])
    }

    // MARK: - Search

    @Test func searchTypesRunsAndOpensAnEventHit() {
        let home = Fixtures.home(size)
        let typed = Fixtures.press([.character("/")] + Fixtures.typing("Jan Edwards"), from: home)
        #expect(typed.screen == .search && typed.search.isEditing)
        #expect(typed.search.prompt.text == "Jan Edwards")
        #expect(typed.search.hits.contains { $0.ownerID == "ilacs-2019" })
        let chosen = Fixtures.press([.enter], from: typed)
        #expect(!chosen.search.isEditing && chosen.screen == .search)
        let hitIndex = chosen.search.hits.firstIndex { $0.ownerID == "ilacs-2019" } ?? 0
        let opened = Fixtures.press(Array(repeating: .down, count: hitIndex) + [.enter], from: chosen)
        #expect(opened.screens == [.home, .search, .event])
        #expect(opened.eventPage?.eventID == "ilacs-2019")
        #expect(Fixtures.press([.character("q")], from: opened).screens == [.home, .search])
    }

    @Test func searchBackspaceAndEscape() {
        let typed = Fixtures.press([.character("/")] + Fixtures.typing("qx") + [.backspace], from: Fixtures.home(size))
        #expect(typed.search.prompt.text == "q", "q is typed, not a command, while the query line is active")
        let left = Fixtures.press([.escape], from: typed)
        #expect(left.screens == [.home])
    }

    @Test func letterHitOpensTheLetterAtTheMatch() throws {
        let keys = [.character("/")] + Fixtures.typing("Sanctuary") + [.enter]
        let typed = Fixtures.press(keys, from: Fixtures.home(size))
        let index = try #require(typed.search.hits.firstIndex { $0.owner == .letter && $0.field == .body })
        let opened = Fixtures.press(Array(repeating: .down, count: index) + [.enter], from: typed)
        let reader = try #require(opened.reader)
        #expect(opened.screen == .letter)
        #expect(reader.term == "Sanctuary")
        #expect(!reader.matches.isEmpty)
        #expect(reader.currentMatch != nil)
    }

    // MARK: - Letter

    /// The revocation letter, opened from the letters filter (a letter row opens straight away).
    private func revocationLetter() throws -> AppState {
        let letters = Fixtures.press([.character("5")], from: Fixtures.home(size))
        let index = try #require(letters.rows.firstIndex { $0.id == "revocation-2024" })
        return Fixtures.press(Array(repeating: .down, count: index) + [.enter], from: letters)
    }

    @Test func letterScrollsAndClamps() throws {
        let letter = try revocationLetter()
        let reader = try #require(letter.reader)
        let bottom = Fixtures.press([.end, .down, .character(" ")], from: letter)
        #expect(bottom.reader?.scroll == reader.maxScroll(on: size))
        let top = Fixtures.press([.character("g"), .up], from: bottom)
        #expect(top.reader?.scroll == 0)
    }

    @Test func letterSearchWrapsAroundWithNAndN() throws {
        let letter = try revocationLetter()
        let searched = Fixtures.press([.character("/")] + Fixtures.typing("direction") + [.enter], from: letter)
        let reader = try #require(searched.reader)
        #expect(reader.prompt == nil)
        #expect(reader.matches.count >= 2)
        #expect(reader.currentMatch == 0)
        let last = Fixtures.press([.character("N")], from: searched)
        #expect(last.reader?.currentMatch == reader.matches.count - 1)
        #expect(last.message?.contains("wrapped") == true)
        let wrapped = Fixtures.press([.character("n")], from: last)
        #expect(wrapped.reader?.currentMatch == 0)
        let backward = Fixtures.press([.character("?"), .enter], from: searched)
        #expect(backward.reader?.searchesBackward == true)
        #expect(backward.reader?.currentMatch == reader.matches.count - 1, "? goes up from the first match, wrapping")
        let up = Fixtures.press([.character("n")], from: backward)
        #expect(up.reader?.currentMatch == reader.matches.count - 2, "after ?, n goes on upward")
    }

    @Test func letterSearchNotFoundSaysSo() throws {
        let letter = try revocationLetter()
        let searched = Fixtures.press([.character("/")] + Fixtures.typing("zzqq") + [.enter], from: letter)
        #expect(searched.reader?.matches.isEmpty == true)
        #expect(searched.message == "Not found: zzqq")
    }

    @Test func tabMovesBetweenQuotesAndEnterJumpsToTheCitedEvent() throws {
        let letter = try revocationLetter()
        let quotes = try #require(letter.reader?.document.quotes)
        #expect(quotes.count == 2)
        let first = Fixtures.press([.tab], from: letter)
        #expect(first.reader?.quoteFocus == 0)
        let around = Fixtures.press([.tab, .tab], from: first)
        #expect(around.reader?.quoteFocus == 0, "Tab wraps around")
        let previous = Fixtures.press([.backTab], from: first)
        #expect(previous.reader?.quoteFocus == 1)
        let jumped = Fixtures.press([.enter], from: first)
        #expect(jumped.screens == [.home, .letter, .event])
        #expect(jumped.eventPage?.eventID == quotes[0].eventID)
        #expect(jumped.message == "The event this quote cites. Press q to go back to the letter.")
        #expect(jumped.filter == .letters, "the home screen is left as it was")
        let back = Fixtures.press([.character("q")], from: jumped)
        #expect(back.screen == .letter)
        #expect(back.reader?.quoteFocus == 0, "the letter is where it was left")
        let home = Fixtures.press([.character("q")], from: back)
        #expect(home.screen == .home)
        #expect(home.selectedRow?.id == "revocation-2024", "the row the letter was opened from")
        #expect(Reducer.reduce(home, .key(.character("q")), terminalSize: home.size).1 == [.quit(0)])
    }

    @Test func eventScreenOpensItsLettersAndQuotingLetters() throws {
        let inspections = Fixtures.press([.character("2"), .character("G")], from: Fixtures.home(size))
        let event = Fixtures.press([.enter], from: inspections)
        #expect(event.screen == .event && event.eventPage?.eventID == "ilacs-2023")
        #expect(Fixtures.press([.enter], from: event).reader?.source.report?.id == "ilacs-2023",
                "Enter with no link selected opens the report")
        let quoting = Fixtures.press([.backTab, .enter], from: event)
        let reader = try #require(quoting.reader)
        #expect(quoting.screens == [.home, .event, .letter])
        #expect(reader.letter?.id == "revocation-2024")
        #expect(reader.quoteFocus.map { reader.document.quotes[$0].eventID } == "ilacs-2023", "opened at the quote")
    }

    @Test func enterWithoutAQuoteExplains() throws {
        let letter = try revocationLetter()
        let state = Fixtures.press([.enter], from: letter)
        #expect(state.screen == .letter)
        #expect(state.message?.contains("Tab") == true)
    }

    @Test func letterRelaysOutOnResizeKeepingItsPlace() throws {
        let letter = Fixtures.press(Array(repeating: .down, count: 30), from: try revocationLetter())
        let reader = try #require(letter.reader)
        let topPosition = reader.document.rows.prefix(reader.scroll + 1).compactMap(\.position).last
        let (narrow, _) = Reducer.reduce(letter, .resize, terminalSize: Size(width: 40, height: 12))
        let narrowReader = try #require(narrow.reader)
        #expect(narrowReader.document.width == 38)
        let newTop = narrowReader.document.rows[narrowReader.scroll].position
        #expect(newTop != nil && topPosition != nil)
        #expect(narrowReader.document.row(of: topPosition ?? 0) == narrowReader.scroll)
        #expect(newTop ?? 0 <= topPosition ?? 0)
    }

    // MARK: - Picker

    @Test func severalCouncilsAndNoChoiceOpenThePicker() {
        let several = AppState(councils: Fixtures.bundled + Fixtures.others, today: Fixtures.today, size: size)
        #expect(several.screens == [.picker], "the opening picker is the first screen")
        let escaped = Fixtures.press([.escape], from: several)
        #expect(escaped.screens == [.picker] && escaped.message?.contains("q to quit") == true)
        let chosen = AppState(councils: Fixtures.bundled + Fixtures.others, councilID: "anyshire",
                              today: Fixtures.today, size: size)
        #expect(chosen.screen == .home)
        #expect(AppState(councils: Fixtures.bundled, today: Fixtures.today, size: size).screen == .home)
    }

    private func ids(_ state: AppState) -> [String] {
        state.picker.entries.map { state.summaries[state.picker.line($0).index].id }
    }

    @Test func pickerFiltersSortsAndSwitchesCouncil() {
        let state = AppState(councils: Fixtures.bundled + Fixtures.others, councilID: "middlesbrough",
                             today: Fixtures.today, size: size)
        let picker = Fixtures.press([.character("c")], from: state)
        #expect(picker.screen == .picker && !picker.picker.isEditing)
        #expect(ids(picker) == ["anyshire", "borsetshire", "middlesbrough"])
        #expect(picker.picker.selected?.name == "Middlesbrough Council")
        let filtered = Fixtures.press([.character("/")] + Fixtures.typing("west") + [.enter], from: picker)
        #expect(ids(filtered) == ["anyshire", "borsetshire"])
        let byGrade = Fixtures.press([.tab], from: filtered)
        #expect(byGrade.picker.sort == .grade)
        #expect(ids(byGrade) == ["anyshire", "borsetshire"], "a graded council sorts before one with no inspection")
        #expect(ids(Fixtures.press([.character("r")], from: byGrade)) == ["borsetshire", "anyshire"])
        let chosen = Fixtures.press([.down, .enter], from: filtered)
        #expect(chosen.screens == [.picker, .home], "the picker stays beneath the council chosen")
        #expect(chosen.council.id == "borsetshire")
        let backToPicker = Fixtures.press([.character("q")], from: chosen)
        #expect(backToPicker.screens == [.picker] && backToPicker.council.id == "borsetshire",
                "q goes back to the councils; it does not quit")
        #expect(Reducer.reduce(backToPicker, .key(.character("q")), terminalSize: size).1.contains(.quit(0)),
                "on the picker, q quits")
        let cancelled = Fixtures.press([.escape], from: picker)
        #expect(cancelled.council.id == "middlesbrough" && cancelled.screens == [.home])
    }

    @Test func typingAFilterWithTheSelectionFarDownShowsTheMatches() {
        let towns = (1...60).map { Council(id: "town-\($0)", name: "Town \($0)") } + [Council(id: "halton", name: "Halton")]
        let picker = AppState(councils: towns, today: Fixtures.today, size: size)
        let down = Fixtures.press(Array(repeating: .character("j"), count: 50), from: picker)
        #expect(down.picker.list.offset > 20)
        let filtered = Fixtures.press([.character("/")] + Fixtures.typing("hal"), from: down)
        #expect(ids(filtered) == ["halton"])
        #expect(filtered.picker.list == ListState(selected: 0, offset: 0))
        #expect(Fixtures.text(of: filtered).joined(separator: "\n").contains("Halton"))
    }

    @Test func pickerFiltersByInterventionGradeAndOverdue() {
        let state = AppState(councils: Fixtures.bundled + Fixtures.others, councilID: "middlesbrough",
                             today: CalendarDay(year: 2021, month: 6, day: 1)!, size: size)
        let picker = Fixtures.press([.character("c")], from: state)
        #expect(ids(Fixtures.press([.character("2")], from: picker)) == ["middlesbrough"], "under direction in 2021")
        #expect(ids(Fixtures.press([.character("3")], from: picker)) == ["middlesbrough"], "latest Inadequate")
        let later = AppState(councils: Fixtures.bundled + Fixtures.others, councilID: "middlesbrough",
                             today: CalendarDay(year: 2025, month: 11, day: 30)!, size: size)
        let overdue = Fixtures.press([.character("c"), .character("4")], from: later)
        #expect(ids(overdue) == ["anyshire"], "Anyshire's short inspection was due by November 2025")
        #expect(Fixtures.press([.character("f")], from: overdue).picker.filter == .all, "f cycles back to all")
    }

    @Test func improvementsSideBySideMoveThroughTheReports() {
        // The inspections: 2011's SLAC (from Ofsted's statistics), 2015's SIF, 2019's ILACS...
        let (state, _) = apply([.showInspections, .moveDown, .moveDown, .compareImprovements], to: Fixtures.home(size))
        #expect(state.screen == .improvements)
        #expect(state.shownImprovementReports.map(\.id) == ["ilacs-2019", "ilacs-2023"])
        let (earlier, _) = apply([.earlierReports], to: state)
        #expect(earlier.shownImprovementReports.map(\.id) == ["sif-2015", "ilacs-2019"])
        let (stuck, _) = apply([.earlierReports], to: earlier)
        #expect(stuck.message == "These are the earliest reports.")
        let (opened, effects) = Reducer.reduce(earlier, .open)
        #expect(effects == [.loadReportTexts(councilID: "middlesbrough", reportIDs: ["sif-2015"])])
        let loaded = Fixtures.loading(effects, into: opened)
        #expect(loaded.screen == .letter && loaded.reader?.source.report?.id == "sif-2015")
    }

    @Test func aGradeOnTheEventScreenOpensTheReportAtItsSectionOnceItsTextIsLoaded() {
        let (state, effects) = apply([.showInspections, .moveDown, .moveDown, .open, .nextLink, .nextLink, .nextLink, .open],
                                     to: Fixtures.home(size))
        #expect(state.pendingReport?.target == .section(.helpAndProtection))
        #expect(effects == [.loadReportTexts(councilID: "middlesbrough", reportIDs: ["ilacs-2019"])])
        let opened = Fixtures.loading(effects, into: state)
        #expect(opened.pendingReport == nil && opened.reader?.page == 3)
        let top = opened.reader.map { $0.document.rows[$0.scroll].text } ?? ""
        #expect(top.hasPrefix("The experiences and progress of children who need help and protection"))
        let (back, _) = apply([.back], to: opened)
        #expect(back.screen == .event, "q goes back one level, to the event")
    }
}
