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

    /// Leeds, with one ILACS inspection judged good.
    static let leeds = """
        council:
          id: leeds
          name: "Leeds"
        events:
          - id: ilacs-2022
            kind: inspection
            title: ILACS standard inspection
            framework: ILACS
            type: standard
            start: 2022-03-07
            end: 2022-03-18
            published: 2022-05-06
            judgements:
              overall-effectiveness: Good
            sources: [Ofsted report]

        """

    @Test func journeyCouncilsShowsAHandEditAndAFailedCouncilOnTheNextRun() throws {
        let root = try TemporaryFolder()
        let cache = try TemporaryFolder()
        try root.write("councils/wakefield/council.yaml", Self.council)
        try root.write("councils/leeds/council.yaml", Self.leeds)
        let councils = ["councils", "--data", root.url.path, "--on", "2024-01-01"]
        let before = try JourneyProcess.run(councils, cacheHome: cache.url)
        #expect(before.stdout.contains("Leeds — Good (inspected 7–18 March 2022"))
        try root.write("councils/leeds/council.yaml", Self.leeds.replacingOccurrences(of: "effectiveness: Good",
                                                                                      with: "effectiveness: Inadequate"))
        try root.write("councils/wakefield/council.yaml", Self.council.replacingOccurrences(of: "Wakefield", with: "Wakefielb"))
        let after = try JourneyProcess.run(councils, cacheHome: cache.url)
        #expect(after.stdout.contains("Leeds — Inadequate (inspected 7–18 March 2022"))
        #expect(after.stdout.contains("Wakefielb — "))
        #expect(after.stderr == "")
        try root.write("councils/leeds/council.yaml", Self.leeds + "  - id: [broken\n")
        let failed = try JourneyProcess.run(councils, cacheHome: cache.url)
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("councils/leeds/council.yaml"))
        #expect(failed.stderr.contains("error in the data; nothing shown"))
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
