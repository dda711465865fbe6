import JourneyData
import JourneyModel
import Testing

/// The strip's direction bar asks for bands, worked out once per stretch without a step: they
/// must be the bands of the full status on every day, for every bundled council.
@Suite("Intervention bands")
struct InterventionBandTests {
    @Test func everyBundledCouncilsBandsAreThoseOfItsStatusOnEachDay() throws {
        let first = try #require(CalendarDay(year: 2008, month: 1, day: 1))
        let dense = try #require(CalendarDay(year: 2019, month: 1, day: 1))
        // Every 5 days over 19 years (columns of a wide strip), then one day at a time over a
        // stretch dense with steps, then out of order.
        let weekly = stride(from: 0, to: 19 * 365, by: 5).map { first.adding(days: $0) }
        let daily = (0..<800).map { dense.adding(days: $0) }
        let shuffled = weekly.enumerated().map { $0.offset % 2 == 0 ? $0.element : weekly[weekly.count - 1 - $0.offset] }
        var differing: [String] = []
        var measuresSeen = 0
        for id in BundledData.catalogue.ids {
            let council = try #require(BundledData.catalogue.load(id).councils.first)
            for days in [weekly, daily, shuffled] {
                let expected = days.map { InterventionBand(council.interventionStatus(on: $0)) }
                if council.interventionBands(on: days) != expected { differing.append(id) }
                measuresSeen += expected.filter { $0 != .none }.count
            }
        }
        #expect(differing.isEmpty)
        #expect(measuresSeen > 1000, "the councils should include directions, notices and uncertain stretches")
    }
}
