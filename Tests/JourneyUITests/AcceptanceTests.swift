import Testing
@testable import JourneyUI

/// The acceptance paths, driven by keys through the key table and checked on the
/// rendered screen: each goal is a few keys from the home screen, at every supported size.
struct AcceptanceTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)]

    private func screen(after keys: [Key], size: Size) -> String {
        Fixtures.text(of: Fixtures.press(keys, from: Fixtures.home(size))).joined(separator: "\n")
    }

    @Test(arguments: sizes)
    func inspection2019Judgements(size: Size) {
        // 2: inspections only; j j: the third (after the 2011 SLAC and 2015 SIF), the 2019 ILACS inspection.
        let keys: [Key] = [.character("2"), .character("j"), .character("j")]
        let roomy = screen(after: keys, size: size)
        #expect(roomy.contains("ILACS standard inspection"))
        #expect(roomy.contains("Overall effective"))
        let impact = roomy.split(separator: "\n").first { $0.contains("Impact of leaders") }
        #expect(impact?.contains(" I") == true)
        // Tab then Space scrolls the detail pane to the last judgement, and the grade's words, in
        // the smallest layout.
        let rest = screen(after: keys + [.tab, .character(" ")], size: size)
        let end = screen(after: keys + [.tab, .character(" "), .character(" ")], size: size)
        #expect((roomy + rest).contains("Children in care and care leavers"))
        #expect((roomy + rest).contains("Help and protection"))
        #expect((roomy + rest + end).contains("I  Inadequate"))
    }

    @Test(arguments: sizes)
    func revocationLetter(size: Size) {
        // 5: letters only; Enter opens the letter.
        let text = screen(after: [.character("5"), .enter], size: size)
        #expect(text.contains("Letter: MIDDLESBROUGH COUNCIL"))
        #expect(text.contains("Janet Daby MP"))
        #expect(text.contains("6 September 2024"))
    }

    @Test(arguments: sizes)
    func statusOnFirstJune2021(size: Size) {
        // d opens "Go to date", as the status line hints; the date is typed and accepted.
        let byPrompt = [Key.character("d")] + "2021-06-01".map(Key.character) + [.enter]
        // Or by the date cursor: [ four times gives 1 November 2021, ← five times 1 June 2021.
        let byCursor = Array(repeating: Key.character("["), count: 4) + Array(repeating: Key.left, count: 5)
        for keys in [byPrompt, byCursor] {
            let text = screen(after: keys, size: size)
            #expect(text.contains("On 1 June 2021"))
            if size.width >= 80 {
                #expect(text.contains("\nUnder statutory direction since 2020"))
                #expect(text.contains("Latest judgement: Inadequate (I), inspected 25 Nov"))
                #expect(text.contains("monitoring visits, then a standard re-inspection"))
            } else {
                #expect(text.contains("On 1 June 2021: I · Under statutory dir"))
            }
        }
    }

    @Test func goToDateShowsWhatIsTypedAndRejectsNonDates() {
        let typing = screen(after: [Key.character("d")] + "2021-0".map(Key.character), size: Size(width: 80, height: 24))
        #expect(typing.contains("Go to date (2021-06-01, 2021-06, 2021 or 1 June 2021): 2021-0"))
        let wrong = screen(after: [Key.character("d")] + "June".map(Key.character) + [.enter],
                           size: Size(width: 80, height: 24))
        #expect(wrong.contains("'June' is not a date: type 2021-06-01, 2021-06, 2021 or 1 June 2021."))
        let cancelled = Fixtures.press([Key.character("d"), .character("2"), .escape],
                                       from: Fixtures.home(Size(width: 80, height: 24)))
        #expect(cancelled.datePrompt == nil)
        #expect(!cancelled.isDateCursorMoved)
        #expect(cancelled.filter == .all)
    }

    @Test func revocationFromTheDirectionEvent() {
        // The revocation is also reached from its event: 4 for directions, G for the last, Enter for
        // the event, Enter again for its only letter.
        let text = screen(after: [.character("4"), .character("G"), .enter, .enter], size: Size(width: 80, height: 24))
        #expect(text.contains("Letter: MIDDLESBROUGH COUNCIL"))
    }
}
