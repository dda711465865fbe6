import Foundation
import Synchronization
import Testing
@testable import JourneyModel

/// A file tree that records which files were read.
final class CountingTree: FileTree {
    let inner: MemoryTree
    private let reads = Mutex<[String]>([])

    init(_ inner: MemoryTree) { self.inner = inner }

    var name: String { inner.name }
    var readPaths: [String] { reads.withLock { $0 } }
    func kind(of path: String) -> FileKind { inner.kind(of: path) }
    func list(_ directory: String) throws -> [String] { try inner.list(directory) }
    func size(of path: String) -> Int? { inner.size(of: path) }
    func stays(_ path: String, inside folder: String) -> Bool { inner.stays(path, inside: folder) }
    func read(_ path: String) throws -> Data {
        reads.withLock { $0.append(path) }
        return try inner.read(path)
    }
}

/// The catalogue of a root's councils: lazy loading, and the bundled register beneath a user's root.
@Suite struct CatalogueTests {
    let base = CouncilCatalogue(root: registerRoot(
        councils: ["wakefield", "leeds", "halton"],
        files: ["interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": wakefieldYAML],
        name: "<bundled>"))

    @Test func openingOneCouncilReadsOnlyItsFiles() {
        let tree = CountingTree(registerRoot(councils: ["wakefield", "leeds", "halton"],
                                             files: ["interventions/register.yaml": registerYAML,
                                                     "interventions/wakefield.yaml": wakefieldYAML]))
        let catalogue = CouncilCatalogue(root: tree)
        #expect(catalogue.ids == ["halton", "leeds", "wakefield"])
        #expect(tree.readPaths.isEmpty, "listing the councils reads no file, not even register.yaml")
        #expect(catalogue.load("wakefield").councils.first?.events.count == 3)
        #expect(tree.readPaths.sorted() == ["councils/wakefield/council.yaml", "interventions/register.yaml",
                                            "interventions/wakefield.yaml"])
        _ = catalogue.load("wakefield")
        #expect(tree.readPaths.count == 3, "a council is read once")
        #expect(catalogue.loadAll().councils.map(\.id) == ["halton", "leeds", "wakefield"])
        #expect(tree.readPaths.count == 5)
    }

    @Test func theBaseRegisterAppliesToAUsersRoot() throws {
        let user = CouncilCatalogue(root: registerRoot(councils: ["wakefield"]), base: base)
        let wakefield = try #require(user.load("wakefield").councils.first)
        #expect(wakefield.events.map(\.id) == ["dfe-direction-2018-08", "dfe-direction-2018-12", "dfe-direction-revoked-2022"])
        #expect(wakefield.registerCoverage?.listsCouncil == true)
        #expect(user.loadAll().diagnostics == [])
    }

    @Test func aRootsOwnCouncilFileReplacesTheBasesForThatCouncil() throws {
        let own = "council: wakefield\nevents:\n  - id: dfe-notice\n    kind: improvement-notice\n"
            + "    date: 2017-01-01\n    sources: [s]\n"
        let user = CouncilCatalogue(root: registerRoot(councils: ["wakefield", "leeds"],
                                                       files: ["interventions/wakefield.yaml": own]), base: base)
        let wakefield = try #require(user.load("wakefield").councils.first)
        #expect(wakefield.events.map(\.id) == ["dfe-notice"])
        #expect(wakefield.registerCoverage?.checked == Fixtures.day("2025-03-31"))
        #expect(user.loadAll().diagnostics == [])
    }

    @Test func aRootWithItsOwnRegisterYAMLStandsAlone() throws {
        let newer = registerYAML.replacingOccurrences(of: "checked: 2025-03-31", with: "checked: 2026-03-31")
        let user = CouncilCatalogue(root: registerRoot(councils: ["wakefield"],
                                                       files: ["interventions/register.yaml": newer]), base: base)
        let wakefield = try #require(user.load("wakefield").councils.first)
        #expect(wakefield.events.isEmpty)
        #expect(wakefield.registerCoverage == RegisterCoverage(from: Fixtures.date("2010"),
                                                               checked: Fixtures.day("2026-03-31"), listsCouncil: false))
    }

    @Test func aUsersRegisterMayNameABundledCouncilItDoesNotHold() {
        let user = CouncilCatalogue(root: registerRoot(councils: ["leeds"], files: [
            "interventions/register.yaml": registerYAML, "interventions/wakefield.yaml": wakefieldYAML,
            "interventions/nowhere.yaml": "council: nowhere\nevents: []\n",
        ]), base: base)
        #expect(user.loadAll().diagnostics.map(\.description) == [
            "r/interventions/nowhere.yaml:1:10: error: unknown council 'nowhere' (a register file is named after the id "
                + "of a council in councils/)",
        ])
    }

    @Test func aCouncilFolderAloneTakesTheBaseRegister() throws {
        let folder = MemoryTree(name: "wakefield", files: ["council.yaml": Data("council:\n  id: wakefield\n  name: W\n".utf8)])
        let catalogue = CouncilCatalogue(folder: folder, id: "wakefield", base: base)
        let council = try #require(catalogue.load("wakefield").councils.first)
        #expect(council.events.count == 3)
    }
}
