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

    @Test func anUnplaceableHeaderStopsTheImportWithItsPlace() throws {
        var headers = FixtureReleases.longHeaders2025
        headers.insert("Inspection outcome", at: 5)
        let fixture = ODSFixture(sheets: [
            ODSFixture.cover(title: "Release", published: "2025-09-25", shown: "25 September 2025"),
            .init(name: "In-year_inspections", rows: [ODSFixture.row(["Title"]), ODSFixture.row([""]),
                                                     ODSFixture.row(headers)]),
        ])
        let harness = try ImportHarness()
        let file = try harness.release(fixture, named: "odd.ods")
        let error = #expect(throws: ImportError.self) { try harness.run([file]) }
        let expected = CellPlace(file: "odd.ods", sheet: "In-year_inspections", row: 3, column: 5)
        guard case .unplacedHeader(let place, let header, let suggestions)? = error else {
            Issue.record("expected an unplaced header, got \(String(describing: error))")
            return
        }
        #expect(place == expected)
        #expect(header == "Inspection outcome")
        #expect(!suggestions.isEmpty)
        #expect(error?.exitCode == 65)
        #expect(error?.description.hasPrefix("odd.ods: sheet 'In-year_inspections', row 3, column F: cannot place "
                                             + "header 'Inspection outcome'; expected one of:") == true)
        #expect(FileManager.default.fileExists(atPath: harness.root.path) == false)
    }

    @Test func aTableWithoutADateColumnSaysWhichHeaderItExpected() throws {
        let fixture = ODSFixture(sheets: [
            ODSFixture.cover(title: "Release", published: "2025-09-25", shown: "25 September 2025"),
            .init(name: "Sheet1", rows: [ODSFixture.row(["Local authority name", "Overall effectiveness"])]),
        ])
        let harness = try ImportHarness()
        let file = try harness.release(fixture, named: "nodate.ods")
        #expect(throws: ImportError.missingHeader(CellPlace(file: "nodate.ods", sheet: "Sheet1", row: 1),
                                                  expected: "Inspection date")) {
            try harness.run([file])
        }
    }

    @Test func anUnknownGradeIsADataErrorAtItsCell() throws {
        let headers = FixtureReleases.historyHeaders2025
        let fixture = ODSFixture(sheets: [
            ODSFixture.cover(title: "Release", published: "2025-09-25", shown: "25 September 2025"),
            .init(name: "History", rows: [
                ODSFixture.row(headers),
                FixtureReleases.historyRow("E06000002", "Middlesbrough", "Current", "2019-11-25", "2020-01-24",
                                           "ILACS Standard Inspection", ["Adequate"]),
            ]),
        ])
        let harness = try ImportHarness()
        let file = try harness.release(fixture, named: "grade.ods")
        let error = #expect(throws: ImportError.self) { try harness.run([file]) }
        guard case .badValue(let place, let header, let value, _)? = error else {
            Issue.record("expected a bad value, got \(String(describing: error))")
            return
        }
        #expect(place == CellPlace(file: "grade.ods", sheet: "History", row: 2, column: 8))
        #expect(header == "Overall effectiveness")
        #expect(value == "Adequate")
    }

    @Test func aReleaseWithoutACoverSheetIsRefused() throws {
        let fixture = ODSFixture(sheets: [.init(name: "Data", rows: [ODSFixture.row(["x"])])])
        let harness = try ImportHarness()
        let file = try harness.release(fixture, named: "nocover.ods")
        #expect(throws: ImportError.noReleaseInfo(file: "nocover.ods", missing: "title")) { try harness.run([file]) }
    }
}
