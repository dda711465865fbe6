import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

/// How far an import reaches: each release's "as at" date, read from its cover sheet, written
/// into imported.yaml and read back as the council's data coverage.
@Suite struct ImportAsAtTests {
    @Test func eachReleaseAsAtDateReachesTheCouncilsCoverage() throws {
        let harness = try ImportHarness()
        try harness.run(try harness.bothReleases())
        let text = try #require(harness.text("councils/middlesbrough/imported.yaml"))
        #expect(text.contains("""
            releases:
              - title: "Local authority inspection outcomes as at 31 March 2025"
                published: 2025-09-25
                as-at: 2025-03-31
              - title: "Children's social care data in England 2023"
                published: 2023-07-06
                as-at: 2023-03-31
            events:
            """))
        let council = try #require(harness.load("middlesbrough").councils.first)
        #expect(council.coverage.asAt == CalendarDay(year: 2025, month: 3, day: 31))
        #expect(council.coverage.sources.count == 2)
    }

    @Test func asAtIsReadFromThePeriodCoveredOrTheTitle() {
        #expect(CoverSheet.asAtDate(in: "Inspections as at 31 March 2025, with a report published by 30 June 2025")
                == CalendarDay(year: 2025, month: 3, day: 31))
        #expect(CoverSheet.asAtDate(in: "As at 31 March 2023, published by 30 April 2023")
                == CalendarDay(year: 2023, month: 3, day: 31))
        #expect(CoverSheet.asAtDate(in: "Children's social care data in England 2023") == nil)
        #expect(CoverSheet.asAtDate(in: "as at 31 Smarch 2025") == nil)
    }
}
