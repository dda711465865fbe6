import Foundation
import Testing

/// Reports on the command line: show, read, search (with attribution), check's disagreement
/// warning, and `journey import reports`.
@Suite struct ReportCommandTests {
    @Test func showGivesTheReportsLeadInspectorJudgementsAndImprovements() throws {
        let text = try JourneyProcess.run(["show", "ilacs-2019"]).stdout
        #expect(text.contains("ILACS report: 13 pages, journey read ilacs-2019 (reports/ilacs-2019.txt)"))
        #expect(text.contains("  Lead inspector: Jan Edwards, Her Majesty’s Inspector"))
        #expect(text.contains("  What needs to improve (15)\n    1. The identification of and response to risk,"))
        #expect(text.contains("Crown copyright"))
        let json = try #require(try JourneyProcess.json(JourneyProcess.run(["show", "sif-2015", "--format", "json"]).stdout)
            as? [String: Any])
        let report = try #require((json["reports"] as? [[String: Any]])?.first)
        #expect(report["leadInspector"] as? String == "Dominic Stevens")
        #expect((report["improvements"] as? [String])?.count == 16)
        #expect(report["improvementsHeading"] as? String == "Recommendations")
        #expect((report["judgements"] as? [[String: Any]])?.count == 7)
    }

    @Test func readPrintsAReportPageByPage() throws {
        let outcome = try JourneyProcess.run(["read", "ilacs-2023"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Report:    Inspection of Middlesbrough local authority children's services\n"))
        #expect(outcome.stdout.contains("\n── page 1 of 12 ──\nInspection of Middlesbrough local\n"))
        #expect(outcome.stdout.contains("\n── page 12 of 12 ──\n"))
        #expect(outcome.stdout.contains(" The impact of leaders on social work       Requires improvement to be good\n"),
                "the judgement table keeps its columns")
        let json = try #require(try JourneyProcess.json(JourneyProcess.run(["read", "ilacs-2023", "--format", "json"]).stdout)
            as? [String: Any])
        #expect((json["text"] as? [[String: Any]])?.count == 12)
        #expect(json["sha256"] as? String == "6e40b741b789ac14cdfc6c6ce7df0ebaed70d3212f6626368962713c71869331")
    }

    @Test func summaryNamesEveryReportByTheIDReadTakes() throws {
        let summary = try JourneyProcess.run(["summary"]).stdout
        let reports = summary.components(separatedBy: "\nReports\n").last ?? ""
        #expect(reports.contains("  ilacs-2019: Inspection of children's social care services (event ilacs-2019, 13 pages)"))
        #expect(reports.contains("  sif-2015: ") && reports.contains("  ilacs-2023: "))
        let unknown = try JourneyProcess.run(["read", "ilacs-2091"])
        #expect(unknown.stderr.contains("did you mean ilacs-2019? `journey summary` lists them"))
    }

    @Test func searchFindsAPhraseAcrossLinesAndSpacesAndNamesCouncilReportAndEvent() throws {
        let text = try JourneyProcess.run(["search", "serious and", "widespread   failures"]).stdout
        #expect(text.contains("report ilacs-2019 p.1:23 (event ilacs-2019): "))
        let hits = try #require(try JourneyProcess.json(JourneyProcess.run(
            ["search", "leaders have not sufficiently focused", "--format", "json"]).stdout) as? [[String: Any]])
        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        #expect(hit["council"] as? String == "middlesbrough")
        #expect(hit["owner"] as? String == "report" && hit["ownerID"] as? String == "ilacs-2019")
        #expect(hit["eventID"] as? String == "ilacs-2019" && hit["page"] as? Int == 2)
        let sif = try JourneyProcess.run(["search", "returning children to Middlesbrough"]).stdout
        #expect(sif.contains("report sif-2015 p.3:"))
    }

    @Test func checkWarnsWhereAReportDisagreesWithItsEvent() throws {
        let folder = try TemporaryFolder()
        let root = folder.url.appendingPathComponent("data")
        try FileManager.default.copyItem(at: MiddlesbroughCommandTests.dataRoot, to: root)
        let yaml = root.appendingPathComponent("councils/middlesbrough/council.yaml")
        var text = try String(contentsOf: yaml, encoding: .utf8)
        text = text.replacingOccurrences(of: "      care-leavers: Requires improvement to be good",
                                         with: "      care-leavers: Good")
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        let outcome = try JourneyProcess.run(["check", root.path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("/councils/middlesbrough/reports/ilacs-2023.txt:")
                && outcome.stderr.contains("warning: report 'ilacs-2023' grades Care leavers (care-leavers) "
                                           + "'Requires improvement to be good', but event 'ilacs-2023' has 'Good'"))
        // The other warning is Ofsted's release disagreeing with the planted grade the same way.
        #expect(outcome.stderr.contains("judgements.care-leavers: hand-written 'Good', release 'Requires improvement to be good'"))
        #expect(outcome.stdout.contains("0 errors, 2 warnings"))
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JourneyReportsTests/Fixtures/pdf")
    static let hasPdftotext = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }

    @Test(.enabled(if: hasPdftotext, "pdftotext is not installed (apt-get install poppler-utils)"))
    func importReportsSaysOneLinePerFileAndFailsWhenAnyIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("data/councils/wakefield/council.yaml", """
            council:
              id: wakefield
              name: Wakefield
            events:
              - id: visit-2019
                kind: focused-visit
                start: 2019-08-13
                sources: [s]

            """)
        let root = folder.url.appendingPathComponent("data").path
        let letter = Self.fixtures.appendingPathComponent("letter.pdf").path
        let empty = Self.fixtures.appendingPathComponent("bad/empty.pdf").path
        let first = try JourneyProcess.run(["import", "reports", letter, empty, "--into", root])
        #expect(first.status == 1)
        #expect(first.stdout == """
            attached: \(letter) -> wakefield/visit-2019 (focused visit, 13 August 2019 to 14 August 2019; 1 page; reports/visit-2019.txt)
            refused: \(empty): empty file
            2 files: 1 attached, 0 already attached, 1 refused

            """)
        let again = try JourneyProcess.run(["import", "reports", letter, "--into", root])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("already attached: \(letter) -> wakefield/visit-2019 (reports/visit-2019.txt)\n"))
        #expect(try JourneyProcess.run(["check", root]).status == 0)
        let notRoot = try JourneyProcess.run(["import", "reports", letter, "--into", folder.url.path])
        #expect(notRoot.status == 66)
        #expect(notRoot.stderr.contains("is not a data root"))
    }
}
