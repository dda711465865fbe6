import Foundation
import Testing

/// A data root given with `--data` is answered through its index in the cache folder: never
/// stale, never trusted when damaged, never written into the root.
@Suite struct IndexCommandTests {
    static let council = "council:\n  id: wakefield\n  name: \"Wakefield\"\n  region: \"North\"\n"

    @Test func aHandEditShowsOnTheNextRun() throws {
        let root = try TemporaryFolder()
        try root.write("councils/wakefield/council.yaml", Self.council)
        let before = try JourneyProcess.run(["status", "--data", root.url.path])
        #expect(before.stdout.hasPrefix("Wakefield on "))
        try root.write("councils/wakefield/council.yaml", Self.council.replacingOccurrences(of: "Wakefield", with: "Wakefielb"))
        let after = try JourneyProcess.run(["status", "--data", root.url.path])
        #expect(after.stdout.hasPrefix("Wakefielb on "))
        #expect(after.stderr == "")
        #expect(root.snapshotNames() == ["councils/wakefield/council.yaml"])
    }

    @Test func aDamagedIndexIsRebuiltWithAWarning() throws {
        let root = try TemporaryFolder()
        try root.write("councils/wakefield/council.yaml", Self.council)
        let cache = try TemporaryFolder()
        _ = try JourneyProcess.run(["councils", "--data", root.url.path], cacheHome: cache.url)
        let folder = cache.url.appendingPathComponent("journey")
        let indexes = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sqlite") }
        for name in indexes {
            try Data(repeating: 0xA5, count: 8192).write(to: folder.appendingPathComponent(name))
        }
        #expect(!indexes.isEmpty)
        let run = try JourneyProcess.run(["councils", "--data", root.url.path], cacheHome: cache.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Wakefield"))
        #expect(run.stderr.contains("warning: the index"))
        #expect(run.stderr.contains("damaged"))
        let again = try JourneyProcess.run(["councils", "--data", root.url.path], cacheHome: cache.url)
        #expect(again.stderr == "")
    }
}

extension TemporaryFolder {
    /// The relative paths of every file under the folder.
    func snapshotNames() -> [String] {
        let walker = FileManager.default.enumerator(atPath: url.path)
        var names: [String] = []
        while let path = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { names.append(path) }
        }
        return names.sorted()
    }
}
