import Foundation
import Testing
@testable import JourneyModel

/// Reports attached to events: the stored form, its checks, the dates and grades it brings,
/// and searching its text.
@Suite struct ReportTests {
    private let council = """
        council:
          id: t
          name: T
        events:
          - id: ilacs-2019
            kind: inspection
            framework: ILACS
            start: 2019-11-25
            end: 2019-12-06
            judgements:
              overall-effectiveness: Inadequate
              impact-of-leaders: Inadequate
            sources: [s]
          - id: sif-published
            kind: inspection
            framework: SIF
            start: 2016-02-19
            published: 2016-02-19
            sources: [s]
          - id: visit
            kind: focused-visit
            start: 2018-08
            sources: [s]

        """

    /// A report file: front matter (with `extra` lines), then pages.
    static func reportFile(id: String = "ilacs-2019", event: String = "ilacs-2019", kind: String = "inspection",
                           framework: String? = "ILACS", start: String = "2019-11-25", extra: [String] = [],
                           pages: [[String]] = [["Inspection of T", "Lead inspector: A B"], ["What needs to improve"]],
                           pageCount: Int? = nil) -> String {
        var lines = ["---", "id: \(id)", "event: \(event)", "kind: \(kind)"]
        if let framework { lines.append("framework: \(framework)") }
        lines += ["title: Inspection of children's social care services", "start: \(start)"] + extra
        lines += ["source:", "  sha256: \(String(repeating: "ab", count: 32))", "  pages: \(pageCount ?? pages.count)",
                  "licence: Crown copyright. Open Government Licence v3.0.", "---"]
        return lines.joined(separator: "\n") + "\n" + ReportFile.body(pages: pages)
    }

    private func load(_ reports: [String: String], council yaml: String? = nil) -> CouncilLoader.Result {
        var files = ["councils/t/council.yaml": Data((yaml ?? council).utf8)]
        for (name, text) in reports { files["councils/t/reports/\(name)"] = Data(text.utf8) }
        return CouncilLoader.loadRoot(MemoryTree(name: "r", files: files))
    }

    @Test func loadsMetadataAndReadsTextOnlyWhenAsked() throws {
        let file = Self.reportFile(extra: ["lead-inspector: Jan Edwards, Her Majesty’s Inspector", "judgements:",
                                           "  overall-effectiveness: Inadequate", "improvements:",
                                           "  heading: What needs to improve", "  items: [Risk, Plans]"])
        let result = load(["ilacs-2019.txt": file])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let report = try #require(result.councils.first?.reports(for: "ilacs-2019").first)
        #expect(report.leadInspector == "Jan Edwards, Her Majesty’s Inspector")
        #expect(report.judgements == [Judgement(area: .overallEffectiveness, grade: .inadequate)])
        #expect(report.improvements == ["Risk", "Plans"])
        #expect(report.pageCount == 2 && report.file == "councils/t/reports/ilacs-2019.txt")
        let tree = MemoryTree(name: "r", files: ["councils/t/reports/ilacs-2019.txt": Data(file.utf8)])
        let text = try CouncilLoader.text(of: report, in: tree)
        #expect(text.pages.map(\.lines) == [["Inspection of T", "Lead inspector: A B"], ["What needs to improve"]])
        let fileLines = file.components(separatedBy: "\n")
        #expect(fileLines[text.pages[1].firstFileLine - 1] == "What needs to improve")
    }

