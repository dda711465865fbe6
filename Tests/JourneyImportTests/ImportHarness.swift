import Foundation
import JourneyModel
@testable import JourneyImport

/// A temporary data root and release files, and the import run against them.
struct ImportHarness {
    let folder: TemporaryFolder
    var root: URL { folder.file("root") }

    init() throws {
        folder = try TemporaryFolder()
    }

    /// Writes a fixture release and returns its file.
    func release(_ fixture: ODSFixture, named name: String) throws -> URL {
        let url = folder.file(name)
        try fixture.write(to: url)
        return url
    }

    /// The two fixture releases, 2025 first.
    func bothReleases() throws -> [URL] {
        [try release(FixtureReleases.release2025(), named: "2025.ods"),
         try release(FixtureReleases.release2023(), named: "2023.ods")]
    }

    /// Writes a CSV file and returns it.
    func csv(_ text: String, named name: String) throws -> URL {
        let url = folder.file(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @discardableResult
    func run(_ files: [URL], force: Bool = false, strict: Bool = false, release: ReleaseDetails = .init(),
             limits: ODSDocument.Limits = .init(), interruptAfter: Int? = nil) throws -> ImportSummary {
        try OfstedImporter(files: files, root: root,
                           options: .init(force: force, strict: strict, release: release, limits: limits,
                                          interruptAfter: interruptAfter)).run()
    }

    /// The warnings' texts, without the file name before the first colon.
    static func texts(_ warnings: [ImportWarning]) -> [String] {
        warnings.map { String($0.description.drop { $0 != ":" }.dropFirst(2)) }
    }

    /// A council as the loader reads it, with its diagnostics.
    func load(_ id: String) -> CouncilLoader.Result {
        CouncilLoader.loadCouncil(DiskTree(root: root), folder: "councils/\(id)", id: id, mergingImports: false)
    }

    /// A council's imported events, by id.
    func importedEvents(_ id: String) -> [String: Event] {
        let events = load(id).councils.first?.events.filter { $0.origin != .handWritten } ?? []
        return Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The text of a file under the root.
    func text(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Writes a file under the root, creating folders.
    func put(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
