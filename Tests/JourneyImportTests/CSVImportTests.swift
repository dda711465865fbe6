import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

/// The same tables as CSV, in the form explore-education-statistics publishes.
@Suite("Import: CSV releases")
struct CSVImportTests {
    static let published = ReleaseDetails(published: CalendarDay(year: 2024, month: 8, day: 30))

    static let header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
        + "old_la_code,new_la_code,la_name,inspection_date,publication_date,inspection_type,overall_effectiveness,"
        + "impact_of_leaders,help_and_protection,children_in_care,care_leavers,visit_theme"

    /// National and regional rows, Middlesbrough's 2019 inspection (`z` for the care-leavers
    /// grade it could not have), a visit, and a name with a comma in it.
    static let ees = "\u{FEFF}" + [
        header,
        "202324,Reporting year,National,E92000001,England,,,,,,,,,x,x,x,x,x,",
        "202324,Reporting year,Regional,E92000001,England,E12000001,North East,,,,,,,x,x,x,x,x,",
        "202324,Reporting year,Local authority,E92000001,England,E12000001,North East,806,E06000002,Middlesbrough,"
            + "2019-11-25,2020-01-24,ILACS Standard Inspection,Inadequate,Inadequate,Inadequate,Inadequate,z,z",
        "202324,Reporting year,Local authority,E92000001,England,E12000001,North East,806,E06000002,Middlesbrough,"
            + "31/07/2024,02/09/2024,ILACS Focused Visit,z,z,z,z,z,Care leavers",
        "202324,Reporting year,Local authority,E92000001,England,E12000009,South West,801,E06000023,\"Bristol, City of\","
            + "2022-03-07,2022-04-20,ILACS Short Inspection,Good,Good,Good,Good,,z",
    ].joined(separator: "\r\n") + "\r\n"

    @Test func anExploreEducationStatisticsFileImportsWithItsPlaceholdersAsWarnings() throws {
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.csv(Self.ees, named: "la_inspections.csv")], release: Self.published)
        #expect(summary.releases.map(\.title) == ["la_inspections"])
        #expect(summary.councils == ["bristol", "middlesbrough"])
        #expect(summary.rowsRead == 3 && summary.rowsAboveCouncils == 2)
        #expect(summary.warnings.filter { $0.kind != .placeholder }.isEmpty)
        #expect(summary.warnings.first?.description
                == "la_inspections.csv: row 4, column R ('care_leavers'): placeholder 'z'; no value")
        #expect(summary.warnings.count == 8)
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.judgements.map(\.area) == JudgementArea.ilacsBefore2023)
        #expect(event.judgements.allSatisfy { $0.grade == .inadequate })
        #expect(event.sources.first?.title == "Ofsted, \"la_inspections\" (official statistics, published 30 August "
                + "2024), sheet la_inspections.csv, row 4")
        // Found by fuzzing: CSV rows were cited with an empty sheet, which imported.yaml does not allow.
        let loaded = CouncilLoader.loadRoot(DiskTree(root: harness.root))
        #expect(!loaded.hasErrors, "\(loaded.errors)")
        #expect(harness.importedEvents("middlesbrough")["ofsted-focused-visit-2024-07-31"]?.detail
                == .visit(theme: "Care leavers"))
        #expect(harness.load("bristol").councils.first?.areaCode == "E06000023")
        #expect(harness.load("middlesbrough").councils.allSatisfy { !$0.events.isEmpty })
    }

    @Test func aCSVFileNeedsItsPublicationDate() throws {
        let harness = try ImportHarness()
        let file = try harness.csv(Self.ees, named: "la_inspections.csv")
        let error = #expect(throws: ImportError.self) { try harness.run([file]) }
        #expect(error == .noReleaseInfo(file: "la_inspections.csv", missing: "publication date ('Published on:')"))
        #expect(error?.description.hasSuffix("give it with --title and --published") == true)
        #expect(!FileManager.default.fileExists(atPath: harness.root.path))
        let titled = ReleaseDetails(title: "LA inspection outcomes 2024", published: Self.published.published)
        #expect(try harness.run([file], release: titled).releases.map(\.title) == ["LA inspection outcomes 2024"])
    }

    @Test func quotedFieldsKeepCommasQuotesLineBreaksAndSpaces() throws {
        let text = Self.header + "\n"
            + ",,Local authority,,,,\"North East, \"\"Tees\"\"\",,E06000002,Middlesbrough,25/11/2019,,"
            + "\"ILACS Standard\nInspection\",Inadequate,   ,,,,\n"
            + ",,Local authority,,,,,,E09000003,Barnet,10/06/2024,,ILACS Short Inspection,Good,,,,,\n"
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.csv(text, named: "quoted.csv")], release: Self.published)
        #expect(summary.warnings.map(\.description) == [
            "quoted.csv: row 2, column O ('impact_of_leaders'): a cell of spaces; no value",
        ])
        #expect(harness.load("middlesbrough").councils.first?.region == "North East, \"Tees\"")
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.detail == .inspection(Inspection(framework: .ilacs, type: .standard, judgements: event.judgements)))
        // The quoted line break does not shift the next record's row number.
        #expect(harness.importedEvents("barnet")["ofsted-ilacs-2024-06-10"]?.origin
                == .imported(release: "quoted", sheet: "quoted.csv", row: 3))
    }

    @Test func aFileThatIsNotUTF8IsRefusedNamingItsRow() throws {
        var data = Data((Self.header + "\n,,Local authority,,,,,,E06000002,Middlesbrough,25/11/2019,,,,,,,,\n,,").utf8)
        data.append(contentsOf: [0xFF, 0xFE, 0x41, 0x0A])
        let harness = try ImportHarness()
        let url = harness.folder.file("latin1.csv")
        try data.write(to: url)
        #expect(throws: ImportError.notCSV(url.path, "row 3 is not UTF-8 text")) {
            try harness.run([url], release: Self.published)
        }
        #expect(!FileManager.default.fileExists(atPath: harness.root.path))
    }

    @Test func theSameTableAsODSAndAsCSVGivesTheSameEvents() throws {
        let headers = FixtureReleases.longHeaders2025
        let rows: [[String]] = [
            ["", "E06000002", "Middlesbrough", "North East", "31/07/2024", "02/09/2024", "ILACS Focused Visit",
             "", "", "", "", "", "Care leavers"],
            ["", "E09000003", "Barnet", "London", "10/06/2024", "23/07/2024", "ILACS Short Inspection", "Good", "Good",
             "Good", "Outstanding", "Good", ""],
        ]
        let ods = ODSFixture(sheets: [ODSFixture.cover(title: "Same", published: "2024-08-30", shown: "30 August 2024"),
                                      .init(name: "Data", rows: ([headers] + rows).map { ODSFixture.row($0) })])
        let csv = ([headers] + rows).map { $0.map { "\"\($0)\"" }.joined(separator: ",") }.joined(separator: "\n")
        let fromODS = try ImportHarness()
        try fromODS.run([try fromODS.release(ods, named: "same.ods")])
        let fromCSV = try ImportHarness()
        try fromCSV.run([try fromCSV.csv(csv, named: "same.csv")],
                        release: ReleaseDetails(title: "Same", published: Self.published.published))
        for id in ["middlesbrough", "barnet"] {
            let odsEvents = fromODS.importedEvents(id).mapValues { "\($0.detail) \($0.start) \(String(describing: $0.published))" }
            let csvEvents = fromCSV.importedEvents(id).mapValues { "\($0.detail) \($0.start) \(String(describing: $0.published))" }
            #expect(odsEvents == csvEvents)
            #expect(!odsEvents.isEmpty)
        }
    }
}