    @Test func aLineShapedLikeAMarkerIsEscapedAndRestored() {
        let pages = [["=== page 2 of 2 ===", "\\=== page 9 of 9 ===", "text"], ["end"]]
        let body = ReportFile.body(pages: pages)
        #expect(body.contains("\n\\=== page 2 of 2 ===\n\\\\=== page 9 of 9 ===\n"))
        let parsed = ReportFile.parse(body, bodyLine: 1, pageCount: 2)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.text.pages.map(\.lines) == pages)
    }

    @Test func pageMarkerProblemsAreErrorsAtTheirLines() {
        var file = Self.reportFile(pages: [["a"], ["b"], ["c"]])
        file = file.replacingOccurrences(of: "=== page 2 of 3 ===", with: "=== page 3 of 4 ===")
        file = file.replacingOccurrences(of: "---\n=== page 1", with: "---\nstray\n=== page 1")
        let found = load(["ilacs-2019.txt": file]).diagnostics.map(\.description)
        let markerLine = file.components(separatedBy: "\n").firstIndex(of: "=== page 3 of 4 ===")! + 1
        #expect(found.contains("r/councils/t/reports/ilacs-2019.txt:\(markerLine - 3):1: error: text before the first page marker ('=== page 1 of 3 ===')"))
        #expect(found.contains("r/councils/t/reports/ilacs-2019.txt:\(markerLine):1: error: page marker says page 3; expected page 2"))
        #expect(found.contains("r/councils/t/reports/ilacs-2019.txt:\(markerLine):1: error: page marker says 4 pages; the report has 3 ('pages')"))
    }

    @Test func pageCountMustMatchTheText() {
        let found = load(["ilacs-2019.txt": Self.reportFile(pageCount: 3)]).diagnostics.map(\.description)
        #expect(found.contains { $0.contains("error: the text has 2 pages; the report has 3 ('pages')") })
    }

    @Test func reportNamesAnEventOfItsKindAndFramework() {
        let found = load([
            "a.txt": Self.reportFile(id: "a", event: "ilacs-2091"),
            "b.txt": Self.reportFile(id: "b", event: "visit"),
            "c.txt": Self.reportFile(id: "c", event: "sif-published", start: "2015-11-24"),
        ]).diagnostics.map(\.description)
        #expect(found.contains("r/councils/t/reports/a.txt:3:8: error: no event with id 'ilacs-2091'; did you mean 'ilacs-2019'?"))
        #expect(found.contains("r/councils/t/reports/b.txt:4:7: error: report 'b' is of a inspection, but event 'visit' is a focused-visit"))
        #expect(found.contains("r/councils/t/reports/c.txt:5:12: error: report 'c' is a ILACS report, but event 'sif-published' is a SIF inspection"))
    }

    @Test func gradeDisagreementIsAWarningNamingReportAreaAndBothGrades() {
        let file = Self.reportFile(extra: ["judgements:", "  overall-effectiveness: Inadequate",
                                           "  impact-of-leaders: Requires improvement to be good"])
        let result = load(["ilacs-2019.txt": file])
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.description) == [
            "r/councils/t/reports/ilacs-2019.txt:10:3: warning: report 'ilacs-2019' grades Impact of leaders "
                + "(impact-of-leaders) 'Requires improvement to be good', but event 'ilacs-2019' has 'Inadequate'",
        ])
    }

    @Test func anEventDatedByPublicationShowsTheReportsDates() throws {
        let file = Self.reportFile(id: "sif", event: "sif-published", framework: "SIF", start: "2015-11-24",
                                   extra: ["end: 2015-12-17", "published: 2016-02-19"])
        let visit = Self.reportFile(id: "visit", event: "visit", kind: "focused-visit", framework: nil,
                                    start: "2018-08-13", extra: ["end: 2018-08-14"])
        let result = load(["sif.txt": file, "visit.txt": visit])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let council = try #require(result.councils.first)
        let sif = try #require(council.event("sif-published"))
        #expect(sif.start.iso == "2015-11-24" && sif.end?.iso == "2015-12-17" && sif.published?.iso == "2016-02-19")
        #expect(sif.sources.last?.title == "Dates from Ofsted's report (reports/sif.txt)")
        #expect(council.event("visit")?.start.iso == "2018-08-13")
        #expect(council.timeline().map(\.id) == ["sif-published", "visit", "ilacs-2019"])
    }

    @Test func differentDaysAreAWarning() {
        let found = load(["ilacs-2019.txt": Self.reportFile(start: "2019-11-26")]).diagnostics.map(\.description)
        #expect(found == ["r/councils/t/reports/ilacs-2019.txt:7:8: warning: report 'ilacs-2019' gives the dates "
                          + "26 November 2019, but event 'ilacs-2019' starts 25 November 2019"])
    }

    @Test func visitsCarryNoGradesAndMalformedSourcesAreErrors() {
        var file = Self.reportFile(id: "visit", event: "visit", kind: "focused-visit", framework: "ILACS",
                                   start: "2018-08-13", extra: ["judgements:", "  overall-effectiveness: Good"])
        file = file.replacingOccurrences(of: String(repeating: "ab", count: 32), with: "XYZ")
        let found = load(["visit.txt": file]).diagnostics.map(\.description)
        #expect(found.contains { $0.hasSuffix("error: 'framework' is not allowed in a focused-visit report: it belongs to inspections") })
        #expect(found.contains { $0.hasSuffix("error: 'judgements' is not allowed in a focused-visit report: visits carry no grades") })
        #expect(found.contains { $0.hasSuffix("error: sha256 'XYZ' is not 64 lower-case hexadecimal digits") })
    }

    @Test func strayFilesInReportsAreWarnings() {
        let result = load(["ilacs-2019.txt": Self.reportFile(), "notes.md": "x", ".journey-import-x.txt": "y"])
        #expect(result.diagnostics.map(\.description) == [
            "r/councils/t/reports/.journey-import-x.txt: warning: left by an interrupted import; the next import removes it",
            "r/councils/t/reports/notes.md: warning: not a report file (reports are .txt files); ignored",
        ])
    }

    @Test func searchFindsAPhraseAcrossLineBreaksAndColumnsWithItsEventAndPage() throws {
        let file = Self.reportFile(pages: [["Front"], ["There are serious and", "widespread    failures that",
                                                        "leave children"]])
        let result = load(["ilacs-2019.txt": file])
        let council = try #require(result.councils.first)
        let report = try #require(council.report("ilacs-2019"))
        let text = try CouncilLoader.text(of: report, in: MemoryTree(name: "r", files: [
            "councils/t/reports/ilacs-2019.txt": Data(file.utf8)]))
        #expect(council.search("and widespread failures").isEmpty)
        let hits = council.search("and widespread failures that leave", reportTexts: ["ilacs-2019": text])
        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        #expect(hit.owner == .report && hit.ownerID == "ilacs-2019" && hit.eventID == "ilacs-2019")
        #expect(hit.page == 2 && hit.line == 1 && hit.column == 18 && hit.length == 3)
        #expect(file.components(separatedBy: "\n")[hit.fileLine! - 1] == "There are serious and")
    }
}

