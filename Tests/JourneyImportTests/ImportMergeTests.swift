import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

@Suite("Import: hand-written councils, idempotence")
struct ImportMergeTests {
    @Test func handWrittenFilesStayByteForByteAndTheBrowserShowsOneEvent() throws {
        let harness = try ImportHarness()
        try HandWrittenFixture.write(into: harness)
        #expect(!harness.load("middlesbrough").hasErrors, "\(harness.load("middlesbrough").diagnostics)")
        let before = harness.folder.snapshot("root/councils/middlesbrough")
        let summary = try harness.run(try harness.bothReleases())
        #expect(summary.conflicts.isEmpty)
        #expect(summary.exitCode == 0)
        #expect(!summary.created.contains("middlesbrough"))
        let after = harness.folder.snapshot("root/councils/middlesbrough")
        #expect(after.filter { $0.key != "imported.yaml" } == before)
        let council = try #require(harness.load("middlesbrough").councils.first)
        let handWritten = council.events.filter { $0.origin == .handWritten }
        let imported = council.events.filter { $0.origin != .handWritten }
        let merged = Council.merge(handWritten: handWritten, imported: imported)
        let inspections2019 = merged.events.filter { $0.kind == .inspection && $0.start.year == 2019 }
        #expect(inspections2019.map(\.id) == ["ilacs-2019"])
        #expect(inspections2019.first?.summary == "Services had deteriorated since 2015.")
        #expect(inspections2019.first?.sources.count == 3)
        #expect(merged.matches["ofsted-ilacs-2019-11-25"] == "ilacs-2019")
    }

    @Test func aContradictionIsReportedAndNothingIsWrittenForThatCouncil() throws {
        let harness = try ImportHarness()
        try HandWrittenFixture.write(into: harness, overallEffectiveness: "Requires improvement to be good")
        let before = harness.folder.snapshot("root/councils/middlesbrough")
        let summary = try harness.run(try harness.bothReleases())
        #expect(summary.conflicts.map(\.detail) == [Council.MergeConflict(
            eventID: "ilacs-2019", importedID: "ofsted-ilacs-2019-11-25", field: "judgements.overall-effectiveness",
            handWritten: "Requires improvement to be good", imported: "Inadequate")])
        #expect(summary.conflicts.first?.file == "councils/middlesbrough/council.yaml")
        #expect(summary.conflicts.first?.written == false)
        #expect(summary.blocked == ["middlesbrough"])
        #expect(summary.exitCode == 1)
        #expect(harness.folder.snapshot("root/councils/middlesbrough") == before)
        #expect(harness.text("councils/barnet/imported.yaml") != nil)
        #expect(summary.text.contains("conflicts: 1; not written: middlesbrough"))
    }

    @Test func forceWritesTheReleaseValueAndStillReportsTheConflict() throws {
        let harness = try ImportHarness()
        try HandWrittenFixture.write(into: harness, overallEffectiveness: "Requires improvement to be good")
        let before = harness.folder.snapshot("root/councils/middlesbrough")
        let summary = try harness.run(try harness.bothReleases(), force: true)
        #expect(summary.conflicts.count == 1)
        #expect(summary.conflicts.first?.written == true)
        #expect(summary.blocked.isEmpty)
        #expect(summary.exitCode == 0)
        let after = harness.folder.snapshot("root/councils/middlesbrough")
        #expect(after.filter { $0.key != "imported.yaml" } == before)
        let imported = try #require(harness.importedEvents("middlesbrough")["ofsted-ilacs-2019-11-25"])
        #expect(imported.overallGrade == .inadequate)
    }

    @Test func reimportingChangesNothing() throws {
        let harness = try ImportHarness()
        try HandWrittenFixture.write(into: harness)
        let files = try harness.bothReleases()
        let first = try harness.run(files)
        let snapshot = harness.folder.snapshot("root")
        let second = try harness.run(files.reversed())
        #expect(harness.folder.snapshot("root") == snapshot)
        #expect(second.added == 0 && second.updated == 0 && second.removed == 0)
        #expect(second.unchanged == first.added + first.unchanged)
        #expect(second.created.isEmpty)
    }

    @Test func aNewerReleaseUpdatesOnlyWhatCameFromOfsted() throws {
        let harness = try ImportHarness()
        try HandWrittenFixture.write(into: harness)
        let files = try harness.bothReleases()
        try harness.run([files[1]])
        let handWritten = harness.folder.snapshot("root/councils/middlesbrough").filter { $0.key != "imported.yaml" }
        let second = try harness.run(files)
        #expect(second.added > 0)
        #expect(second.updated > 0)
        #expect(harness.folder.snapshot("root/councils/middlesbrough").filter { $0.key != "imported.yaml" } == handWritten)
    }
}
