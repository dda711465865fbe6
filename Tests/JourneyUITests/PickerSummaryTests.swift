import JourneyData
@testable import JourneyModel
import Synchronization
import Testing
@testable import JourneyUI

/// A store over the bundled councils that answers every summary (read from its compiled form,
/// as the index does) and counts the councils it is asked to answer whole.
final class CountingSummaryStore: CouncilStore {
    private let summaryByID: [String: CouncilSummary]
    private let asked = Mutex<[String]>([])

    init(ids: [String]) {
        summaryByID = Dictionary(uniqueKeysWithValues: ids.map {
            ($0, try! CouncilSummary(encoded: CouncilSummary(id: $0, result: BundledData.catalogue.load($0)).encoded()))
        })
    }

    /// The ids of the councils answered whole, in the order asked.
    var resultsAsked: [String] { asked.withLock { $0 } }

    func result(for id: String) -> CouncilLoader.Result? {
        asked.withLock { $0.append(id) }
        return BundledData.catalogue.load(id)
    }

    func keep(_ result: CouncilLoader.Result, for id: String) {}

    func summaries(for ids: [String]) -> [String: CouncilSummary] { summaryByID.filter { ids.contains($0.key) } }
}

/// The picker is drawn from the councils' summaries: it decodes only the council behind it,
/// and the one chosen; its lines are those the whole councils give.
@Suite struct PickerSummaryTests {
    let size = Size(width: 120, height: 40)

    @Test func thePickerDecodesOnlyTheCouncilBehindItAndTheOneChosen() throws {
        let ids = BundledData.catalogue.ids
        let store = CountingSummaryStore(ids: ids)
        let catalogue = CouncilCatalogue(root: BundledData.tree, store: store)
        let state = AppState(catalogue: catalogue, council: nil, today: Fixtures.today, size: size)
        #expect(state.screens == [.picker])
        #expect(state.picker.count == ids.count)
        let behind = try #require(state.summaries.first?.id)
        #expect(store.resultsAsked == [behind])
        _ = Renderer.frame(for: state, theme: .color)
        #expect(state.summaries.count { $0.isDecoded } == CouncilPickerView.listRows(on: size),
                "only the councils on screen are decoded from their summaries")
        let chosen = Fixtures.press([.down, .down, .enter], from: state)
        #expect(chosen.screen == .home)
        #expect(chosen.council.id == state.summaries[2].id)
        #expect(chosen.council == BundledData.catalogue.load(chosen.council.id).councils.first)
        #expect(store.resultsAsked == [behind, chosen.council.id])
    }

    @Test func everyBundledCouncilsLineIsTheSameFromItsSummary() throws {
        let days = [Fixtures.today, CalendarDay(year: 2019, month: 3, day: 1)!, CalendarDay(year: 2031, month: 1, day: 1)!]
        for id in BundledData.catalogue.ids {
            let whole = try #require(BundledData.catalogue.load(id).councils.first)
            let reduced = try #require(CouncilSummary(council: whole).council)
            for day in days {
                #expect(CouncilOverview(council: reduced, index: 0, today: day)
                        == CouncilOverview(council: whole, index: 0, today: day), "\(id) on \(day.iso)")
            }
        }
    }
}

extension PickerSummaryTests {
    @Test func everyBundledCouncilsSummaryComesBackFromItsCompactForm() throws {
        for id in BundledData.catalogue.ids {
            let summary = CouncilSummary(id: id, result: BundledData.catalogue.load(id))
            #expect(try CouncilSummary(encoded: summary.encoded()) == summary, "\(id)")
        }
    }
}

extension PickerSummaryTests {
    @Test func theBundledSummariesAreCompiledAndCurrent() throws {
        let ids = BundledData.catalogue.ids
        let compiled = try #require(BundledData.catalogue.store).summaries(for: ids)
        #expect(compiled.count == ids.count)
        for id in ids {
            #expect(compiled[id] == CouncilSummary(id: id, result: BundledData.catalogue.load(id)), "\(id)")
        }
    }
}