/// Where each judgement's section starts in Middlesbrough's bundled reports.
@Suite struct ReportSectionTests {
    private func text(_ id: String) throws -> ReportText {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data")
        let tree = DiskTree(root: root, name: "data")
        let council = try #require(CouncilCatalogue(root: tree).load("middlesbrough").councils.first)
        return try CouncilLoader.text(of: try #require(council.report(id)), in: tree)
    }

    @Test func ilacsSectionsAreTheirHeadings() throws {
        let text = try text("ilacs-2023")
        for area in JudgementArea.ilacsFrom2023.dropFirst() {
            let place = try #require(text.section(for: area), "\(area)")
            let line = text.pages[place.page - 1].lines[place.line]
            #expect(line.hasPrefix("The "), "\(area): \(line)")
        }
        let care = try #require(text.section(for: .childrenInCare))
        #expect(text.pages[care.page - 1].lines[care.line] == "The experiences and progress of children in care: requires")
        #expect(text.section(for: .overallEffectiveness) == ReportText.Place(page: 1, line: 0))
    }

    @Test func sifSectionsSkipTheFrontPageAndContents() throws {
        let text = try text("sif-2015")
        let leadership = try #require(text.section(for: .leadershipManagementGovernance), "no leadership section")
        #expect(leadership.page == 30 && text.pages[29].lines[leadership.line].hasPrefix("Leadership, management and"))
        let permanence = try #require(text.section(for: .lookedAfterAndPermanence))
        #expect(permanence.page == 17)
        #expect(text.section(for: .adoptionPerformance) != nil && text.section(for: .careLeavers) != nil)
        #expect(text.section(for: .safeguardingBoard)?.page == 37)
    }
}
