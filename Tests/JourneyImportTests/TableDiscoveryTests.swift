import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

/// Tables are found by what their headers mean, wherever they are; tables about other things
/// are passed over; a council table with nothing to read is skipped with a warning.
@Suite("Import: finding tables")
struct TableDiscoveryTests {
    static let cover = ODSFixture.cover(title: "Release", published: "2025-09-25", shown: "25 September 2025")

    /// The 2024-style as-at table with its headers reworded, as a new edition might.
    static let renamedHeaders = [
        "LA name", "Region name", "Date of inspection", "Report publication date", "Overall effectiveness grade",
        "Impact of leaders on practice", "Experience and progress of children who need help and protection (sub-judgement)",
        "Experiences and progress of children in care and care leavers [note 2]", "Notes",
    ]

    @Test func aMovedTableWithRewordedHeadersIsRead() throws {
        let headers = Self.renamedHeaders
        let offset: [ODSFixture.Cell] = [.empty(2)]
        let row = offset + FixtureReleases.inadequateRow(headers, name: "Middlesbrough", start: "2019-11-25",
                                                           published: "2020-01-24")
        let fixture = ODSFixture(sheets: [Self.cover, .init(name: "Latest judgements", rows: [
            ODSFixture.row(["Table 1: judgements as at 31 March"]), ODSFixture.row(["Source: Ofsted"]),
            ODSFixture.row([""]), ODSFixture.row([""]), ODSFixture.row([""]), ODSFixture.row([""]),
            ODSFixture.row(offset + headers.map { .text($0) }),
            ODSFixture.row(row),
        ])])
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(fixture, named: "moved.ods")])
        #expect(summary.tables == ["moved.ods: 'Latest judgements' (row 7)"])
        #expect(summary.warnings.map(\.description) == [
            "moved.ods: sheet 'Latest judgements', row 7, column K ('Notes'): header not recognised; column ignored "
                + "(nearest known: 'Web link', 'Local authority area code', 'Local authority name')",
        ])
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.published?.iso == "2020-01-24")
        #expect(event.judgements.map(\.area) == JudgementArea.ilacsBefore2023)
    }

    @Test func twoTablesInOneSheetAndATableRightAfterAnotherAreEachRead() throws {
        let first = FixtureReleases.historyHeaders2025
        let second = FixtureReleases.asAtHeaders2022
        let fixture = ODSFixture(sheets: [Self.cover, .init(name: "Both", rows: [
            ODSFixture.row(first),
            FixtureReleases.historyRow("E06000002", "Middlesbrough", "Current", "2019-11-25", "2020-01-24",
                                       "ILACS Standard Inspection", Array(repeating: "Inadequate", count: 4)),
            ODSFixture.row(second),
            FixtureReleases.row(second, ["Local authority name": "Barnet", "Inspection date": "2019-05-13",
                                         "Overall effectiveness": "Good"]),
            ODSFixture.row([""]), ODSFixture.row(["Table 2"]),
            ODSFixture.row(first),
            FixtureReleases.historyRow("E06000055", "Bedford", "Current", "2019-06-10", "2019-07-20",
                                       "ILACS Short Inspection", ["Good"]),
        ])])
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(fixture, named: "both.ods")])
        #expect(summary.tables == ["both.ods: 'Both' (row 1)", "both.ods: 'Both' (row 3)", "both.ods: 'Both' (row 7)"])
        #expect(summary.warnings.isEmpty)
        #expect(summary.councils == ["barnet", "bedford", "middlesbrough"])
        #expect(summary.rowsRead == 3)
    }

    @Test func aProviderTableIsPassedOverAndAnUnreadableCouncilTableIsSkippedWithAWarning() throws {
        let providers = ["Web link", "URN", "Provision type", "Name", "Local authority name", "Inspection date",
                         "Overall experiences and progress of children and young people"]
        let fixture = ODSFixture(sheets: [
            Self.cover,
            .init(name: "Providers", rows: [ODSFixture.row(providers),
                                            ODSFixture.row(["", "SC1", "Children's home", "A home", "Barnet",
                                                            "01/02/2024", "Good"])]),
            .init(name: "Counts", rows: [ODSFixture.row(["Local authority name", "Number of homes"]),
                                         ODSFixture.row(["Barnet", "12"]), ODSFixture.row(["Bedford", "3"])]),
            .init(name: "Judgements", rows: [ODSFixture.row(FixtureReleases.historyHeaders2025),
                                             FixtureReleases.historyRow("E06000002", "Middlesbrough", "Current",
                                                                        "2019-11-25", "2020-01-24",
                                                                        "ILACS Standard Inspection", ["Inadequate"])]),
            .init(name: "Notes", rows: [ODSFixture.row(["Note 1", "Words."])]),
        ])
        let harness = try ImportHarness()
        let summary = try harness.run([try harness.release(fixture, named: "mixed.ods")])
        #expect(summary.councils == ["middlesbrough"])
        #expect(summary.sheetsWithoutTables == ["mixed.ods: 'Cover'", "mixed.ods: 'Notes'"])
        #expect(summary.otherTables == [
            "mixed.ods: sheet 'Providers', row 1: a table about providers or settings, not councils (column B 'URN')",
        ])
        #expect(summary.warnings.count == 2)
        #expect(summary.warnings.first?.description.hasPrefix("mixed.ods: sheet 'Counts', row 1, column B "
                                                               + "('Number of homes'): header not recognised; column "
                                                               + "ignored (nearest known: ") == true)
        #expect(summary.warnings.last?.description == "mixed.ods: sheet 'Counts', row 1: a table with no inspection or "
                + "visit columns it recognises (dates, types, judgements); its rows are skipped")
        #expect(summary.rowsRead == 3 && summary.rowsSkipped == 2)
        #expect(summary.text.contains("tables: 1 read, 1 about something else passed over; 2 sheets without a "
                                      + "council table"))
    }

    @Test(arguments: [
        ("Date of inspection", ColumnMeaning.start), ("inspection_date", .start), ("Inspection start date", .start),
        ("Report publication date", .published), ("date_published", .published), ("Type of inspection/visit", .type),
        ("inspection_type", .type), ("Theme of visit", .theme), ("Overall effectiveness grade", .judgement(.overallEffectiveness)),
        ("Impact of leaders on practice", .judgement(.impactOfLeaders)),
        ("Experience and progress of children who need help and protection", .judgement(.helpAndProtection)),
        ("Experiences and progress of children looked after", .judgement(.childrenInCare)),
        ("help_and_protection", .judgement(.helpAndProtection)), ("children_in_care", .judgement(.childrenInCare)),
        ("care_leavers", .judgement(.careLeavers)), ("la_name", .name), ("new_la_code", .areaCode),
        ("region_name", .region), ("geographic_level", .geographicLevel), ("URN", .otherSubject),
    ])
    func headersArePlacedByMeaning(_ header: String, _ meaning: ColumnMeaning) {
        #expect(HeaderCatalogue.place(header) == meaning)
    }

    @Test(arguments: ["Registration date", "Number of children in care", "Notes", "Second ILACS care leavers",
                      "Period as at", "Places"])
    func headersWithoutAKnownMeaningAreNotPlaced(_ header: String) {
        #expect(HeaderCatalogue.place(header) == nil)
    }
}

extension FixtureReleases {
    /// Cells for an as-at row under `headers` (in the order name, region, start, published,
    /// four grades, notes), every grade Inadequate.
    static func inadequateRow(_ headers: [String], name: String, start: String, published: String) -> [ODSFixture.Cell] {
        [.text(name), .text("North East"), date(start), date(published)]
            + Array(repeating: .text("Inadequate"), count: 4) + [.text("")]
    }
}
