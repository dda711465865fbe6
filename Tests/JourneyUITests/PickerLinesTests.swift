import JourneyData
@testable import JourneyModel
import Testing
@testable import JourneyUI

/// The picker works out a council's line only when it is needed: its first frame, over every
/// council by name, only the lines on screen. Whatever it has worked out, it shows the lines
/// and the order that working out every line first gives.
@Suite struct PickerLinesTests {
    let size = Size(width: 120, height: 40)
    let catalogue = BundledData.catalogue

    private func opening() -> AppState {
        AppState(catalogue: catalogue, council: nil, today: Fixtures.today, size: size)
    }

    @Test func theFirstFrameWorksOutOnlyTheLinesOnScreenAndPreparingAheadTheRest() throws {
        let state = opening()
        let picker = state.picker
        #expect(picker.count == catalogue.ids.count)
        #expect(picker.count > CouncilPickerView.listRows(on: size))
        _ = Renderer.frame(for: state, theme: .color)
        #expect(picker.workedOutLines == CouncilPickerView.listRows(on: size))
        Renderer.prepareAhead(for: state)
        #expect(picker.workedOutLines == picker.count)
    }

    @Test func summariesDecodedWhenNeededGiveTheLinesOfCouncilsDecodedAtOnce() throws {
        let read = try catalogue.summaries().loadable.map { try CouncilSummary(encoded: $0.encoded()) }
        #expect(read.allSatisfy { !$0.isDecoded })
        let eager = read.map { CouncilSummary(council: catalogue.load($0.id).councils[0]) }
        let lazy = PickerState(summaries: read, today: Fixtures.today)
        let whole = PickerState(summaries: eager, today: Fixtures.today)
        #expect(lazy.dataAsAt == whole.dataAsAt && lazy.entries == whole.entries)
        // A screenful worked out at once (as the first frame does) and the rest one by one.
        lazy.prepareLines(Array(lazy.entries.prefix(CouncilPickerView.listRows(on: size))))
        #expect(lazy.workedOutLines == CouncilPickerView.listRows(on: size))
        #expect((0..<lazy.count).map(lazy.line) == (0..<whole.count).map(whole.line))
    }

    @Test func theOpeningOrderIsTheOrderOfTheNames() {
        let picker = opening().picker
        let names = picker.entries.map { picker.line($0).name }
        #expect(names == names.sorted { $0.localizedStandardCompare($1) == .orderedAscending })
        #expect(names.count == catalogue.ids.count)
    }

    @Test func everySortFilterAndNameShowsTheLinesWorkedOutAllAtOnce() {
        let start = opening()
        let councils = start.summaries.compactMap(\.council)
        let eager = councils.enumerated().map { CouncilOverview(council: $1, index: $0, today: Fixtures.today) }
        for filter in PickerFilter.allCases {
            for column in PickerColumn.allCases {
                for descending in [false, true] {
                    for needle in ["", "north"] {
                        var picker = start.picker
                        needle.forEach { picker.type($0) }
                        picker.show(filter)
                        picker.sort(by: column)
                        if descending { picker.reverse() }
                        let shown = eager.indices.filter { filter.admits(eager[$0]) && eager[$0].matches(needle) }
                        let ordered = shown.sorted { PickerState.precedes(eager[$0], eager[$1], by: column) }
                        let expected = descending ? Array(ordered.reversed()) : ordered
                        #expect(picker.entries == expected, "\(filter) \(column) \(descending) \(needle)")
                        #expect(picker.entries.map(picker.line) == expected.map { eager[$0] })
                    }
                }
            }
        }
    }

    @Test func formerCouncilsAreNotShownUnderADirection() {
        let state = opening()
        let lines = (0..<state.picker.count).map(state.picker.line)
        #expect(lines.contains { $0.isFormer && $0.intervention.isUnderDirection },
                "the bundled data holds a former council whose last recorded position is a direction")
        let filtered = Fixtures.press([.character("2")], from: state)
        #expect(filtered.picker.filter == .underDirection)
        #expect(!filtered.picker.entries.isEmpty)
        #expect(filtered.picker.entries.allSatisfy { !filtered.picker.line($0).isFormer })
        #expect(filtered.picker.entries.allSatisfy { filtered.picker.line($0).intervention.isUnderDirection })
    }
}
