import JourneyModel
import Testing
@testable import JourneyUI

/// The picker's "intervention now" words for every state the register can give.
@Suite struct InterventionBriefTests {
    static let coverage = RegisterCoverage(from: PartialDate(year: 2010)!, checked: CalendarDay(year: 2024, month: 4, day: 9)!,
                                           listsCouncil: true)

    private func brief(_ events: [Event], on iso: String, listed: Bool = true) -> InterventionBrief {
        var coverage = Self.coverage
        coverage.listsCouncil = listed
        let council = Council(id: "c", name: "C", events: events, registerCoverage: coverage)
        return InterventionBrief(council.interventionStatus(on: CalendarDay(iso: iso)!))
    }

    private func step(_ id: String, _ kind: EventKind, _ action: Intervention.Action, _ iso: String,
                      target: String? = nil) -> Event {
        Event(id: id, kind: kind, title: id, start: PartialDate(iso: iso)!,
              detail: .intervention(Intervention(action: action, target: target)))
    }

    @Test func everyState() {
        let direction = [step("d", .direction, .issued, "2018-07-12"), step("r", .direction, .revised, "2019-03-01", target: "d")]
        let certain = brief(direction, on: "2019-01-01")
        #expect(certain.text == "Direction since Jul 2018" && certain.isUnderDirection && certain.rank == 0)
        let noEnd = brief(direction, on: "2023-01-01")
        #expect(noEnd.text == "Direction Jul 2018–?" && noEnd.isUnderDirection)
        let ended = direction + [step("e", .direction, .revoked, "2020-01-13", target: "d")]
        #expect(brief(ended, on: "2025-06-01").text == "Revoked Jan 2020")
        #expect(!brief(ended, on: "2025-06-01").isUnderDirection)
        let notice = [step("n", .improvementNotice, .issued, "2022-03-01"), step("l", .improvementNotice, .lifted, "2023-12-21")]
        #expect(brief(notice, on: "2022-03-02").text == "Notice since Mar 2022")
        #expect(brief(notice, on: "2024-01-01").text == "Notice lifted Dec 2023")
        #expect(brief([], on: "2020-01-01").text == "Not under a direction")
        #expect(brief([], on: "2025-01-01").text == "None to Apr 2024")
        #expect(brief([], on: "2020-01-01", listed: false).text == "None recorded")
        #expect(brief([step("y", .direction, .issued, "2020")], on: "2020-06-01").text == "Not known")
    }
}
