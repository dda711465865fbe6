import Foundation
import Testing
import JourneyModel
@testable import JourneyData

/// The bundled data as the binary carries it: the files of the repository's `data/`, byte for
/// byte, and the councils compiled at build time, which must be what loading those files gives.
struct BundledDataTests {
    /// The repository's `data/` folder.
    static let dataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data")

    @Test func theTreeHoldsEveryFileOfTheDataFolderByteForByte() throws {
        let disk = DiskTree(root: Self.dataFolder, name: "data")
        var paths: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: Self.dataFolder.path))
        while let path = enumerator.nextObject() as? String {
            if disk.kind(of: path) == .file { paths.append(path) }
        }
        #expect(paths.count > 300)
        var folders: Set<String> = [""]
        for path in paths {
            var parts = path.split(separator: "/")
            while parts.popLast() != nil, !parts.isEmpty { folders.insert(parts.joined(separator: "/")) }
        }
        for folder in folders {
            #expect(BundledData.tree.kind(of: folder) == .directory, "\(folder)")
            #expect(try BundledData.tree.list(folder) == disk.list(folder).sorted(), "\(folder)")
        }
        for path in paths {
            #expect(try BundledData.tree.read(path) == disk.read(path), "\(path)")
            #expect(BundledData.tree.size(of: path) == disk.size(of: path), "\(path)")
        }
    }

    @Test func everyCompiledCouncilIsWhatItsFilesLoadAs() {
        let fromFiles = CouncilCatalogue(root: BundledData.tree)
        #expect(BundledData.catalogue.ids == fromFiles.ids)
        #expect(BundledData.catalogue.ids.contains(BundledData.defaultCouncilID))
        for id in BundledData.catalogue.ids {
            let compiled = BundledData.catalogue.load(id), loaded = fromFiles.load(id)
            #expect(compiled.councils == loaded.councils, "\(id)")
            #expect(compiled.diagnostics == loaded.diagnostics, "\(id)")
        }
    }
}
