import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

@Suite("Real releases", .enabled(if: RealReleases.available, "needs ../shared/data/ofsted"))
struct RealReleaseTests {
    /// Imports both shared releases into a root holding the hand-made Middlesbrough folder.
    func importBoth() throws -> (ImportHarness, ImportSummary, [Council]) {
        let harness = try ImportHarness()
        let handMade = RealReleases.packageRoot.appendingPathComponent("data/councils/middlesbrough")
        if FileManager.default.fileExists(atPath: handMade.path) {
            try FileManager.default.createDirectory(at: harness.root.appendingPathComponent("councils"),
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: handMade,
                                             to: harness.root.appendingPathComponent("councils/middlesbrough"))
        }
        let summary = try harness.run([RealReleases.file2023, RealReleases.file2025])
        let loaded = CouncilLoader.loadRoot(DiskTree(root: harness.root), mergingImports: false)
        #expect(!loaded.hasErrors, "\(loaded.errors.prefix(5))")
        return (harness, summary, loaded.councils)
    }

    @Test func bothReleasesGiveEveryCouncilAndAgreeWithAnIndependentReading() throws {
        let (_, summary, councils) = try importBoth()
        #expect(summary.councils.count - summary.formerCouncils.count == 153)
        #expect(councils.filter { !$0.isFormer }.count == 153)
        #expect(summary.formerCouncils.sorted() == ["bournemouth", "cumbria", "dorset-county", "northamptonshire", "poole"])
        #expect(summary.conflicts.isEmpty, "\(summary.conflicts)")
        var check = IndependentCheck(councils: councils)
        for sheet in ["Inspections_as_at_31_March", "In-year_inspections", "ILACS_inspection_history"] {
            try check.checkLongSheet(sheet, of: RealReleases.file2025, release: RealReleases.title2025)
        }
        for sheet in ["LA_level_at_31_Mar_2023", "LA_level_in_year_2022-23"] {
            try check.checkLongSheet(sheet, of: RealReleases.file2023, release: RealReleases.title2023)
        }
        try check.checkWideSheet("LA_inspections_2009-2023", of: RealReleases.file2023, release: RealReleases.title2023)
        #expect(check.problems.isEmpty, "\(check.problems.prefix(10))")
        // Every row the importer cites is a row the independent reading expects an event from.
        let unexpected = Set(check.eventsByRow.keys).subtracting(check.expected.filter { $0.value > 0 }.keys)
        #expect(unexpected.isEmpty, "\(unexpected.prefix(5))")
        #expect(check.expected.values.reduce(0, +) > 1000)
        // Per council, the events cite as many rows as the reading found for it.
        let citing = councils.map { council in
            council.events.filter { $0.origin != .handWritten }.reduce(0) { $0 + $1.sources.count }
        }.reduce(0, +)
        #expect(citing == check.eventsByRow.values.reduce(0) { $0 + $1.count })
    }

    @Test func middlesbroughAgreesWithTheHandMadeFile() throws {
        let (harness, _, councils) = try importBoth()
        let council = try #require(councils.first { $0.id == "middlesbrough" })
        let imported = Dictionary(uniqueKeysWithValues: council.events.filter { $0.origin != .handWritten }.map { ($0.id, $0) })
        let inspection2019 = try #require(imported["ofsted-ilacs-2019-11-25"])
        #expect(inspection2019.judgements.map(\.area) == JudgementArea.ilacsBefore2023)
        #expect(inspection2019.judgements.allSatisfy { $0.grade == .inadequate })
        #expect(inspection2019.published?.iso == "2020-01-24")
        let inspection2023 = try #require(imported["ofsted-ilacs-2023-03-13"])
        #expect(inspection2023.judgements.map(\.area) == JudgementArea.ilacsFrom2023)
        #expect(inspection2023.judgements.allSatisfy { $0.grade == .requiresImprovement })
        #expect(imported["ofsted-focused-visit-2024-07-31"]?.detail == .visit(theme: "Care leavers"))
        #expect(imported["ofsted-monitoring-visit-2022-03-29"]?.detail == .visit(theme: "Children in care"))
        #expect(imported["ofsted-monitoring-visit-2022-07-13"]?.detail == .visit(theme: "Front door"))
        #expect(imported["ofsted-monitoring-visit-2022-11-01"]?.detail == .visit(theme: "Care leavers"))
        #expect(imported["ofsted-sif-published-2016-02-19"]?.overallGrade == .requiresImprovement)
        let handWritten = council.events.filter { $0.origin == .handWritten }
        guard !handWritten.isEmpty else { return }
        let merged = Council.merge(handWritten: handWritten, imported: Array(imported.values))
        #expect(merged.conflicts.isEmpty, "\(merged.conflicts)")
        #expect(merged.matches["ofsted-ilacs-2019-11-25"] == "ilacs-2019")
        #expect(merged.matches["ofsted-ilacs-2023-03-13"] == "ilacs-2023")
        #expect(merged.matches["ofsted-focused-visit-2024-07-31"] == "focused-visit-2024-07")
        #expect(merged.matches["ofsted-sif-published-2016-02-19"] == "sif-2015")
        #expect(merged.events.filter { $0.kind == .inspection && $0.start.year == 2023 }.count == 1)
        let handMade = RealReleases.packageRoot.appendingPathComponent("data/councils/middlesbrough")
        for name in ["council.yaml", "letters/revocation-2024.md"] {
            #expect(FileManager.default.contents(atPath: handMade.appendingPathComponent(name).path)
                    == harness.folder.snapshot("root/councils/middlesbrough")[name])
        }
    }
}
