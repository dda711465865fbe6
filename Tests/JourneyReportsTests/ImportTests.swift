import Foundation
import JourneyModel
import Testing
@testable import JourneyReports

/// The importer on fixture PDFs with meaningless names: each attached to the right council and
/// event by its text, what advisors look for first extracted, and a re-import changing nothing.
@Suite(.enabled(if: FixtureRoot.hasPdftotext, FixtureRoot.skipReason))
struct ImportTests {
    private func run(_ paths: [String], into root: FixtureRoot, limits: ReportImporter.Limits = .init(),
                     searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) async throws -> [String: ReportImporter.Outcome.Result] {
        let outcomes = try await ReportImporter(paths: paths, root: root.url, limits: limits, searchPath: searchPath).run()
        return Dictionary(outcomes.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.result) }) { first, _ in first }
    }

    private func attachedTo(_ result: ReportImporter.Outcome.Result?) -> String? {
        if case .attached(let council, let event, _, _, _)? = result { return "\(council)/\(event)" }
        return nil
    }

    @Test func eachWordingIsAttachedToItsCouncilAndEvent() async throws {
        let root = try FixtureRoot()
        defer { root.remove() }
        var limits = ReportImporter.Limits()
        limits.timeLimit = .seconds(3)
        let results = try await run([FixtureRoot.pdfs.path], into: root, limits: limits)
        #expect(results.count == 15, "the folder is searched recursively, bad/ included")
        #expect(attachedTo(results["download (3).pdf"]) == "wakefield/ofsted-ilacs-2021-11-08")
        #expect(attachedTo(results["report.pdf"]) == "birmingham/ofsted-sif-published-2014-06-19")
        #expect(attachedTo(results["1 (1).pdf"]) == "manchester/sif-2017")
        #expect(attachedTo(results["children-services.pdf"]) == "barking-and-dagenham/ilacs-2019")
        #expect(attachedTo(results["ofsted.pdf"]) == "kingston-upon-hull/ilacs-2023")
        #expect(attachedTo(results["letter.pdf"]) == "wakefield/ofsted-focused-visit-2019-08-13")
        #expect(attachedTo(results["letter (2).pdf"]) == "birmingham/ofsted-monitoring-visit-2022-07-11")
        let loaded = CouncilLoader.loadRoot(DiskTree(root: root.url))
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        let birmingham = try #require(loaded.councils.first { $0.id == "birmingham" })
        let sif = try #require(birmingham.event("ofsted-sif-published-2014-06-19"))
        #expect(sif.start.iso == "2014-03-18" && sif.end?.iso == "2014-04-09", "the event shows the report's dates")
    }

    @Test func extractsTheJudgementTableLeadInspectorAndImprovements() async throws {
        let root = try FixtureRoot()
        defer { root.remove() }
        _ = try await run([FixtureRoot.pdf("download (3).pdf"), FixtureRoot.pdf("report.pdf"),
                           FixtureRoot.pdf("ofsted.pdf"), FixtureRoot.pdf("letter.pdf")], into: root)
        let loaded = CouncilLoader.loadRoot(DiskTree(root: root.url))
        let reports = Dictionary(loaded.councils.flatMap(\.reports).map { ($0.eventID, $0) }) { first, _ in first }
        let wakefield = try #require(reports["ofsted-ilacs-2021-11-08"])
        #expect(wakefield.judgements.map { "\($0.area.rawValue)=\($0.grade.letter)" } == [
            "overall-effectiveness=RI", "impact-of-leaders=RI", "help-and-protection=RI", "children-in-care-and-care-leavers=G"])
        #expect(wakefield.leadInspector == "Amanda Fixture, Her Majesty’s Inspector")
        #expect(wakefield.improvementsHeading == "What needs to improve")
        #expect(wakefield.improvements == [
            "The timeliness of initial assessments for children in need of help.",
            "The quality of supervision, so that it helps social workers to progress plans for children without delay.",
            "Sufficiency of local homes for children in care."])
        let birmingham = try #require(reports["ofsted-sif-published-2014-06-19"])
        #expect(birmingham.judgements.map { "\($0.area.rawValue)=\($0.grade.letter)" } == [
            "overall-effectiveness=I", "help-and-protection=I", "looked-after-and-permanence=RI",
            "adoption-performance=RI", "care-leavers=RI", "leadership-management-and-governance=I", "lscb=I"])
        #expect(birmingham.published?.iso == "2014-06-19" && birmingham.leadInspector == "Fixture Inspector")
        #expect(birmingham.improvements.count == 3 && birmingham.improvementsHeading == "Areas for improvement")
        let hull = try #require(reports["ilacs-2023"])
        #expect(hull.judgements.map(\.area) == JudgementArea.ilacsFrom2023)
        #expect(hull.judgements.first { $0.area == .childrenInCare }?.grade == .outstanding)
        let visit = try #require(reports["ofsted-focused-visit-2019-08-13"])
        #expect(visit.kind == .focusedVisit && visit.judgements.isEmpty)
        #expect(visit.leadInspector == "Fixture Visitor, Her Majesty’s Inspector")
        #expect(visit.improvements == ["The quality of assessments for children at the front door.", "Management oversight of contacts."])
        #expect(visit.start?.iso == "2019-08-13" && visit.end?.iso == "2019-08-14")
    }

    @Test func reimportingChangesNothing() async throws {
        let root = try FixtureRoot()
        defer { root.remove() }
        let pdf = FixtureRoot.pdf("download (3).pdf")
        _ = try await run([pdf], into: root)
        let file = root.url.appendingPathComponent("councils/wakefield/reports/ofsted-ilacs-2021-11-08.txt")
        let before = try Data(contentsOf: file)
        let stamp = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        let copy = root.url.appendingPathComponent("another name.pdf")
        try FileManager.default.copyItem(atPath: pdf, toPath: copy.path)
        let again = try await run([pdf, copy.path], into: root)
        #expect(again["download (3).pdf"] == .alreadyAttached(council: "wakefield", event: "ofsted-ilacs-2021-11-08",
                                                               file: "reports/ofsted-ilacs-2021-11-08.txt"))
        #expect(again["another name.pdf"] == again["download (3).pdf"])
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == stamp)
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == [file.lastPathComponent])
    }

    @Test func aPlantedGradeDisagreementIsReportedByCheck() async throws {
        let root = try FixtureRoot(wakefieldCareGrade: "Inadequate")
        defer { root.remove() }
        _ = try await run([FixtureRoot.pdf("download (3).pdf")], into: root)
        let warnings = CouncilLoader.loadRoot(DiskTree(root: root.url, name: "root")).warnings.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("root/councils/wakefield/reports/ofsted-ilacs-2021-11-08.txt:") && $0.hasSuffix(
            "warning: report 'ofsted-ilacs-2021-11-08' grades Children in care and care leavers "
            + "(children-in-care-and-care-leavers) 'Good', but event 'ofsted-ilacs-2021-11-08' has 'Inadequate'") })
    }
}
