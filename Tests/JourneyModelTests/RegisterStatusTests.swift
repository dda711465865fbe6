import Foundation
import Testing
@testable import JourneyModel

/// The intervention status in words, with the register's coverage: every wording of issue 8.
@Suite struct RegisterStatusTests {
    static let covered = RegisterCoverage(from: Fixtures.date("2010"), checked: Fixtures.day("2025-03-31"),
                                          listsCouncil: true)
    static let unlisted = RegisterCoverage(from: Fixtures.date("2010"), checked: Fixtures.day("2025-03-31"),
                                           listsCouncil: false)

    /// Wakefield's direction as DfE published it: issued, revised, revoked.
    static let wakefield = council([
        step("dfe-direction-2018-08", .direction, .issued, "2018-08-22"),
        step("dfe-direction-2018-12", .direction, .revised, "2018-12-13", target: "dfe-direction-2018-08"),
        step("dfe-direction-revoked-2022", .direction, .revoked, "2022-01-13", target: "dfe-direction-2018-12"),
    ])

    static func council(_ events: [Event], coverage: RegisterCoverage? = covered) -> Council {
        Council(id: "test", name: "Test Council", events: events, registerCoverage: coverage)
    }

    static func step(_ id: String, _ kind: EventKind, _ action: Intervention.Action, _ iso: String,
                     target: String? = nil, replaces: String? = nil, by: Bool = false) -> Event {
        Event(id: id, kind: kind, title: "\(kind.rawValue) \(action.rawValue)", start: Fixtures.date(iso),
              detail: .intervention(Intervention(action: action, target: target, replaces: replaces,
                                                 dateIsUpperBound: by)), origin: .register)
    }

    private func sentence(_ council: Council, _ iso: String) -> String {
        council.interventionStatus(on: Fixtures.day(iso)).sentence
    }

    @Test func underADirectionWithItsRevision() {
        let status = Self.wakefield.interventionStatus(on: Fixtures.day("2019-06-01"))
        #expect(status.sentence == "Under statutory direction since 22 August 2018 (revised 13 December 2018)")
        #expect(status.certainty == .yes)
        #expect(status.coverage == Self.covered)
    }

