import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

@Suite("Import: layouts")
struct ImportLayoutTests {
    let ri = Grade.requiresImprovement

    @Test func oneRowPerInspectionLayout2025() throws {
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(FixtureReleases.release2025(), named: "2025.ods")])
        #expect(summary.councils == ["barnet", "bedford", "bournemouth", "middlesbrough"])
        #expect(summary.formerCouncils == ["bournemouth"])
        let events = harness.importedEvents("middlesbrough")
        #expect(events.keys.sorted() == ["ofsted-focused-visit-2024-07-31", "ofsted-ilacs-2019-11-25",
                                         "ofsted-ilacs-2023-03-13"])
        let inspection2019 = try #require(events["ofsted-ilacs-2019-11-25"])
        #expect(inspection2019.judgements.map(\.area) == JudgementArea.ilacsBefore2023)
        #expect(inspection2019.judgements.allSatisfy { $0.grade == .inadequate })
        #expect(inspection2019.published?.iso == "2020-01-24")
        let inspection2023 = try #require(events["ofsted-ilacs-2023-03-13"])
        #expect(inspection2023.judgements.map(\.area) == JudgementArea.ilacsFrom2023)
        #expect(inspection2023.judgements.allSatisfy { $0.grade == ri })
        let visit = try #require(events["ofsted-focused-visit-2024-07-31"])
        #expect(visit.detail == .visit(theme: "Care leavers"))
        #expect(visit.sources.first?.title?.contains("sheet In-year_inspections, row 4") == true)
        #expect(visit.origin == .imported(release: "Local authority inspection outcomes as at 31 March 2025",
                                          sheet: "In-year_inspections", row: 4))
    }

    @Test func theSameInspectionInTwoSheetsIsOneEventCitingBoth() throws {
        let harness = try ImportHarness()
        try harness.run([try harness.release(FixtureReleases.release2025(), named: "2025.ods")])
        let barnet = harness.importedEvents("barnet")
        #expect(barnet.count == 1)
        let event = try #require(barnet["ofsted-ilacs-2024-06-10"])
        #expect(event.sources.count == 2)
        #expect(event.detail == .inspection(Inspection(framework: .ilacs, type: .short, judgements: [
            .init(area: .overallEffectiveness, grade: .good), .init(area: .impactOfLeaders, grade: .good),
            .init(area: .helpAndProtection, grade: .good), .init(area: .childrenInCare, grade: .outstanding),
            .init(area: .careLeavers, grade: .good),
        ])))
    }

    @Test func formerCouncilsAreFlaggedInTheirCouncilFile() throws {
        let harness = try ImportHarness()
        try harness.run(try harness.bothReleases())
        let bournemouth = try #require(harness.load("bournemouth").councils.first)
        #expect(bournemouth.isFormer)
        #expect(bournemouth.areaCode == "E06000028")
        #expect(bournemouth.note?.contains("Bournemouth, Christchurch and Poole") == true)
        let dorset = try #require(harness.load("dorset-county").councils.first)
        #expect(dorset.isFormer)
        #expect(harness.importedEvents("dorset-county")["ofsted-slac-reinspection-safeguarding-published-2012-05-04"]?
            .judgements == [Judgement(area: .safeguarding, grade: .good)])
        #expect(harness.load("poole").councils.first?.isFormer == true)
        #expect(harness.load("middlesbrough").councils.first?.isFormer == false)
    }

    @Test func wideHistoryLayout2023() throws {
        let harness = try ImportHarness()
        try harness.run([try harness.release(FixtureReleases.release2023(), named: "2023.ods")])
        let events = harness.importedEvents("middlesbrough")
        #expect(events.keys.sorted() == [
            "ofsted-ilacs-2023-03-13", "ofsted-ilacs-published-2020-01-24", "ofsted-monitoring-visit-2022-03-29",
            "ofsted-sif-published-2016-02-19", "ofsted-slac-published-2011-07-22",
        ])
        let sif = try #require(events["ofsted-sif-published-2016-02-19"])
        #expect(sif.judgements.map(\.area) == JudgementArea.sif)
        #expect(sif.judgements.first { $0.area == .adoptionPerformance }?.grade == .good)
        #expect(sif.summary.contains("only the date the report was published"))
        #expect(events["ofsted-slac-published-2011-07-22"]?.judgements.map(\.area) == JudgementArea.slac)
        let ilacs2019 = try #require(events["ofsted-ilacs-published-2020-01-24"])
        #expect(ilacs2019.judgements.map(\.area) == JudgementArea.ilacsBefore2023)
        // The in-year row (start, no publication) and the wide row (publication, no start) are one inspection.
        let ilacs2023 = try #require(events["ofsted-ilacs-2023-03-13"])
        #expect(ilacs2023.published?.iso == "2023-05-25")
        #expect(ilacs2023.sources.count == 2)
        let bedford = harness.importedEvents("bedford-borough")
        #expect(bedford.keys.sorted() == ["ofsted-cpi-published-2013-02-15", "ofsted-sif-reinspection-published-2018-01-29",
                                          "ofsted-tlac-published-2013-03-01"])
        // "-" means no judgement: the re-inspection has five grades, not six.
        #expect(bedford["ofsted-sif-reinspection-published-2018-01-29"]?.judgements.count == 5)
    }

    @Test func bothReleasesMatchCouncilsByCodeOrNameAndMergeTheirRows() throws {
        let harness = try ImportHarness()
        let summary = try harness.run(try harness.bothReleases())
        #expect(summary.councils == ["barnet", "bedford", "bournemouth", "dorset-county", "middlesbrough", "poole"])
        #expect(summary.notes.contains { $0.contains("'Bedford Borough'") && $0.contains("Bedford") })
        let bedford = harness.importedEvents("bedford")
        #expect(bedford.count == 4)
        #expect(harness.load("bedford").councils.first?.areaCode == "E06000055")
        let middlesbrough = harness.importedEvents("middlesbrough")
        #expect(middlesbrough.count == 6)
        let ilacs2019 = try #require(middlesbrough["ofsted-ilacs-2019-11-25"])
        #expect(ilacs2019.sources.count == 2)
        #expect(ilacs2019.sources[0].title?.contains("31 March 2025") == true)
        for id in ["barnet", "bedford", "bournemouth", "dorset-county", "middlesbrough", "poole"] {
            #expect(!harness.load(id).hasErrors, "\(id): \(harness.load(id).diagnostics)")
        }
    }

    @Test func aReleaseWithoutTheCareLeaversColumnReadsTheCombinedJudgement() throws {
        let headers = ["Web link", "Local authority name", "Ofsted region", "Inspection date", "Overall effectiveness",
                       "Impact of leaders", "Experiences and progress of children who need help and protection",
                       "Experiences and progress of children in care and care leavers"]
        let fixture = ODSFixture(sheets: [
            ODSFixture.cover(title: "Children's social care data in England 2022", published: "2022-07-07",
                             shown: "7 July 2022"),
            .init(name: "LA_level_at_31_Mar_2022", rows: [
                ODSFixture.row(headers),
                FixtureReleases.row(headers, ["Local authority name": "Middlesbrough", "Inspection date": "2019-11-25",
                                              "Overall effectiveness": "Inadequate", "Impact of leaders": "Inadequate",
                                              headers[6]: "Inadequate", headers[7]: "Inadequate"]),
            ]),
        ])
        let harness = try ImportHarness()
        try harness.run([try harness.release(fixture, named: "2022.ods")])
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.judgements.map(\.area) == JudgementArea.ilacsBefore2023)
        #expect(event.title == "ILACS inspection")
    }
}
