import JourneyData
import JourneyModel
import Testing
@testable import JourneyUI

/// The header shows the status sentence whole at every width: losing its last words ("not known
/// since then") would change what it says. It takes the rows it needs from the panes beneath,
/// which keep their places and titles.
struct HeaderSentenceTests {
    /// The day of the walkthrough that found Halton's sentence cut at 80x24, and the fixtures' day.
    static let days = [CalendarDay(year: 2026, month: 12, day: 3)!, Fixtures.today]

    private func home(_ id: String, day: CalendarDay, size: Size) throws -> AppState {
        let council = try #require(BundledData.catalogue.load(id).councils.first)
        return AppState(catalogue: BundledData.catalogue, council: council, today: day, size: size)
    }

    /// The screen's text with every run of spaces and line ends as one space.
    private func flattened(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test(arguments: ["halton", "middlesbrough"], [40, 52, 60, 72, 79, 80, 90, 99, 100, 120, 160, 200])
    func everyWordOfTheSentenceIsOnScreen(id: String, width: Int) throws {
        for day in Self.days {
            for height in [24, 40] {
                let state = try home(id, day: day, size: Size(width: width, height: height))
                let sentence = state.council.interventionStatus(on: day).sentence
                let screen = Fixtures.text(of: state)
                #expect(flattened(screen).contains(sentence), "\(id) at \(width)x\(height) on \(day.text)")
                let layout = state.homeLayout
                #expect(screen[layout.strip.maxY].contains("Timeline"), "the timeline pane right under the strip")
                #expect(layout.timelineRows >= 1 && layout.detailRows >= 1)
                if layout.mode == .full { #expect(layout.timelineRows == HomeLayout.fullTimelineRows) }
            }
        }
    }

    @Test(arguments: ["halton", "middlesbrough"])
    func atTheSmallestSizeTheHeaderMarksWhatItCannotShow(id: String) throws {
        let state = try home(id, day: Self.days[0], size: PageLayout.minimum)
        let layout = state.homeLayout
        #expect(layout == HomeLayout(size: PageLayout.minimum), "the panes keep their rows")
        let screen = Fixtures.text(of: state)
        let cut = screen[layout.header.maxY - 1]
        #expect(cut.hasPrefix("Today, 3 Dec 2026") && cut.contains(" · ") && cut.hasSuffix("…"),
                "the day, the grade, as much of the sentence as fits, and the mark that it goes on")
    }

    @Test func haltonAt80x24KeepsTheEndOfItsSentence() throws {
        let day = Self.days[0]
        let state = try home("halton", day: day, size: Size(width: 80, height: 24))
        let sentence = state.council.interventionStatus(on: day).sentence
        #expect(TextWidth.of(sentence) > 80, "the case that was cut: a sentence wider than the screen")
        #expect(flattened(Fixtures.text(of: state)).contains(sentence))
    }
}
