import JourneyData
import JourneyModel
import Testing
@testable import JourneyUI

/// The picker gives the council's name priority: at 80 columns every bundled council's name is
/// shown whole (the time since the inspection gives way, then the next window's months), and
/// narrower it keeps the intervention and cuts only the longest names.
struct PickerNameColumnTests {
    private func picker(width: Int, typing needle: String = "") -> AppState {
        let state = AppState(catalogue: BundledData.catalogue, council: nil, today: Fixtures.today,
                             size: Size(width: width, height: 24))
        return Fixtures.press([.character("/")] + Fixtures.typing(needle) + [.enter], from: state)
    }

    /// The longest name among the bundled councils, as the picker lists it.
    private var longestName: String {
        BundledData.catalogue.summaries().loadable.map { $0.name + ($0.isFormer ? " (former)" : "") }
            .max { TextWidth.of($0) < TextWidth.of($1) } ?? ""
    }

    @Test func at80ColumnsTheLongestNameIsWhole() {
        let name = longestName
        #expect(TextWidth.of(name) > 30, "the case that was cut: \(name)")
        let screen = Fixtures.text(of: picker(width: 80, typing: String(name.prefix(8)).lowercased()))
        #expect(screen.contains { $0.contains(name) }, "\(screen.joined(separator: "\n"))")
    }

    @Test func at80ColumnsEveryNameIsWholeAndTheMainColumnsStay() {
        let state = picker(width: 80)
        let columns = CouncilPickerView.Column.layout(width: 80, nameWidth: state.picker.nameWidth)
        #expect(columns[0].width >= state.picker.nameWidth)
        #expect(columns.map(\.kind) == [.name, .grade, .intervention, .next])
        #expect(2 + columns.reduce(0) { $0 + $1.width + 1 } - 1 <= 80, "the row fits without its last space")
        let heading = Fixtures.text(of: state)[1]
        #expect(heading.contains("Council") && heading.contains("Intervention now") && heading.contains("Next"))
    }

    @Test func at60ColumnsTheNameKeeps24AndTheInterventionStays() {
        let columns = CouncilPickerView.Column.layout(width: 60, nameWidth: 33)
        #expect(columns.map(\.kind) == [.name, .grade, .intervention])
        #expect(columns[0].width >= 24)
        let screen = Fixtures.text(of: picker(width: 60, typing: "cheshire west"))
        #expect(screen.contains { $0.contains("Cheshire West and Chester") })
    }

    @Test func shortNamesLeaveRoomForEveryColumn() {
        let columns = CouncilPickerView.Column.layout(width: 80, nameWidth: 12)
        #expect(columns.map(\.kind) == [.name, .grade, .intervention, .since, .next])
    }

    @Test func aNarrowNextWindowGivesItsYears() throws {
        let lines = picker(width: 80).picker
        let line = try #require((0..<lines.count).map(lines.line).first { $0.next?.window != nil })
        let window = try #require(line.next?.window)
        #expect(line.nextYearsText.hasPrefix("\(window.lowerBound.year)"))
        #expect(line.nextYearsText.count <= 10)
    }
}
