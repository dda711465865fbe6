import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

@Suite("Headers")
struct HeaderTests {
    @Test(arguments: [
        ("The impact of leaders on social work practice with children and families", "Impact of leaders"),
        ("The experiences and progress of children in care", "Experiences and progress of children in care"),
        ("The experiences and progress of care leavers", "Experiences and progress of care leavers"),
        ("Inspection/Visit date", "Inspection date"),
        ("Region", "Ofsted region"),
    ])
    func longAndShortWordingsMeanTheSame(long: String, short: String) throws {
        let meaning = try #require(HeaderCatalogue.place(long))
        #expect(HeaderCatalogue.place(short) == meaning)
        #expect(HeaderCatalogue.place(long.uppercased() + " ") == meaning)
    }

    @Test func everyWideHeaderOfThe2023ReleaseIsPlaced() {
        let unplaced = FixtureReleases.wideHeaders2023.filter { HeaderCatalogue.place($0) == nil }
        #expect(unplaced.isEmpty)
        #expect(HeaderCatalogue.place("First SIF Overall Judgement\n(OE)")
                == .slot(WideSlot(framework: .sif, variant: "first"), .judgement(.overallEffectiveness)))
        #expect(HeaderCatalogue.place("Second ILACS care leavers") == nil)
        #expect(HeaderCatalogue.place("Second ILACS experiences and progress of care leavers")
                == .slot(WideSlot(framework: .ilacs, variant: "second"), .judgement(.careLeavers)))
    }

    @Test func anUnknownHeaderIsIgnoredWithAWarningAtItsPlace() throws {
        var headers = FixtureReleases.historyHeaders2025
        headers.insert("Inspection outcome", at: 5)
        let fixture = ODSFixture(sheets: [
            ODSFixture.cover(title: "Release", published: "2025-09-25", shown: "25 September 2025"),
            .init(name: "History", rows: [ODSFixture.row(["Title"]), ODSFixture.row([""]), ODSFixture.row(headers),
                                          FixtureReleases.row(headers, ["Local authority name": "Middlesbrough",
                                                                        "Inspection outcome": "Whatever",
                                                                        "Inspection date": "2019-11-25",
                                                                        "Overall effectiveness": "Inadequate"])]),
        ])
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(fixture, named: "odd.ods")])
        #expect(summary.warnings.map(\.kind) == [.unknownHeader])
        #expect(summary.warnings.first?.description.hasPrefix("odd.ods: sheet 'History', row 3, column F "
                                                               + "('Inspection outcome'): header not recognised; "
                                                               + "column ignored (nearest known: ") == true)
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.overallGrade == .inadequate)
    }

    @Test func aTableWithoutADateColumnIsSkippedAndAReleaseWithNoReadableTableIsRefused() throws {
        let fixture = ODSFixture(sheets: [
            ODSFixture.cover(title: "Release", published: "2025-09-25", shown: "25 September 2025"),
            .init(name: "Sheet1", rows: [ODSFixture.row(["Local authority name", "Overall effectiveness"]),
                                         ODSFixture.row(["Middlesbrough", "Inadequate"])]),
        ])
        let harness = try ImportHarness()
        let file = try harness.release(fixture, named: "nodate.ods")
        let error = #expect(throws: ImportError.self) { try harness.run([file]) }
        #expect(error?.exitCode == 65)
        #expect(error?.description == "nodate.ods: no council table it can read (a header row with 'Local authority "
                + "name' and inspection columns); nodate.ods: sheet 'Sheet1', row 1: a table with no inspection date or "
                + "publication date column; its rows are skipped; sheets without a council table: 'Cover'")
        #expect(!FileManager.default.fileExists(atPath: harness.root.path))
    }

    @Test func anUnknownGradeIsSkippedWithAWarningAtItsCell() throws {
        let headers = FixtureReleases.historyHeaders2025
        let fixture = ODSFixture(sheets: [
            ODSFixture.cover(title: "Release", published: "2025-09-25", shown: "25 September 2025"),
            .init(name: "History", rows: [
                ODSFixture.row(headers),
                FixtureReleases.historyRow("E06000002", "Middlesbrough", "Current", "2019-11-25", "2020-01-24",
                                           "ILACS Standard Inspection", ["Adequate", "Inadequate"]),
            ]),
        ])
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(fixture, named: "grade.ods")])
        let warning = try #require(summary.warnings.first)
        #expect(summary.warnings.count == 1)
        #expect(warning.kind == .unknownGrade)
        #expect(warning.place == CellPlace(file: "grade.ods", sheet: "History", row: 2, column: 8))
        #expect(warning.header == "Overall effectiveness")
        #expect(warning.message.hasPrefix("unknown grade 'Adequate'; expected 'Outstanding', 'Good', "))
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.judgements == [Judgement(area: .impactOfLeaders, grade: .inadequate)])
    }

    @Test func aReleaseWithoutACoverSheetIsRefusedUnlessItsTitleAndDateAreGiven() throws {
        let headers = FixtureReleases.historyHeaders2025
        let fixture = ODSFixture(sheets: [.init(name: "Data", rows: [
            ODSFixture.row(headers),
            FixtureReleases.historyRow("E06000002", "Middlesbrough", "Current", "2019-11-25", "2020-01-24",
                                       "ILACS Standard Inspection", ["Inadequate"]),
        ])])
        let harness = try ImportHarness()
        let file = try harness.release(fixture, named: "nocover.ods")
        #expect(throws: ImportError.noReleaseInfo(file: "nocover.ods", missing: "title")) { try harness.run([file]) }
        let given = ReleaseDetails(title: "Given", published: CalendarDay(year: 2025, month: 1, day: 2))
        let summary = try harness.run([file], release: given)
        #expect(summary.releases.map(\.title) == ["Given"])
    }
}
