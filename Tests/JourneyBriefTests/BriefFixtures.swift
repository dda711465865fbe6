import Foundation
import JourneyBrief
import JourneyData
import JourneyModel

/// Councils, days and reviews the briefing tests share.
enum BriefFixtures {
    static let today = CalendarDay(year: 2025, month: 11, day: 30)!
    static let wakefieldDay = CalendarDay(year: 2019, month: 6, day: 1)!

    /// A bundled council, loaded as the command line loads it.
    static func bundled(_ id: String) -> Council {
        BundledData.catalogue.load(id).councils.first ?? Council(id: "missing", name: "Bundled data did not load")
    }

    static var register: RegisterInfo? { BundledData.catalogue.register?.info }

    /// A moment: 2 December 2026 at 15:40 UTC, plus minutes.
    static func moment(plusMinutes minutes: Int = 0) -> Date {
        Date(timeIntervalSince1970: 1_796_226_000 + Double(minutes * 60))
    }

    /// Notes on Wakefield's 2018 inspection, the council, and an event that is no longer in the data.
    static var wakefieldReview: BriefingReview {
        BriefingReview(notes: [
            BriefingNote(targetID: nil, targetLabel: "Wakefield", text: "Ask about the commissioner's second report.",
                         author: "aadvisor", written: moment(plusMinutes: 5)),
            BriefingNote(targetID: "dfe-direction-2018-08", targetLabel: "Statutory direction issued",
                         text: "Check the direction's\nsecond paragraph.", author: "aadvisor", written: moment()),
            BriefingNote(targetID: "gone-2012", targetLabel: "An event since removed", text: "Still matters.",
                         author: "badvisor", written: moment(plusMinutes: 9)),
        ], flagged: ["dfe-direction-2018-08", "gone-2012"], reviewed: ["dfe-direction-2018-08"])
    }

    static func wakefield(review: BriefingReview = wakefieldReview) -> Briefing {
        Briefing(council: bundled("wakefield"), day: wakefieldDay, today: today, review: review, register: register)
    }

    /// A council whose every text is hostile: markup, controls, a script address.
    static var hostile: Council {
        let source = Source(title: "<script>alert(1)</script> & \"quotes\" | pipe", url: "javascript:alert(1)")
        return Council(id: "hostile", name: "Evil <b>Council</b> & \u{1B}[31mRed", region: "# Heading | pipe",
                       events: [
                           Event(id: "ilacs-2019", kind: .inspection, title: "ILACS <img src=x onerror=alert(1)>",
                                 start: PartialDate(year: 2019, month: 3, day: 4)!,
                                 end: PartialDate(year: 2019, month: 3, day: 15)!,
                                 published: PartialDate(year: 2019, month: 5, day: 1)!, sources: [source],
                                 detail: .inspection(Inspection(framework: .ilacs, judgements: [
                                     Judgement(area: .overallEffectiveness, grade: .inadequate)]))),
                       ])
    }
}
