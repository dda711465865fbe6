import Testing
@testable import JourneyModel

@Suite struct TimelineTests {
    let council = Fixtures.middlesbrough

    @Test func sortsEventsByStartWhateverTheFileOrder() {
        #expect(council.timeline().map(\.id) == [
            "sif-2015", "ilacs-2019", "direction-2020", "commissioner-appointed-2020", "direction-revised-2022",
            "ilacs-2023", "focused-visit-2024-07", "direction-revoked-2024",
        ])
    }

    @Test func tiesPutTheMorePreciseFirstThenKeepFileOrder() {
        let events = [
            Event(id: "year", kind: .leadershipChange, title: "y", start: Fixtures.date("2020")),
            Event(id: "day-first-in-file", kind: .leadershipChange, title: "a", start: Fixtures.date("2020-01-01")),
            Event(id: "month", kind: .leadershipChange, title: "m", start: Fixtures.date("2020-01")),
            Event(id: "day-second-in-file", kind: .leadershipChange, title: "b", start: Fixtures.date("2020-01-01")),
        ]
        #expect(Fixtures.council(events).timeline().map(\.id) == [
            "day-first-in-file", "day-second-in-file", "month", "year",
        ])
    }

    @Test func filtersByKind() {
        #expect(council.timeline(kinds: [.direction]).map(\.id) == [
            "direction-2020", "direction-revised-2022", "direction-revoked-2024",
        ])
        #expect(council.timeline(kinds: [.inspection, .focusedVisit]).map(\.id) == [
            "sif-2015", "ilacs-2019", "ilacs-2023", "focused-visit-2024-07",
        ])
        #expect(council.timeline(kinds: []).isEmpty)
    }

    @Test func keepsAPartialDateThatOnlyPartlyOverlapsTheRange() {
        let march2020 = council.timeline(from: Fixtures.day("2020-03-01"), to: Fixtures.day("2020-03-31"))
        #expect(march2020.map(\.id) == ["direction-2020"])
    }

    @Test func publicationDoesNotBringAnEventIntoTheRange() {
        // ILACS 2019 ended on 6 December 2019 and was published on 24 January 2020.
        let january2020 = council.timeline(from: Fixtures.day("2020-01-01"), to: Fixtures.day("2020-01-31"))
        #expect(january2020.map(\.id) == ["direction-2020"])
    }

    @Test func rangeBoundsAreInclusiveOfAnEventsFirstAndLastDay() {
        let visit = "focused-visit-2024-07"  // 31 July to 1 August 2024
        #expect(council.timeline(from: Fixtures.day("2024-08-01")).map(\.id).contains(visit))
        #expect(!council.timeline(from: Fixtures.day("2024-08-02")).map(\.id).contains(visit))
        #expect(council.timeline(to: Fixtures.day("2024-07-31")).map(\.id).contains(visit))
        #expect(!council.timeline(to: Fixtures.day("2024-07-30")).map(\.id).contains(visit))
    }

    @Test func aPartialMonthCoversItsFirstAndLastDayOnly() {
        let commissioner = "commissioner-appointed-2020"  // February 2020 (a leap year)
        #expect(council.timeline(to: Fixtures.day("2020-02-01")).map(\.id).contains(commissioner))
        #expect(!council.timeline(to: Fixtures.day("2020-01-31")).map(\.id).contains(commissioner))
        #expect(council.timeline(from: Fixtures.day("2020-02-29")).map(\.id).contains(commissioner))
        #expect(!council.timeline(from: Fixtures.day("2020-03-01")).map(\.id).contains(commissioner))
    }

    @Test func combinesKindsAndRange() {
        let ids = council.timeline(kinds: [.inspection], from: Fixtures.day("2019-01-01")).map(\.id)
        #expect(ids == ["ilacs-2019", "ilacs-2023"])
    }

    @Test func aRangeThatEndsBeforeItStartsIsEmpty() {
        #expect(council.timeline(from: Fixtures.day("2024-01-01"), to: Fixtures.day("2020-01-01")).isEmpty)
    }

    @Test func anEmptyCouncilHasAnEmptyTimeline() {
        #expect(Fixtures.council([]).timeline().isEmpty)
    }
}
