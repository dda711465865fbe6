import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

/// A value that is not what its column holds is skipped with a warning at its cell; the rest
/// of the row, and of the release, is imported.
@Suite("Import: unknown values")
struct UnknownValueTests {
    let barnet: [String: String] = [
        "Local authority area code": "E09000003", "Local authority name": "Barnet", "Region": "London",
        "Inspection/Visit date": "2024-06-10", "Publication date": "2024-07-23",
        "Inspection/Visit type": "ILACS Short Inspection", RowFixtures.overall: "Good",
    ]

    @Test func aMangledStartDateKeepsThePublicationDate() throws {
        var row = RowFixtures.middlesbrough2019
        row["Inspection/Visit date"] = "31/02/2019"
        let (harness, summary) = try RowFixtures.importing([row, barnet])
        #expect(summary.warnings.map(\.description) == [
            RowFixtures.warning(row: 2, "Inspection/Visit date", "unknown date '31/02/2019'; expected a day-first date "
                                + "such as 25/11/2019 (between 2000 and 2099); date skipped"),
        ])
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-published-2020-01-24"])
        #expect(event.judgements.count == 4)
        #expect(harness.importedEvents("barnet").count == 1)
    }

    @Test(arguments: ["25/11/2191", "25/11/1919", "2019-13-01", "25 Nov", "45658"])
    func aRowWithGradesAndNoUsableDateIsSkipped(_ date: String) throws {
        var row = RowFixtures.middlesbrough2019
        row["Inspection/Visit date"] = date
        row["Publication date"] = nil
        let (harness, summary) = try RowFixtures.importing([row, barnet])
        #expect(summary.warnings.map(\.kind) == [.unknownDate, .skippedRow])
        #expect(summary.warnings.last?.description == "rows.ods: sheet 'Data', row 2: grades, a type or a theme but no "
                + "usable inspection or publication date; row skipped")
        #expect(summary.rowsSkipped == 1)
        #expect(harness.importedEvents("middlesbrough").isEmpty)
        #expect(harness.load("middlesbrough").councils.count == 1)
        #expect(harness.importedEvents("barnet").count == 1)
    }

    @Test(arguments: ["E0600002", "06000002", "Middlesbrough", "E06-000-002"])
    func anUnknownAreaCodeIsSkippedAndTheCouncilMatchedByName(_ code: String) throws {
        var row = RowFixtures.middlesbrough2019
        row["Local authority area code"] = code
        let (harness, summary) = try RowFixtures.importing([row])
        #expect(summary.warnings.map(\.description) == [
            RowFixtures.warning(row: 2, "Local authority area code", "unknown area code '\(code)'; expected a code such "
                                + "as E06000002; the council is matched by name"),
        ])
        #expect(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"]?.judgements.count == 4)
    }

    @Test func anUnknownTypeWithGradesIsAnInspectionAndWithoutIsSkipped() throws {
        var graded = RowFixtures.middlesbrough2019
        graded["Inspection/Visit type"] = "ILACS Full Inspection"
        var ungraded = barnet
        ungraded[RowFixtures.overall] = nil
        ungraded["Inspection/Visit type"] = "Assurance visit"
        let (harness, summary) = try RowFixtures.importing([graded, ungraded])
        #expect(summary.warnings.map(\.kind) == [.unknownType, .unknownType, .skippedRow])
        #expect(summary.warnings[0].message.hasSuffix("; read as an inspection, since it has grades"))
        #expect(summary.warnings[1].message.hasPrefix("unknown inspection or visit type 'Assurance visit'; expected "))
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.detail == .inspection(Inspection(framework: .ilacs, type: nil, judgements: event.judgements)))
        #expect(event.judgements.count == 4)
        #expect(harness.importedEvents("barnet").isEmpty)
        #expect(summary.rowsSkipped == 1)
    }

    /// Found by fuzzing: a row of unknown type with grades and no usable date became an
    /// inspection dated 1 January 1970, which the council-file loader then refused.
    @Test func anUnknownTypeWithGradesAndNoDateIsSkipped() throws {
        var row = RowFixtures.middlesbrough2019
        row["Inspection/Visit type"] = "Inspection"
        row["Inspection/Visit date"] = nil
        row["Publication date"] = "-"
        let (harness, summary) = try RowFixtures.importing([row])
        #expect(summary.warnings.map(\.kind) == [.placeholder, .unknownType, .skippedRow])
        #expect(harness.importedEvents("middlesbrough").isEmpty)
        #expect(!CouncilLoader.loadRoot(DiskTree(root: harness.root)).hasErrors)
    }

    /// Found by fuzzing: a wide row dated only by a 2023 publication, with a grade in the
    /// combined children-in-care-and-care-leavers column, became an inspection dated 2023
    /// with that judgement, which the council-file loader refused.
    @Test func aGradeWhoseJudgementDoesNotExistForTheEventsDateIsSkipped() throws {
        let headers = Array(FixtureReleases.wideHeaders2023.prefix(4)) + Array(FixtureReleases.wideHeaders2023[32..<38])
        let fixture = ODSFixture(sheets: [
            ODSFixture.cover(title: "Release", published: "2023-07-06", shown: "6 July 2023"),
            .init(name: "Wide", rows: [ODSFixture.row(headers), FixtureReleases.row(headers, [
                "Local authority name": "Birmingham", headers[4]: "ILACS Standard Inspection",
                headers[5]: "2023-02-10", headers[6]: "Good", headers[7]: "Good", headers[8]: "Good", headers[9]: "Good",
            ])]),
        ])
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(fixture, named: "wide.ods")])
        #expect(summary.warnings.map(\.description) == [
            "wide.ods: sheet 'Wide', row 2: judgement 'Children in care and care leavers' does not exist for an "
                + "inspection dated 10 February 2023; grade 'Good' skipped",
        ])
        let event = try #require(harness.importedEvents("birmingham")["ofsted-ilacs-published-2023-02-10"])
        #expect(event.judgements.map(\.area) == [.overallEffectiveness, .impactOfLeaders, .helpAndProtection])
        #expect(!CouncilLoader.loadRoot(DiskTree(root: harness.root)).hasErrors)
    }

    /// Found by fuzzing: a publication date before the start made an event the council-file
    /// loader refused.
    @Test func aPublicationDateBeforeTheStartIsSkipped() throws {
        var row = barnet
        row["Publication date"] = "2023-12-05"
        let (harness, summary) = try RowFixtures.importing([row])
        #expect(summary.warnings.map(\.description) == [
            "rows.ods: sheet 'Data', row 2: publication date 5 December 2023 is before the start, 10 June 2024; "
                + "publication date skipped",
        ])
        #expect(harness.importedEvents("barnet")["ofsted-ilacs-2024-06-10"]?.published == nil)
        #expect(!CouncilLoader.loadRoot(DiskTree(root: harness.root)).hasErrors)
    }

    @Test func gradesThatCannotBelongAreSkipped() throws {
        var early = RowFixtures.middlesbrough2019
        early[RowFixtures.leavers] = "Inadequate"
        var visit = barnet
        visit["Inspection/Visit type"] = "ILACS Focused Visit"
        visit["Visit Theme"] = "Front door"
        let (harness, summary) = try RowFixtures.importing([early, visit])
        #expect(summary.warnings.map(\.description) == [
            RowFixtures.warning(row: 2, RowFixtures.leavers, "care leavers were judged separately only from "
                                + "1 January 2023; grade 'Inadequate' skipped"),
            RowFixtures.warning(row: 3, RowFixtures.overall, "visits are not graded; grade 'Good' skipped"),
        ])
        #expect(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"]?.judgements.count == 4)
        #expect(harness.importedEvents("barnet")["ofsted-focused-visit-2024-06-10"]?.detail == .visit(theme: "Front door"))
    }

    @Test func gradesAreReadWhateverTheirCaseAndTheShortFormOfRequiresImprovement() throws {
        var row = RowFixtures.middlesbrough2019
        row[RowFixtures.overall] = "INADEQUATE"
        row[RowFixtures.leaders] = "Requires improvement"
        row[RowFixtures.help] = "requires  improvement to be good"
        let (harness, summary) = try RowFixtures.importing([row])
        #expect(summary.warnings.isEmpty)
        let grades = harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"]?.judgements.map(\.grade)
        #expect(grades == [.inadequate, .requiresImprovement, .requiresImprovement, .inadequate])
    }
}
