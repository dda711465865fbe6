import Foundation
import Testing
@testable import JourneyModel

@Suite struct JudgementQueryTests {
    let council = Fixtures.middlesbrough

    @Test func theInadequateJudgementOf2019IsInForceIn2021() throws {
        let status = council.judgementStatus(on: Fixtures.day("2021-06-01"))
        let latest = try #require(status.latest)
        #expect(latest.eventID == "ilacs-2019")
        #expect(latest.date == Fixtures.date("2020-01-24"))
        #expect(latest.framework == .ilacs)
        #expect(latest.overallGrade == .inadequate)
        #expect(latest.judgements.count == 4)
        #expect(latest.judgements.allSatisfy { $0.grade == .inadequate })
        #expect(status.certainty == .yes)
        #expect(status.pending == nil)
    }

    @Test func anInspectionCountsFromItsPublicationDay() {
        #expect(council.judgementStatus(on: Fixtures.day("2020-01-23")).latest?.eventID == "sif-2015")
        #expect(council.judgementStatus(on: Fixtures.day("2020-01-24")).latest?.eventID == "ilacs-2019")
        #expect(council.judgementStatus(on: Fixtures.day("2023-05-24")).latest?.eventID == "ilacs-2019")
        let latest = council.judgementStatus(on: Fixtures.day("2023-05-25")).latest
        #expect(latest?.eventID == "ilacs-2023")
        #expect(latest?.overallGrade == .requiresImprovement)
        #expect(latest?.judgements.map(\.area) == JudgementArea.ilacsFrom2023)
    }

    @Test func visitsAreNotJudgements() {
        #expect(council.judgementStatus(on: Fixtures.day("2024-10-01")).latest?.eventID == "ilacs-2023")
    }

    @Test func nothingBeforeTheFirstPublication() {
        let status = council.judgementStatus(on: Fixtures.day("2016-02-18"))
        #expect(status.latest == nil)
        #expect(status.certainty == .yes)
        #expect(council.judgementStatus(on: Fixtures.day("2016-02-19")).latest?.overallGrade == .requiresImprovement)
    }

    @Test func noInspectionsAtAll() {
        let council = Fixtures.council([Fixtures.direction("d", .issued, "2020")])
        let status = council.judgementStatus(on: Fixtures.day("2024-01-01"))
        #expect(status.latest == nil)
        #expect(status.pending == nil)
        #expect(status.certainty == .yes)
    }

    @Test func aPartialDateContainingTheDayIsUnknown() {
        let council = Fixtures.council([
            Fixtures.inspection("later", published: "2023", grade: .inadequate),
            Fixtures.inspection("earlier", published: "2019-05-10", grade: .good),
        ])
        let during = council.judgementStatus(on: Fixtures.day("2023-06-01"))
        #expect(during.latest?.eventID == "earlier")
        #expect(during.certainty == .unknown)
        #expect(during.pending?.eventID == "later")
        #expect(during.uncertainty == "the inspection later was published in 2023; its exact date is not known")
        #expect(council.judgementStatus(on: Fixtures.day("2022-12-31")).certainty == .yes)
        #expect(council.judgementStatus(on: Fixtures.day("2022-12-31")).latest?.eventID == "earlier")
        #expect(council.judgementStatus(on: Fixtures.day("2023-01-01")).certainty == .unknown)
        let lastDay = council.judgementStatus(on: Fixtures.day("2023-12-31"))
        #expect(lastDay.certainty == .yes)
        #expect(lastDay.latest?.eventID == "later")
    }

    @Test func anUncertainFirstInspectionLeavesNoCertainOne() {
        let council = Fixtures.council([Fixtures.inspection("only", published: "2023-05", grade: .good)])
        let status = council.judgementStatus(on: Fixtures.day("2023-05-15"))
        #expect(status.latest == nil)
        #expect(status.pending?.eventID == "only")
        #expect(status.uncertainty == "the inspection only was published in May 2023; its exact date is not known")
    }

    @Test func withoutPublicationTheEndThenTheStartCounts() {
        let ended = Event(id: "ended", kind: .inspection, title: "inspection", start: Fixtures.date("2018-03-05"),
                          end: Fixtures.date("2018-03"),
                          detail: .inspection(Inspection(framework: .ilacs, judgements: [
                              Judgement(area: .overallEffectiveness, grade: .good)])))
        let status = Fixtures.council([ended]).judgementStatus(on: Fixtures.day("2018-03-20"))
        #expect(status.latest == nil)
        #expect(status.uncertainty == "the inspection was completed in March 2018; its exact date is not known")
    }

    @Test func sameDayInspectionsResolveToTheLaterInTheFile() {
        let council = Fixtures.council([
            Fixtures.inspection("first", published: "2021-01-01", grade: .good),
            Fixtures.inspection("second", published: "2021-01-01", grade: .outstanding),
        ])
        #expect(council.judgementStatus(on: Fixtures.day("2021-02-01")).latest?.eventID == "second")
    }

    @Test func roundTripsThroughJSON() throws {
        let status = council.judgementStatus(on: Fixtures.day("2021-06-01"))
        let data = try JSONEncoder().encode(status)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let latest = try #require(object["latest"] as? [String: Any])
        #expect(latest["eventID"] as? String == "ilacs-2019")
        #expect(latest["overallGrade"] as? String == "Inadequate")
        #expect(latest["framework"] as? String == "ILACS")
        #expect(latest["date"] as? String == "2020-01-24")
        #expect(try JSONDecoder().decode(JudgementStatus.self, from: data) == status)
    }
}
