import Foundation
import JourneyModel
import Testing
@testable import JourneyImport

@Suite("Import: interrupted at any point")
struct AtomicImportTests {
    /// Files under `councils/`, grouped by council folder, leaving out the importer's temporary names.
    func visibleFolders(_ harness: ImportHarness) -> [String: [String: Data]] {
        var folders: [String: [String: Data]] = [:]
        for (path, data) in harness.folder.snapshot("root/councils") {
            let parts = path.split(separator: "/").map(String.init)
            guard let folder = parts.first, !parts.contains(where: { $0.hasPrefix(".") }) else { continue }
            folders[folder, default: [:]][parts.dropFirst().joined(separator: "/")] = data
        }
        return folders
    }

    @Test func everyCouncilFolderIsAsBeforeOrComplete() throws {
        let reference = try ImportHarness()
        try HandWrittenFixture.write(into: reference)
        let initial = visibleFolders(reference)
        try reference.run(try reference.bothReleases())
        let complete = visibleFolders(reference)
        var interruptions = 0
        for budget in 0..<400 {
            let harness = try ImportHarness()
            try HandWrittenFixture.write(into: harness)
            let files = try harness.bothReleases()
            do {
                try harness.run(files, interruptAfter: budget)
            } catch is AtomicWriter.Interrupted {
                interruptions += 1
                for (folder, files) in visibleFolders(harness) {
                    let asBefore = files == (initial[folder] ?? [:])
                    #expect(asBefore || files == complete[folder], "budget \(budget): \(folder) is half-written")
                }
                let loaded = CouncilLoader.loadRoot(DiskTree(root: harness.root))
                #expect(!loaded.hasErrors, "budget \(budget): \(loaded.errors)")
                try harness.run(files)
                #expect(visibleFolders(harness) == complete)
                #expect(harness.folder.snapshot("root").keys.allSatisfy { !$0.contains(".journey-import-") })
                continue
            }
            #expect(visibleFolders(harness) == complete)
            break
        }
        #expect(interruptions > 10)
    }
}
