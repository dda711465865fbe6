import JourneyModel
import Testing
@testable import JourneyUI

/// What tripped an advisor in the trial of issue 13, on the rendered screen: each test drives the
/// browser by keys through the key table, as a user would, and reads the frame.
struct AdvisorTrialScreenTests {
    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 120, height: 40)

    private func screen(_ state: AppState) -> String { Fixtures.text(of: state).joined(separator: "\n") }

    private func press(_ keys: [Key], _ state: AppState) -> (AppState, [Effect]) {
        keys.reduce((state, [Effect]())) { result, key in
            let (next, effects) = Reducer.reduce(result.0, .key(key), terminalSize: result.0.size)
            return (next, result.1 + effects)
        }
    }

    // MARK: - 3. One today, one cursor

    @Test func todayPastTheFileIsTheCursorItself() {
        let today = CalendarDay(year: 2026, month: 12, day: 2)!
        let state = AppState(councils: Fixtures.bundled, councilID: "middlesbrough", today: today, size: Self.small)
        #expect(state.dateCursor == today, "the strip's ▲ and the header speak of the same day")
        #expect(screen(state).contains("Today, 2 Dec"))
        #expect(state.fileSpan.contains(today))
        let back = Fixtures.press([.character("["), .character("["), .character("t")], from: state)
        #expect(back.dateCursor == today)
    }

    // MARK: - 4, 5. Which date is which, and an inspection awaiting its report

    @Test func headerLabelsInspectionDatesAndNamesAReportNotYetPublished() {
        let home = Fixtures.home(Self.small)
        #expect(screen(home).contains("Latest judgement: Requires improvement to be good (RI), inspected 13–24 Mar 2023"))
        let newYear = Fixtures.press([.character("d")] + Fixtures.typing("2020-01-01") + [.enter], from: home)
        let text = screen(newYear)
        #expect(text.contains("inspected 25 Nov – 6 Dec 2019; report not yet published"))
        #expect(text.contains("(SIF), inspected 24 Nov – 17 Dec 2015"))
    }

    @Test func pickerLabelsItsDateColumnAsTheInspection() {
        let picker = Fixtures.press([.character("c")], from: Fixtures.home(Self.large))
        let headings = Fixtures.text(of: picker)[1]
        #expect(headings.contains("Grade, inspected"))
        #expect(Fixtures.text(of: picker).contains { $0.contains("Middlesbrough Council") && $0.contains("RI Mar 2023") })
    }

    // MARK: - 6. What an old release says

    @Test func importedOldInspectionSaysWhatTheReleaseGives() {
        let slac = Event(id: "ofsted-slac-published-2011-03-25", kind: .inspection, title: "SLAC inspection",
                         start: PartialDate(year: 2011, month: 3, day: 25)!, published: PartialDate(year: 2011, month: 3, day: 25)!,
                         detail: .inspection(Inspection(framework: .slac, judgements: [
                            Judgement(area: .safeguarding, grade: .requiresImprovement)])),
                         origin: .imported(release: "Children's social care data in England 2023", sheet: "LA", row: 1))
        let council = Council(id: "old", name: "Old Council", events: [slac])
        let text = screen(AppState(councils: [council], today: Fixtures.today, size: Self.large))
        #expect(!text.contains("When: 25 March 2011"))
        #expect(text.contains("> pub Mar 2011 SLAC inspection"), "the timeline's date says it is the publication")
        #expect(text.contains("Published: 25 March 2011"))
        #expect(text.contains("The release gives no dates for the inspection itself."))
        #expect(text.contains("SLAC inspections called it \"adequate\""))
    }

    // MARK: - 8. The strip's legend explains every glyph

    @Test func legendExplainsEveryStripGlyph() {
        let home = Fixtures.home(Self.small)
        let legend = Fixtures.text(of: home)[home.homeLayout.strip.maxY - 1]
        for glyph in ["O G RI I", "?", "f/m", "·", "[═+═]", "░", "▲"] { #expect(legend.contains(glyph), "\(glyph)") }
    }

    // MARK: - 9, 10, 11, 13. Never losing the user's place

    @Test func qFromAnEventOpenedInSearchGoesBackToTheResults() {
        let (search, _) = press([.character("/")] + Fixtures.typing("Jan Edw") + [.enter], Fixtures.home(Self.small))
        let (event, _) = press([.enter], search)
        let (back, effects) = press([.character("q")], event)
        #expect(!effects.contains(.quit(0)), "q went back, it did not quit")
        #expect(back.screen == .search)
        let (home, _) = press([.character("q")], back)
        #expect(home.screen == .home)
        #expect(press([.character("q")], home).1 == [.quit(0)], "only the first screen quits")
    }

    @Test func enterOnAnInspectionOpensTheInspectionNotALetter() {
        let (state, _) = press([.character("2"), .character("j"), .character("j"), .enter], Fixtures.home(Self.small))
        let text = screen(state)
        #expect(!text.contains("Letter: MIDDLESBROUGH COUNCIL"))
        #expect(text.contains("Event: ILACS standard inspection"))
        #expect(text.contains("Inspected: 25 November – 6 December 2019"))
    }

    @Test func returningFromALetterSelectsTheRowTheUserCameFrom() {
        let (revocation, _) = press([.character("4"), .character("G")], Fixtures.home(Self.small))
        let from = revocation.selectedRow?.id
        // The event, its letter, the letter's first quote, the event it cites; then back out.
        let (cited, _) = press([.enter, .tab, .enter, .tab, .enter], revocation)
        #expect(cited.screen == .event)
        let (home, _) = press([.character("q"), .character("q"), .character("q")], cited)
        #expect(home.screen == .home)
        #expect(home.selectedRow?.id == from)
    }

    @Test func aLetterHitOpensAtTheLineItIsListedAt() throws {
        let (results, _) = press([.character("/")] + Fixtures.typing("gradual improvements") + [.enter],
                                 Fixtures.home(Self.small))
        let hit = try #require(results.search.hits.firstIndex { $0.owner == .letter })
        let line = results.search.hits[hit].line
        #expect(screen(results).contains("line \(line):"))
        let moved = Fixtures.press(Array(repeating: .down, count: hit), from: results)
        let (letter, _) = press([.enter], moved)
        #expect(letter.screen == .letter)
        #expect(screen(letter).contains("match 1 of 1 at line \(line)"))
    }

    @Test func escOnTheOpeningPickerDoesNotOpenACouncil() {
        let opening = AppState(councils: Fixtures.bundled + Fixtures.others, today: Fixtures.today, size: Self.small)
        #expect(opening.screen == .picker)
        let (after, effects) = press([.escape], opening)
        #expect(after.screen == .picker, "Esc did not silently open the first council")
        #expect(effects.isEmpty)
        #expect(press([.character("q")], opening).1 == [.quit(0)])
    }

    // MARK: - 12. Nothing reaches a screen hidden behind "terminal too small"

    @Test func keysBehindTooSmallDoNotReachTheSearchBox() {
        let (search, _) = press([.character("/")] + Fixtures.typing("care"), Fixtures.home(Self.small))
        var state = Reducer.reduce(search, .resize, terminalSize: Size(width: 30, height: 8)).0
        for key in Fixtures.typing("xyz") + [.backspace, .enter] {
            state = Reducer.reduce(state, .key(key), terminalSize: Size(width: 30, height: 8)).0
        }
        #expect(state.search.prompt.text == "care")
        #expect(state.screen == .search && state.search.isEditing)
        let quit = Reducer.reduce(state, .key(.character("q")), terminalSize: Size(width: 30, height: 8)).1
        #expect(quit == [.quit(0)], "the notice says q quits")
    }

    // MARK: - 14. Event ids in the browser

    @Test func detailPaneShowsTheEventId() {
        let state = Fixtures.press([.character("2"), .character("j"), .character("j")], from: Fixtures.home(Self.large))
        #expect(screen(state).contains("Id: ilacs-2019"))
    }

    // MARK: - 17. The 80x24 layout

    @Test func at80x24HelpStaysVisibleTheHeadlineFitsAndSevenRowsShow() throws {
        for keys: [Key] in [[], [.character("/")], [.character("5"), .enter], [.character("c")]] {
            let lines = Fixtures.text(of: Fixtures.press(keys, from: Fixtures.home(Self.small)))
            #expect(lines[23].contains("help"), "keys \(keys): \(lines[23])")
        }
        let home = Fixtures.text(of: Fixtures.home(Self.small))
        for row in 0...3 { #expect(!home[row].trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(home[row])") }
        let top = try #require(home.firstIndex { $0.hasPrefix("▶ Timeline") })
        let bottom = try #require(home.firstIndex { $0.hasPrefix("─ Detail") })
        #expect(bottom - top - 1 >= 7, "at least seven timeline rows")
    }

    @Test func at120ColumnsGradesAreNeverCut() {
        for keys: [Key] in [[], [.character("2")], [.character("2"), .character("j")]] {
            let text = screen(Fixtures.press(keys, from: Fixtures.home(Self.large)))
            #expect(!text.contains("Requires improvement …"))
            #expect(!text.contains("Requires improvement to…"))
        }
    }

    // MARK: - 18. Search snippets on word boundaries

    @Test func searchSnippetsStartAndEndOnWordBoundaries() throws {
        let line = String(repeating: "word ", count: 30) + "the commissioner came before or with the direction "
            + String(repeating: "tail ", count: 30)
        let hit = SearchHit(owner: .letter, ownerID: "l", field: .body, line: 1, match: 150..<166, text: line)
        #expect(hit.context.hasPrefix("…") && hit.context.hasSuffix("…"))
        let body = String(hit.context.dropFirst().dropLast())
        let range = try #require(line.range(of: body))
        #expect(range.lowerBound == line.startIndex || line[line.index(before: range.lowerBound)] == " ",
                "starts mid-word: \(body)")
        #expect(range.upperBound == line.endIndex || line[range.upperBound] == " ", "ends mid-word: \(body)")
        let start = hit.context.index(hit.context.startIndex, offsetBy: hit.contextColumn)
        #expect(hit.context[start...].hasPrefix("the commissioner"))
    }

    @Test func searchRowsCutTheirSnippetsOnWordBoundariesToo() {
        #expect(SearchView.tail(of: "the commissioner came before or with the", width: 12) == "…or with the")
        #expect(SearchView.tail(of: "short", width: 12) == "short")
        #expect(SearchView.head(of: " came before or with the commissioner", width: 16) == " came before or…")
        #expect(SearchView.head(of: " came before or with the commissioner", width: 14) == " came before…")
        let results = Fixtures.press([.character("/")] + Fixtures.typing("improve") + [.enter], from: Fixtures.home(Self.small))
        for row in Fixtures.text(of: results).dropFirst().prefix(20) where row.contains("…") {
            let afterPlace = row.components(separatedBy: ": ").dropFirst().joined(separator: ": ")
            // A word starts after the ellipsis: a letter, or a quote opening a quoted word.
            let first = afterPlace.dropFirst().first
            if afterPlace.hasPrefix("…") { #expect(first?.isLetter == true || "'\"‘“(".contains(first ?? " "), "\(row)") }
        }
    }
}
