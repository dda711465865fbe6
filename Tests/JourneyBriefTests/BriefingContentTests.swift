import Foundation
import JourneyModel
import Testing
@testable import JourneyBrief

/// What a briefing says: the product's own status sentences, the timeline up to the day, the
/// review resolved against the data.
@Suite struct BriefingContentTests {
    @Test func standingUsesTheStatusSentencesOfJourneyStatus() {
        let council = BriefFixtures.bundled("wakefield")
        let briefing = BriefFixtures.wakefield()
        let day = BriefFixtures.wakefieldDay
        #expect(briefing.facts.first { $0.label == "Intervention" }?.value == council.interventionStatus(on: day).sentence)
        #expect(briefing.facts.first { $0.label == "Latest judgement" }?.value
                == StatusText.judgement(council.judgementStatus(on: day)))
        #expect(briefing.facts.first { $0.label == "Latest judgement" }?.value.contains("inspected 4 June 2018, published 17 July 2018") == true)
        #expect(briefing.judgements.map(\.letter) == ["I", "I", "I", "I"])
    }

    @Test func timelineStopsAtTheDayAndCountsWhatFollows() {
        let council = BriefFixtures.bundled("wakefield")
        let briefing = BriefFixtures.wakefield()
        #expect(briefing.entries.map(\.id) == council.timeline(to: BriefFixtures.wakefieldDay).map(\.id))
        #expect(briefing.laterEvents == council.events.count - briefing.entries.count)
        #expect(briefing.laterEvents > 0)
        #expect(briefing.picture.marks.count == briefing.entries.count)
        #expect(briefing.picture.periods.contains { $0.kind == .direction && $0.to == BriefFixtures.wakefieldDay })
    }

    /// Halton was inspected in May 2024 and the report came out in July: a briefing on 1 June
    /// 2024 says the report is awaited, as `journey status` does, and shows no grade for it.
    @Test func gradesNotPublishedByTheDayAreNotShown() throws {
        let day = CalendarDay(year: 2024, month: 6, day: 1)!
        let briefing = Briefing(council: BriefFixtures.bundled("halton"), day: day, today: BriefFixtures.today)
        let entry = try #require(briefing.entries.first { $0.id == "ofsted-ilacs-2024-05-13" })
        #expect(entry.outcome == "report not published by this day (published 12 July 2024)")
        #expect(briefing.facts.contains { $0.label == "Awaiting report" })
        let mark = try #require(briefing.picture.marks.last)
        #expect(mark.kind == .inspection(nil))
        #expect(!mark.description.contains("Inadequate"))
        let later = Briefing(council: BriefFixtures.bundled("halton"), day: CalendarDay(year: 2024, month: 7, day: 12)!,
                             today: BriefFixtures.today)
        #expect(later.entries.first { $0.id == "ofsted-ilacs-2024-05-13" }?.outcome == "Inadequate (I) in all 5 judgements")
    }

    @Test func notesAreInTheOrderWrittenWithWhatTheyAreOn() {
        let notes = BriefFixtures.wakefield().notes
        #expect(notes.map(\.author) == ["aadvisor", "aadvisor", "badvisor"])
        #expect(notes[0].about == "Direction: Statutory direction issued, 2018-08-22 [dfe-direction-2018-08]")
        #expect(notes[0].lines == ["Check the direction's", "second paragraph."])
        #expect(notes[0].written == "2 December 2026, 15:40 UTC")
        #expect(notes[1].about == "The council as a whole")
        #expect(notes[2].orphaned && notes[2].about == "An event since removed [gone-2012]")
        #expect(!notes[0].orphaned && !notes[1].orphaned)
    }

    @Test func marksShowInTheTimelineAndTheFlaggedList() {
        let briefing = BriefFixtures.wakefield()
        #expect(briefing.entries.first { $0.id == "dfe-direction-2018-08" }?.review == "flagged, reviewed, 1 note")
        #expect(briefing.entries.first { $0.id == "dfe-direction-2018-12" }?.review == "")
        #expect(briefing.flagged == ["Direction: Statutory direction issued, 2018-08-22 [dfe-direction-2018-08]",
                                     "[gone-2012] (no longer in the council's data)"])
        #expect(briefing.reviewedCount == 1)
    }

    @Test func sourcesCiteEventsTheRegisterWithItsAddressesAndTheFramework() {
        let groups = BriefFixtures.wakefield().sources
        let register = groups.first { $0.heading == "DfE register of interventions" }
        #expect(register?.citations.contains { $0.url?.hasPrefix("http://www.education.gov.uk/") == true } == true)
        #expect(groups.contains { $0.heading.contains("[dfe-direction-2018-08]")
            && $0.citations.contains { $0.url == "https://gov.uk/government/publications/revised-direction-issued-to-wakefield-council" } })
        #expect(groups.contains { $0.heading == "Next inspection estimate" })
        let events = BriefFixtures.wakefield().entries.map(\.id)
        for id in events { #expect(groups.contains { $0.heading.hasSuffix("[\(id)]") }, "no sources for \(id)") }
    }

    @Test func anInspectionFlaggedIsListedOnceThoughItsReportSharesItsID() {
        let council = BriefFixtures.bundled("middlesbrough")
        #expect(council.report("ilacs-2019") != nil && council.event("ilacs-2019") != nil)
        let briefing = Briefing(council: council, day: BriefFixtures.today, today: BriefFixtures.today,
                                review: BriefingReview(flagged: ["ilacs-2019"]))
        #expect(briefing.flagged.count == 1)
        #expect(briefing.flagged.first?.hasSuffix("[ilacs-2019]") == true)
    }

    @Test func middlesbroughCitesItsLettersReportsAndPeople() {
        let council = BriefFixtures.bundled("middlesbrough")
        let day = CalendarDay(year: 2023, month: 6, day: 1)!
        let briefing = Briefing(council: council, day: day, today: BriefFixtures.today)
        #expect(!briefing.inPost.isEmpty)
        #expect(briefing.inPost.map(\.name) == council.postHolders(on: day).map(\.name))
        #expect(briefing.sources.contains { $0.heading.hasPrefix("Letter ") })
        #expect(briefing.sources.contains { $0.citations.contains { $0.title.contains("SHA-256") } })
        let someone = briefing.inPost[0]
        #expect(briefing.sources.contains { $0.heading == "\(someone.role): \(someone.name)" })
    }

    @Test func controlsInDataAreShownNotKept() {
        let briefing = Briefing(council: BriefFixtures.hostile, day: BriefFixtures.wakefieldDay, today: BriefFixtures.today)
        #expect(briefing.councilName == "Evil <b>Council</b> & ^[[31mRed")
        #expect(!BriefingMarkdown.render(briefing).unicodeScalars.contains { $0.value == 0x1B })
        #expect(!BriefingHTML.render(briefing).unicodeScalars.contains { $0.value == 0x1B })
    }
}