    @Test func aListedCouncilBeforeAndAfterIsPositivelyNotUnder() {
        #expect(sentence(Self.wakefield, "2017-01-01") == "Not under a statutory direction")
        #expect(Self.wakefield.interventionStatus(on: Fixtures.day("2017-01-01")).state == .notUnderDirection)
        #expect(sentence(Self.wakefield, "2023-01-01") == "Statutory direction revoked on 13 January 2022 "
                + "(issued 22 August 2018, revised 13 December 2018); under direction for 3 years 4 months")
    }

    @Test func anUnlistedCouncilHasNoneRecordedWithItsBasis() {
        let council = Self.council([], coverage: Self.unlisted)
        let status = council.interventionStatus(on: Fixtures.day("2019-06-01"))
        #expect(status.state == .noneRecorded)
        #expect(status.sentence == "No statutory direction recorded (DfE register, checked to March 2025)")
    }

    @Test func beforeTheRegisterStartsNothingIsClaimed() {
        #expect(sentence(Self.wakefield, "2009-06-01") == "No statutory direction recorded (the DfE register starts in 2010)")
        #expect(Self.wakefield.interventionStatus(on: Fixtures.day("2009-06-01")).state == .noneRecorded)
    }

    @Test func afterTheRegisterWasCheckedNothingIsKnown() {
        let status = Self.wakefield.interventionStatus(on: Fixtures.day("2025-06-01"))
        #expect(status.certainty == .unknown)
        #expect(status.knownUntil == Fixtures.day("2025-03-31"))
        #expect(status.uncertainty == "the DfE register is checked to March 2025")
        #expect(status.sentence == "Statutory direction revoked on 13 January 2022 (issued 22 August 2018, revised "
                + "13 December 2018); not known since March 2025 (DfE register checked to then)")
        #expect(sentence(Self.wakefield, "2025-03-31").hasPrefix("Statutory direction revoked on 13 January 2022"))
        let unlisted = Self.council([], coverage: Self.unlisted)
        #expect(sentence(unlisted, "2025-06-01")
                == "No statutory direction recorded (DfE register, checked to March 2025); not known since then")
        let listed = Self.council([])
        #expect(sentence(listed, "2025-04-01")
                == "Not known since March 2025 (DfE register checked to then); not under a statutory direction up to then")
    }

    @Test func aStepAfterTheCheckedDayMovesTheHorizon() {
        let council = Self.council([
            Self.step("d", .direction, .issued, "2025-06-10"),
            Self.step("d-end", .direction, .revoked, "2025-08-01", target: "d"),
        ])
        #expect(sentence(council, "2025-07-01") == "Under statutory direction since 10 June 2025")
        #expect(sentence(council, "2025-09-01") == "Statutory direction revoked on 1 August 2025 (issued 10 June 2025); "
                + "not known since then (DfE register checked to March 2025)")
        #expect(council.interventionStatus(on: Fixtures.day("2025-09-01")).knownUntil == Fixtures.day("2025-08-01"))
    }

    @Test func withNoEndRecordedNothingIsClaimedAfterTheLastRecord() {
        let council = Self.council([
            Self.step("d", .direction, .issued, "2018-07-12"),
            Self.step("r", .direction, .revised, "2019-03", target: "d"),
        ])
        #expect(sentence(council, "2019-03-31") == "Under statutory direction since 12 July 2018 (revised March 2019)")
        let after = council.interventionStatus(on: Fixtures.day("2019-04-01"))
        #expect(after.certainty == .unknown)
        #expect(after.endNotRecorded)
        #expect(after.state == .underDirection(since: Fixtures.date("2018-07-12"), issuedID: "d",
                                               revisions: [.init(id: "r", date: Fixtures.date("2019-03"))]))
        #expect(after.sentence == "Not known whether still under statutory direction (no end recorded): issued "
                + "12 July 2018, revised March 2019")
        #expect(sentence(council, "2025-11-30") == after.sentence, "the register's horizon adds nothing to it")
    }

    @Test func aCheckedDayInsideAMonthIsGivenInFull() {
        let coverage = RegisterCoverage(from: Fixtures.date("2010"), checked: Fixtures.day("2025-03-14"), listsCouncil: false)
        #expect(sentence(Self.council([], coverage: coverage), "2020-01-01")
                == "No statutory direction recorded (DfE register, checked to 14 March 2025)")
    }

    @Test func anImprovementNoticeIsAStateOfItsOwn() {
        let council = Self.council([
            Self.step("dfe-notice-2022-03", .improvementNotice, .issued, "2022-03"),
            Self.step("dfe-notice-lifted", .improvementNotice, .lifted, "2023-12-21", target: "dfe-notice-2022-03"),
        ])
        let during = council.interventionStatus(on: Fixtures.day("2022-06-01"))
        #expect(during.state == .underNotice(since: Fixtures.date("2022-03"), issuedID: "dfe-notice-2022-03", revisions: []))
        #expect(during.sentence == "Under an improvement notice since March 2022")
        #expect(sentence(council, "2022-03-10") == "Not known whether under an improvement notice: the notice was "
                + "issued in March 2022; its exact date is not known")
        #expect(sentence(council, "2024-01-01") == "Improvement notice lifted on 21 December 2023 (issued March 2022); "
                + "in force for between 1 year 8 months and 1 year 9 months")
    }

    @Test func anEndKnownOnlyAsABoundLeavesTheDaysBeforeItUnknown() {
        let council = Self.council([
            Self.step("n", .improvementNotice, .issued, "2022-03-10"),
            Self.step("n-revised", .improvementNotice, .revised, "2022-09-01", target: "n"),
            Self.step("n-lifted", .improvementNotice, .lifted, "2023-12-21", target: "n", by: true),
        ])
        #expect(sentence(council, "2022-06-01") == "Under an improvement notice since 10 March 2022")
        let between = council.interventionStatus(on: Fixtures.day("2023-01-01"))
        #expect(between.certainty == .unknown)
        #expect(between.sentence == "Not known whether under an improvement notice: the notice was lifted by "
                + "21 December 2023; the exact date is not known")
        let after = council.interventionStatus(on: Fixtures.day("2024-01-01"))
        #expect(after.endIsUpperBound)
        #expect(after.sentence == "Improvement notice lifted by 21 December 2023 (issued 10 March 2022, "
                + "revised 1 September 2022); the exact date is not known")
    }

    @Test func aDirectionThatReplacedANoticeSaysSo() {
        let council = Self.council([
            Self.step("notice", .improvementNotice, .issued, "2016-03-01"),
            Self.step("direction", .direction, .issued, "2017-06-01", replaces: "notice"),
            Self.step("revoked", .direction, .revoked, "2020-01-01", target: "direction"),
        ])
        #expect(sentence(council, "2016-06-01") == "Under an improvement notice since 1 March 2016")
        let under = council.interventionStatus(on: Fixtures.day("2018-01-01"))
        #expect(under.replacedNotice == .init(id: "notice", date: Fixtures.date("2016-03-01")))
        #expect(under.sentence == "Under statutory direction since 1 June 2017, replacing the improvement notice of 1 March 2016")
        #expect(sentence(council, "2021-01-01").hasPrefix("Statutory direction revoked on 1 January 2020"))
        #expect(InterventionHistory(events: council.events).problems.isEmpty)
    }

    /// A status links the steps without checking them for overlaps (the loader reports those):
    /// the chains are the same as the whole history's, overlapping or not.
    @Test func aStatusesChainsAreTheHistorysWhetherOrNotTheyOverlap() {
        let overlapping = [
            Self.step("a", .direction, .issued, "2015-01-01"),
            Self.step("b", .direction, .issued, "2016-01-01"),
            Self.step("n", .improvementNotice, .issued, "2015-06-01"),
            Self.step("b-end", .direction, .revoked, "2018-01-01"),
        ]
        #expect(!InterventionHistory(events: overlapping).problems.isEmpty)
        for events in [overlapping, Self.wakefield.events, Fixtures.middlesbrough.events] {
            let chains = InterventionHistory.chains(of: events)
            #expect(!chains.isEmpty)
            #expect(chains == InterventionHistory(events: events).chains)
        }
    }

    @Test func aDirectionOutranksANoticeAndTheLaterEndIsReported() {
        let council = Self.council([
            Self.step("d", .direction, .issued, "2015-01-01"),
            Self.step("d-end", .direction, .revoked, "2016-01-01", target: "d"),
            Self.step("n", .improvementNotice, .issued, "2017-01-01"),
            Self.step("n-end", .improvementNotice, .lifted, "2018-01-01", target: "n"),
        ])
        #expect(sentence(council, "2016-06-01").hasPrefix("Statutory direction revoked on 1 January 2016"))
        #expect(sentence(council, "2018-06-01").hasPrefix("Improvement notice lifted on 1 January 2018"))
    }

    @Test func sendMeasuresAreShownButNeverCounted() {
        let council = Self.council([Self.step("send", .sendDirection, .issued, "2023-05-01")])
        let status = council.interventionStatus(on: Fixtures.day("2023-05-01"))
        #expect(status.state == .notUnderDirection)
        #expect(status.sentence == "Not under a statutory direction")
        #expect(status.send == .init(kind: .sendDirection, since: Fixtures.date("2023-05-01"), issuedID: "send"))
        #expect(status.sendSentence == "Under a SEND statutory direction since 1 May 2023")
        #expect(council.interventionStatus(on: Fixtures.day("2022-01-01")).sendSentence == nil)
        #expect(council.interventionStatus(on: Fixtures.day("2024-01-01")).sentence == "Not under a statutory direction")
        let notice = Self.council([Self.step("sn", .sendImprovementNotice, .issued, "2023-05-01")])
        #expect(notice.interventionStatus(on: Fixtures.day("2024-01-01")).sendSentence
                == "Not known whether still under a SEND improvement notice (no end recorded): issued 1 May 2023")
    }

    @Test func aNoticeThenADirectionOfUncertainDate() {
        let council = Self.council([
            Self.step("n", .improvementNotice, .issued, "2017-01-01"),
            Self.step("d", .direction, .issued, "2018", replaces: "n"),
        ])
        let status = council.interventionStatus(on: Fixtures.day("2018-06-01"))
        #expect(status.certainty == .unknown)
        #expect(status.sentence == "Not known whether under a statutory direction: the direction was issued in 2018; "
                + "its exact date is not known; under an improvement notice since 1 January 2017 until then")
    }

    @Test func newStatesRoundTripThroughJSON() throws {
        let council = Self.council([
            Self.step("n", .improvementNotice, .issued, "2022-03-10"),
            Self.step("n-lifted", .improvementNotice, .lifted, "2023-12-21", target: "n", by: true),
            Self.step("s", .sendImprovementNotice, .issued, "2022-01-01"),
        ])
        for iso in ["2021-01-01", "2022-06-01", "2024-01-01", "2025-06-01"] {
            let status = council.interventionStatus(on: Fixtures.day(iso))
            let data = try JSONEncoder().encode(status)
            #expect(try JSONDecoder().decode(InterventionStatus.self, from: data) == status)
        }
        let lifted = try JSONEncoder().encode(council.interventionStatus(on: Fixtures.day("2024-01-01")))
        let object = try #require(try JSONSerialization.jsonObject(with: lifted) as? [String: Any])
        #expect(object["state"] as? String == "improvementNoticeLifted")
        #expect(object["liftedOn"] as? String == "2023-12-21")
        #expect(object["endIsUpperBound"] as? Bool == true)
        #expect((object["coverage"] as? [String: Any])?["checked"] as? String == "2025-03-31")
        #expect((object["send"] as? [String: Any])?["kind"] as? String == "send-improvement-notice")
    }
}
