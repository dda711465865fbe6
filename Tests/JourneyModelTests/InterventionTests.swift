import Foundation
import Testing
@testable import JourneyModel

@Suite struct InterventionTests {
    @Test func theInterventionKindsAreDirectionsAndNotices() {
        #expect(EventKind.allCases.filter(\.isIntervention)
                == [.direction, .improvementNotice, .sendDirection, .sendImprovementNotice])
    }

    let council = Fixtures.middlesbrough

    @Test func manyDaysAtOnceAgreeWithOneDayAtATime() {
        let days = stride(from: 0, to: 4000, by: 37).map { Fixtures.day("2015-01-01").adding(days: $0) }
        #expect(council.interventionStatus(on: days) == days.map { council.interventionStatus(on: $0) })
        #expect(Set(council.interventionStatus(on: days).map(\.certainty)) == [.yes, .unknown])
    }

    @Test func underDirectionWhileTheFirstDirectionIsInForce() {
        let status = council.interventionStatus(on: Fixtures.day("2021-06-01"))
        #expect(status.state
                == .underDirection(since: Fixtures.date("2020"), issuedID: "direction-2020", revisions: []))
        #expect(status.certainty == .yes)
        #expect(status.uncertainty == nil)
        #expect(status.sentence == "Under statutory direction since 2020")
        #expect(status.timeUnderDirection?.text == "between 5 months and 1 year 5 months")
    }

    @Test func revokedAfterTheRevocation() {
        let status = council.interventionStatus(on: Fixtures.day("2024-10-01"))
        let revision = InterventionStatus.Step(id: "direction-revised-2022", date: Fixtures.date("2022"))
        #expect(status.state == .revoked(on: Fixtures.date("2024-09-06"), revokedID: "direction-revoked-2024",
                                         issued: Fixtures.date("2020"), issuedID: "direction-2020",
                                         revisions: [revision]))
        #expect(status.certainty == .yes)
        #expect(status.sentence == "Statutory direction revoked on 6 September 2024 (issued 2020, revised 2022); "
                + "under direction for between 3 years 8 months and 4 years 8 months")
        #expect(status.timeUnderDirection?.minDays == 1345)  // 31 December 2020 to 6 September 2024
        #expect(status.timeUnderDirection?.maxDays == 1710)  // 1 January 2020 to 6 September 2024
    }

    @Test func theRevocationCountsFromItsOwnDay() {
        #expect(council.interventionStatus(on: Fixtures.day("2024-09-05")).sentence
                == "Under statutory direction since 2020 (revised 2022)")
        #expect(council.interventionStatus(on: Fixtures.day("2024-09-06")).sentence.hasPrefix(
            "Statutory direction revoked on 6 September 2024"))
    }

    @Test func aDayInsideTheYearOfIssueIsUnknown() {
        let status = council.interventionStatus(on: Fixtures.day("2020-03-01"))
        #expect(status.certainty == .unknown)
        #expect(status.state == .noneRecorded)
        #expect(status.uncertainty == "the direction was issued in 2020; its exact date is not known")
        #expect(status.sentence == "Not known whether under a statutory direction: "
                + "the direction was issued in 2020; its exact date is not known")
    }

    @Test func theEdgesOfAPartialYearOfIssue() {
        #expect(council.interventionStatus(on: Fixtures.day("2019-12-31")).certainty == .yes)
        #expect(council.interventionStatus(on: Fixtures.day("2019-12-31")).state == .noneRecorded)
        #expect(council.interventionStatus(on: Fixtures.day("2020-01-01")).certainty == .unknown)
        let lastDay = council.interventionStatus(on: Fixtures.day("2020-12-31"))
        #expect(lastDay.certainty == .yes)
        #expect(lastDay.sentence == "Under statutory direction since 2020")
    }

    @Test func aRevisionThatMayNotHaveHappenedYetLeavesTheStateCertain() {
        let status = council.interventionStatus(on: Fixtures.day("2022-01-15"))
        #expect(status.certainty == .yes)
        #expect(status.state
                == .underDirection(since: Fixtures.date("2020"), issuedID: "direction-2020", revisions: []))
        #expect(status.unconfirmedRevisions.map(\.id) == ["direction-revised-2022"])
        #expect(status.uncertainty == "the direction was revised in 2022; its exact date is not known")
        #expect(status.sentence == "Under statutory direction since 2020; not known whether revised yet: "
                + "the direction was revised in 2022; its exact date is not known")
    }

    @Test func aRevisionCountsOnceItsWholeDateHasPassed() {
        let status = council.interventionStatus(on: Fixtures.day("2023-01-01"))
        #expect(status.unconfirmedRevisions.isEmpty)
        #expect(status.uncertainty == nil)
        #expect(status.sentence == "Under statutory direction since 2020 (revised 2022)")
    }

    @Test func aRevocationDatedToTheMonthIsUnknownWithinIt() {
        let council = Fixtures.council([
            Fixtures.direction("issued", .issued, "2019-03-01"),
            Fixtures.direction("revoked", .revoked, "2024-09", target: "issued"),
        ])
        let during = council.interventionStatus(on: Fixtures.day("2024-09-10"))
        #expect(during.certainty == .unknown)
        #expect(during.state == .underDirection(since: Fixtures.date("2019-03-01"), issuedID: "issued", revisions: []))
        #expect(during.uncertainty == "the direction was revoked in September 2024; its exact date is not known")
        let after = council.interventionStatus(on: Fixtures.day("2024-10-01"))
        #expect(after.certainty == .yes)
        #expect(after.sentence == "Statutory direction revoked in September 2024 (issued 1 March 2019); "
                + "under direction for 5 years 6 months")
        #expect(after.timeUnderDirection?.minDays != after.timeUnderDirection?.maxDays)
    }

    @Test func aRevocationMayTargetTheOriginalRatherThanTheRevision() {
        let council = Fixtures.council([
            Fixtures.direction("a", .issued, "2018-01-10"),
            Fixtures.direction("b", .revised, "2019-05-01", target: "a"),
            Fixtures.direction("c", .revoked, "2020-06-01", target: "a"),
        ])
        let revision = InterventionStatus.Step(id: "b", date: Fixtures.date("2019-05-01"))
        #expect(council.interventionStatus(on: Fixtures.day("2019-06-01")).state
                == .underDirection(since: Fixtures.date("2018-01-10"), issuedID: "a", revisions: [revision]))
        #expect(council.interventionStatus(on: Fixtures.day("2020-07-01")).state
                == .revoked(on: Fixtures.date("2020-06-01"), revokedID: "c", issued: Fixtures.date("2018-01-10"),
                            issuedID: "a", revisions: [revision]))
    }

    @Test func successiveDirectionsEachGovernTheirOwnDays() {
        let council = Fixtures.council([
            Fixtures.direction("second", .issued, "2015-06-01"),
            Fixtures.direction("first", .issued, "2010-01-01"),
            Fixtures.direction("first-revoked", .revoked, "2012-01-01", target: "first"),
        ])
        #expect(council.interventionStatus(on: Fixtures.day("2009-12-31")).state == .noneRecorded)
        #expect(council.interventionStatus(on: Fixtures.day("2011-01-01")).sentence
                == "Under statutory direction since 1 January 2010")
        #expect(council.interventionStatus(on: Fixtures.day("2013-01-01")).sentence
                == "Statutory direction revoked on 1 January 2012 (issued 1 January 2010); under direction for 2 years")
        let second = council.interventionStatus(on: Fixtures.day("2016-06-01"))
        #expect(second.state == .underDirection(since: Fixtures.date("2015-06-01"), issuedID: "second", revisions: []))
        #expect(second.timeUnderDirection?.text == "1 year")
    }

    @Test func aNewDirectionOfUncertainDateLeavesThePreviousStateUncertain() {
        let council = Fixtures.council([
            Fixtures.direction("first", .issued, "2010-01-01"),
            Fixtures.direction("first-revoked", .revoked, "2012-01-01", target: "first"),
            Fixtures.direction("second", .issued, "2015"),
        ])
        let status = council.interventionStatus(on: Fixtures.day("2015-06-01"))
        #expect(status.certainty == .unknown)
        #expect(status.state == .revoked(on: Fixtures.date("2012-01-01"), revokedID: "first-revoked",
                                         issued: Fixtures.date("2010-01-01"), issuedID: "first", revisions: []))
        #expect(status.uncertainty == "the direction was issued in 2015; its exact date is not known")
    }

    @Test func noDirectionsAtAllWithNoRegisterIsOnlyNotRecorded() {
        let status = Fixtures.council([Fixtures.inspection("i", published: "2020-01-01", grade: .good)])
            .interventionStatus(on: Fixtures.day("2021-01-01"))
        #expect(status.state == .noneRecorded)
        #expect(status.certainty == .yes)
        #expect(status.timeUnderDirection == nil)
        #expect(status.sentence == "No statutory direction recorded in the council's file")
    }

    @Test func stepsWithoutAKnownTargetJoinTheLatestOpenDirection() {
        let council = Fixtures.council([
            Fixtures.direction("issued", .issued, "2018-01-01"),
            Fixtures.direction("revised", .revised, "2019-01-01", target: "no-such-direction"),
            Fixtures.direction("revoked", .revoked, "2020-01-01"),
        ])
        let status = council.interventionStatus(on: Fixtures.day("2020-02-01"))
        #expect(status.state == .revoked(on: Fixtures.date("2020-01-01"), revokedID: "revoked",
                                         issued: Fixtures.date("2018-01-01"), issuedID: "issued",
                                         revisions: [.init(id: "revised", date: Fixtures.date("2019-01-01"))]))
    }

    @Test func aRevisionWithNoDirectionBeforeItStartsOne() {
        let council = Fixtures.council([Fixtures.direction("revised", .revised, "2019-01-01", target: "missing")])
        #expect(council.interventionStatus(on: Fixtures.day("2019-02-01")).state
                == .underDirection(since: Fixtures.date("2019-01-01"), issuedID: "revised", revisions: []))
        let orphanRevocation = Fixtures.council([Fixtures.direction("revoked", .revoked, "2019-01-01")])
        #expect(orphanRevocation.interventionStatus(on: Fixtures.day("2019-02-01")).state == .noneRecorded)
    }

    @Test func severalRevisionsAreListedInTheSentence() {
        let council = Fixtures.council([
            Fixtures.direction("a", .issued, "2018-01-01"),
            Fixtures.direction("b", .revised, "2019-03", target: "a"),
            Fixtures.direction("c", .revised, "2020", target: "b"),
            Fixtures.direction("d", .revised, "2021-06-01", target: "c"),
        ])
        #expect(council.interventionStatus(on: Fixtures.day("2021-06-01")).sentence
                == "Under statutory direction since 1 January 2018 (revised March 2019, 2020 and 1 June 2021)")
        #expect(council.interventionStatus(on: Fixtures.day("2022-01-01")).sentence
                == "Not known whether still under statutory direction (no end recorded): issued 1 January 2018, "
                + "revised March 2019, 2020 and 1 June 2021")
    }

    @Test func durationText() {
        #expect(DurationRange.text(from: Fixtures.day("2020-01-01"), to: Fixtures.day("2021-01-01")) == "1 year")
        #expect(DurationRange.text(from: Fixtures.day("2020-01-15"), to: Fixtures.day("2022-02-20"))
                == "2 years 1 month")
        #expect(DurationRange.text(from: Fixtures.day("2020-01-01"), to: Fixtures.day("2020-01-13")) == "12 days")
        #expect(DurationRange.text(from: Fixtures.day("2020-01-01"), to: Fixtures.day("2020-01-02")) == "1 day")
        #expect(DurationRange.text(from: Fixtures.day("2020-01-01"), to: Fixtures.day("2020-01-01")) == "0 days")
        #expect(DurationRange.text(from: Fixtures.day("2020-01-31"), to: Fixtures.day("2020-02-29")) == "1 month")
        #expect(DurationRange.text(from: Fixtures.day("2021-01-31"), to: Fixtures.day("2021-02-27")) == "27 days")
    }

    @Test func anExactDurationHasOneText() {
        let range = DurationRange(from: Fixtures.date("2020-01-10"), to: Fixtures.date("2024-09-10"))
        #expect(range.minDays == range.maxDays)
        #expect(range.text == "4 years 8 months")
        let backwards = DurationRange(from: Fixtures.date("2024-01-01"), to: Fixtures.date("2020-01-01"))
        #expect(backwards.maxDays == 0)
        #expect(backwards.text == "0 days")
    }

    @Test func encodesTheRevokedStateAsFlatJSON() throws {
        let status = council.interventionStatus(on: Fixtures.day("2024-10-01"))
        let data = try JSONEncoder().encode(status)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["state"] as? String == "revoked")
        #expect(object["revokedOn"] as? String == "2024-09-06")
        #expect(object["revokedID"] as? String == "direction-revoked-2024")
        #expect(object["issuedOn"] as? String == "2020")
        #expect(object["day"] as? String == "2024-10-01")
        #expect(object["certainty"] as? String == "yes")
        #expect(object["sentence"] as? String == status.sentence)
        #expect(try JSONDecoder().decode(InterventionStatus.self, from: data) == status)
    }

    @Test func everyStateRoundTripsThroughJSON() throws {
        for iso in ["2019-01-01", "2020-03-01", "2022-01-15", "2023-01-01", "2024-10-01"] {
            let status = council.interventionStatus(on: Fixtures.day(iso))
            let decoded = try JSONDecoder().decode(InterventionStatus.self, from: JSONEncoder().encode(status))
            #expect(decoded == status)
        }
    }

    @Test func decodingAnUnknownStateFails() {
        let json = Data(#"{"day": "2020-01-01", "certainty": "yes", "state": "suspended"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(InterventionStatus.self, from: json) }
    }
}
