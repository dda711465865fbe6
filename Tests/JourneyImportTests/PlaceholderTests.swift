import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

@Suite("Import: placeholders")
struct PlaceholderTests {
    /// Every placeholder the issue lists, and the GSS shorthand explore-education-statistics uses.
    static let placeholders = [
        "No full inspection", "Not yet inspected", "Not inspected", "n/a", "N/A", "-", "–", ".", "..", "x", "c", "z",
        "u", "low", "[x]", "[c]", "[z]", "[low]", "[u]", "w", "[w]", ":", "~", "Not applicable", "…", "—",
    ]

    @Test(arguments: placeholders)
    func aPlaceholderInAGradeColumnIsSkippedWithAWarningAtItsCell(_ text: String) throws {
        var row = RowFixtures.middlesbrough2019
        row[RowFixtures.overall] = text
        let (harness, summary) = try RowFixtures.importing([row])
        #expect(summary.warnings.map(\.description) == [
            RowFixtures.warning(row: 2, RowFixtures.overall, "placeholder '\(text)'; no value"),
        ])
        #expect(summary.warnings.map(\.kind) == [.placeholder])
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.judgements.map(\.area) == [.impactOfLeaders, .helpAndProtection, .childrenInCareAndCareLeavers])
    }

    @Test(arguments: [("   ", "a cell of spaces"), ("\u{00A0}", "a cell of spaces"),
                      ("[note 3]", "only a footnote marker '[note 3]'"), ("[Note 12]", "only a footnote marker '[Note 12]'"),
                      ("*", "only a footnote marker '*'"), ("†", "only a footnote marker '†'"),
                      ("[2]", "only a footnote marker '[2]'"), ("note 4", "only a footnote marker 'note 4'")])
    func spacesAndLoneFootnoteMarkersArePlaceholders(_ text: String, _ reason: String) throws {
        var row = RowFixtures.middlesbrough2019
        row[RowFixtures.help] = text
        let (harness, summary) = try RowFixtures.importing([row])
        #expect(summary.warnings.map(\.description) == [RowFixtures.warning(row: 2, RowFixtures.help, "\(reason); no value")])
        #expect(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"]?.judgements.count == 3)
    }

    @Test func aFootnoteMarkerAfterAValueIsDroppedAndTheValueRead() throws {
        var row = RowFixtures.middlesbrough2019
        row[RowFixtures.overall] = "Inadequate [note 3]"
        row[RowFixtures.leaders] = "Inadequate*"
        row[RowFixtures.help] = "inadequate  (2)"
        row["Inspection/Visit date"] = "25/11/2019 [note 1]"
        row["Local authority name"] = "Middlesbrough†"
        let (harness, summary) = try RowFixtures.importing([row])
        #expect(summary.warnings.isEmpty, "\(summary.warnings)")
        let event = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(event.judgements.count == 4)
        #expect(event.judgements.allSatisfy { $0.grade == .inadequate })
    }

    @Test func placeholdersInDateCodeRegionAndNameColumnsAreWarnedAndTheRestIsRead() throws {
        var dated = RowFixtures.middlesbrough2019
        dated["Publication date"] = "Not yet published"
        dated["Local authority area code"] = "x"
        dated["Region"] = ".."
        var nameless = RowFixtures.middlesbrough2019
        nameless["Local authority name"] = "-"
        let (harness, summary) = try RowFixtures.importing([dated, nameless])
        #expect(summary.warnings.map(\.description) == [
            RowFixtures.warning(row: 2, "Local authority area code", "placeholder 'x'; no value"),
            RowFixtures.warning(row: 2, "Region", "placeholder '..'; no value"),
            RowFixtures.warning(row: 2, "Publication date", "unknown date 'Not yet published'; expected a day-first "
                                + "date such as 25/11/2019 (between 2000 and 2099); date skipped"),
            RowFixtures.warning(row: 3, "Local authority name", "placeholder '-'; no value"),
            "rows.ods: sheet 'Data', row 3: no council name; row skipped",
        ])
        #expect(summary.rowsRead == 2 && summary.rowsSkipped == 1)
        let council = try #require(harness.load("middlesbrough").councils.first)
        #expect(council.areaCode == nil && council.region == nil)
        #expect(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"]?.published == nil)
    }

    @Test func theCatalogueKnowsEveryPlaceholderAndNoGrade() {
        for text in Self.placeholders + ["  ", "[note 1]", "*"] {
            #expect(Placeholder.reason(text) != nil, "\(text)")
        }
        for text in Grade.allCases.map(\.rawValue) + ["Middlesbrough", "E06000002", "25/11/2019", "Care leavers",
                                                      "Front door", "Inadequate [note 3]", "xx", "cc"] {
            #expect(Placeholder.reason(text) == nil, "\(text)")
        }
    }
}
