import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

/// The two releases the issue names, built as fixtures: both import whole, their placeholders
/// are warnings, and Middlesbrough's November 2019 ILACS (four Inadequate judgements) is among
/// what each yields.
@Suite("Import: the 2022 and 2024 releases")
struct OtherReleaseTests {
    /// Middlesbrough's 2019 ILACS from a release: whichever event starts on 25 November 2019
    /// or is dated by its January 2020 publication.
    func inspection2019(_ harness: ImportHarness) -> Event? {
        harness.importedEvents("middlesbrough").values.first {
            $0.kind == .inspection && ($0.start.first.iso == "2019-11-25" || $0.published?.first.year == 2020)
        }
    }

    @Test func theChildrensSocialCareData2022ImportsWholeWithItsPlaceholdersAsWarnings() throws {
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(FixtureReleases.release2022(), named: "2022.ods")])
        #expect(summary.councils == ["example-borough", "middlesbrough"])
        let placeholders = summary.warnings.filter { $0.kind == .placeholder }
        #expect(placeholders.map(\.description) == (4...7).map { column in
            "2022.ods: sheet 'LA_level_at_31_Mar_2022', row 5, column \(ODSRow.columnName(column)) "
                + "('\(FixtureReleases.asAtHeaders2022[column])'): placeholder 'No full inspection'; no value"
        })
        #expect(summary.warnings.count == 4)
        #expect(harness.importedEvents("example-borough").isEmpty)
        let event = try #require(inspection2019(harness))
        #expect(event.id == "ofsted-ilacs-2019-11-25")
        #expect(event.judgements.map(\.area) == JudgementArea.ilacsBefore2023)
        #expect(event.judgements.map(\.area).contains(.childrenInCareAndCareLeavers))
        #expect(event.judgements.allSatisfy { $0.grade == .inadequate })
        #expect(event.sources.count == 2)
        #expect(harness.importedEvents("middlesbrough")["ofsted-monitoring-visit-2022-03-29"]?.detail
                == .visit(theme: "Children in care"))
    }

    @Test func theOutcomesAsAt2024ImportsWholeWithNotYetInspectedAsWarnings() throws {
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(FixtureReleases.release2024(), named: "2024.ods")])
        #expect(summary.councils == ["barnet", "cumberland", "middlesbrough", "westmorland-and-furness"])
        #expect(summary.warnings.map(\.description) == [4, 5].map { row in
            "2024.ods: sheet 'Inspections_31_March_2024', row \(row), column D ('Inspection date'): "
                + "placeholder 'Not yet inspected'; no value"
        })
        #expect(harness.importedEvents("cumberland").isEmpty)
        #expect(harness.load("cumberland").councils.first?.region == "North West")
        let event = try #require(inspection2019(harness))
        #expect(event.id == "ofsted-ilacs-published-2020-01-24")
        #expect(event.judgements.map(\.area) == JudgementArea.ilacsBefore2023)
        #expect(event.judgements.allSatisfy { $0.grade == .inadequate })
        let latest = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2023-03-13"])
        #expect(latest.judgements.map(\.area) == JudgementArea.ilacsFrom2023)
        #expect(latest.published?.iso == "2023-05-25")
    }

    @Test func allFourReleasesTogetherGiveOne2019InspectionAndReportTheDayTheyDisagreeOn() throws {
        let harness = try ImportHarness()
        let files = [try harness.release(FixtureReleases.release2022(), named: "2022.ods"),
                     try harness.release(FixtureReleases.release2024(), named: "2024.ods")] + (try harness.bothReleases())
        let summary = try harness.run(files)
        let inspections2019 = harness.importedEvents("middlesbrough").values.filter {
            $0.id.hasPrefix("ofsted-ilacs-") && $0.start.first.year == 2019
        }
        #expect(inspections2019.map(\.id) == ["ofsted-ilacs-2019-11-25"])
        #expect(inspections2019.first?.published?.iso == "2020-01-24")
        #expect(inspections2019.first?.judgements.allSatisfy { $0.grade == .inadequate } == true)
        let disagreement = summary.disagreements.first { $0.hasPrefix("middlesbrough/ofsted-ilacs-2019-11-25: ") }
        #expect(disagreement?.contains("the releases disagree on publication date: '24 January 2020' (Local "
                                       + "authority inspection outcomes as at 31 March 2025, ") == true,
                "\(summary.disagreements)")
        #expect(disagreement?.contains("against '23 January 2020' (Children's social care data in England 2022, "
                                       + "sheet LA_inspections_2009-2022, row 3)") == true)
    }
}
