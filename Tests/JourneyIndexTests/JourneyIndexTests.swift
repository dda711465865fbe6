import Foundation
import JourneyIndex
import JourneyModel
import Synchronization
import Testing

/// The index answers only for councils whose files are unchanged, is rebuilt when damaged, and
/// answers a search over the councils it holds current as the councils themselves do.
@Suite struct JourneyIndexTests {
    /// A data root holding a copy of the repository's Middlesbrough (council file, letters,
    /// reports) and of any other councils asked for, and a cache folder beside it.
    struct Root {
        let base: URL
        var root: URL { base.appendingPathComponent("root") }
        var cache: URL { base.appendingPathComponent("cache") }
        var councilFile: URL { root.appendingPathComponent("councils/middlesbrough/council.yaml") }

        init(also others: [String] = []) throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("journey-index-tests-\(UUID().uuidString)")
            let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            try FileManager.default.createDirectory(at: root.appendingPathComponent("councils"),
                                                    withIntermediateDirectories: true)
            for id in ["middlesbrough"] + others {
                try FileManager.default.copyItem(at: repository.appendingPathComponent("data/councils/\(id)"),
                                                 to: root.appendingPathComponent("councils/\(id)"))
            }
        }

        /// A catalogue of the root answered through its index, as `journey --data` opens it.
        func open(warnings: Warnings = Warnings()) -> (CouncilCatalogue, JourneyIndex?) {
            let index = JourneyIndex.open(root: root, name: "root", stamp: "test", cacheFolder: cache) { warnings.add($0) }
            return (CouncilCatalogue(root: DiskTree(root: root, name: "root"), store: index), index)
        }

        func name(in catalogue: CouncilCatalogue) -> String? { catalogue.load("middlesbrough").councils.first?.name }

        /// Changes Middlesbrough's council file.
        func editCouncilFile(_ change: (String) -> String) throws {
            let text = try String(contentsOf: councilFile, encoding: .utf8)
            try change(text).write(to: councilFile, atomically: false, encoding: .utf8)
        }
    }

    /// Warnings an index gave.
    final class Warnings: Sendable {
        private let seen = Mutex<[String]>([])
        func add(_ warning: String) { seen.withLock { $0.append(warning) } }
        var all: [String] { seen.withLock { $0 } }
    }

    @Test func anUnchangedCouncilIsAnsweredFromTheIndex() throws {
        let root = try Root()
        let (first, index) = root.open()
        let loaded = first.load("middlesbrough")
        #expect(loaded.councils.first?.name == "Middlesbrough Council")
        let store = try #require(index)
        let kept = try #require(store.result(for: "middlesbrough"))
        #expect(kept.councils == loaded.councils)
        #expect(kept.diagnostics == loaded.diagnostics)
    }

    @Test func aHandEditShowsOnTheNextStart() throws {
        let root = try Root()
        #expect(root.name(in: root.open().0) == "Middlesbrough Council")
        let text = try String(contentsOf: root.councilFile, encoding: .utf8)
        try text.replacingOccurrences(of: "name: Middlesbrough", with: "name: Middlesbrougx")
            .write(to: root.councilFile, atomically: false, encoding: .utf8)
        #expect(root.name(in: root.open().0) == "Middlesbrougx Council")
    }

    @Test func aCouncilFolderIsIndexedAndAHandEditShowsOnTheNextStart() throws {
        let root = try Root()
        let folder = root.root.appendingPathComponent("councils/middlesbrough")
        func open() -> (CouncilCatalogue, JourneyIndex?) {
            let index = JourneyIndex.open(root: folder, isCouncilFolder: true, name: "mb", stamp: "test",
                                          cacheFolder: root.cache) { _ in }
            return (CouncilCatalogue(folder: DiskTree(root: folder, name: "mb"), id: "middlesbrough", store: index), index)
        }
        let (first, index) = open()
        let loaded = first.load("middlesbrough")
        #expect(loaded.councils.first?.name == "Middlesbrough Council")
        let store = try #require(index)
        let kept = try #require(store.result(for: "middlesbrough"))
        #expect(kept.councils == loaded.councils)
        #expect(kept.diagnostics == loaded.diagnostics)

        let letter = folder.appendingPathComponent("letters/revocation-2024.md")
        let text = try String(contentsOf: letter, encoding: .utf8)
        try text.replacingOccurrences(of: "Dear", with: "Dearest").write(to: letter, atomically: false, encoding: .utf8)
        let edited = try #require(open().1)
        #expect(edited.result(for: "middlesbrough") == nil, "a letter's edit is seen")
        let council = try #require(open().0.load("middlesbrough").councils.first)
        #expect(council.letter("revocation-2024")?.body.contains("Dearest") == true)
        let reopened = try #require(open().1)
        #expect(reopened.result(for: "middlesbrough")?.councils == [council])
    }

    @Test func anEditKeepingSizeAndTimeIsCaughtByTheContentHash() throws {
        let root = try Root()
        let (_, index) = root.open()
        _ = root.open().0.load("middlesbrough")
        let attributes = try FileManager.default.attributesOfItem(atPath: root.councilFile.path)
        let text = try String(contentsOf: root.councilFile, encoding: .utf8)
        try text.replacingOccurrences(of: "name: Middlesbrough", with: "name: Middlesbrougx")
            .write(to: root.councilFile, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!],
                                              ofItemAtPath: root.councilFile.path)
        let store = try #require(index)
        #expect(store.result(for: "middlesbrough") == nil)
        #expect(root.name(in: root.open().0) == "Middlesbrougx Council")
    }

    @Test func aDamagedIndexIsRebuiltWithAWarning() throws {
        let root = try Root()
        // Every connection closed first, as between two starts: the write-ahead log is then
        // folded into the file and removed, so the damage is all there is to read.
        let path = try {
            let (catalogue, index) = root.open()
            _ = catalogue.load("middlesbrough")
            return try #require(index).path
        }()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 13) }).write(to: URL(fileURLWithPath: path))
        let warnings = Warnings()
        let (catalogue, rebuilt) = root.open(warnings: warnings)
        #expect(rebuilt != nil)
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains("damaged") == true)
        #expect(root.name(in: catalogue) == "Middlesbrough Council")
        let store = try #require(rebuilt)
        #expect(store.result(for: "middlesbrough") != nil)
    }

    @Test func theIndexIsNeverKeptInTheDataRoot() throws {
        let root = try Root()
        let inside = JourneyIndex.open(root: root.root, name: "root", stamp: "test",
                                       cacheFolder: root.root.appendingPathComponent(".cache")) { _ in }
        #expect(inside == nil)
        #expect(!FileManager.default.fileExists(atPath: root.root.appendingPathComponent(".cache").path))
    }
}

extension JourneyIndexTests {
    @Test func theIndexOfARootThatIsGoneIsRemoved() throws {
        let gone = try Root()
        let (_, old) = gone.open()
        let oldPath = try #require(old).path
        try FileManager.default.removeItem(at: gone.root)
        let other = try Root()
        let fresh = JourneyIndex.open(root: other.root, name: "other", stamp: "test", cacheFolder: gone.cache) { _ in }
        #expect(fresh != nil)
        #expect(!FileManager.default.fileExists(atPath: oldPath))
        #expect(FileManager.default.fileExists(atPath: try #require(fresh).path))
    }
}

/// A store that passes everything to an index and counts the councils it answers whole.
final class CountingStore: CouncilStore {
    let index: JourneyIndex
    private let asked = Mutex<[String]>([])

    init(_ index: JourneyIndex) { self.index = index }

    /// The ids whose results were asked for, in order.
    var resultsAsked: [String] { asked.withLock { $0 } }

    func result(for id: String) -> CouncilLoader.Result? {
        asked.withLock { $0.append(id) }
        return index.result(for: id)
    }

    func keep(_ result: CouncilLoader.Result, for id: String) { index.keep(result, for: id) }

    func summaries(for ids: [String]) -> [String: CouncilSummary] { index.summaries(for: ids) }

    func registerCheck() -> RegisterCheck? { index.registerCheck() }

    func keep(registerCheck found: RegisterCheck) { index.keep(registerCheck: found) }
}

/// The picker's and `journey councils`' summaries come from the index without decoding any
/// council, under the same check as the councils' results.
extension JourneyIndexTests {
    /// The root's summaries through a fresh index, as the next start reads them, and the
    /// councils that start decoded or read.
    func summariesOnTheNextStart(of root: Root) throws -> (CouncilCatalogue.Summaries, [String], [Diagnostic]) {
        let index = try #require(JourneyIndex.open(root: root.root, name: "root", stamp: "test", cacheFolder: root.cache) { _ in })
        let store = CountingStore(index)
        let catalogue = CouncilCatalogue(root: DiskTree(root: root.root, name: "root"), store: store)
        let summaries = catalogue.summaries()
        return (summaries, store.resultsAsked, catalogue.summaryDiagnostics())
    }

    @Test func summariesAreAnsweredWithoutDecodingAnyCouncil() throws {
        let root = try Root(also: ["wakefield", "leeds"])
        let built = root.open().0.loadAll()
        let (summaries, asked, diagnostics) = try summariesOnTheNextStart(of: root)
        #expect(asked == [], "no council is decoded or read")
        #expect(summaries.all.map(\.name) == built.councils.map(\.name))
        #expect(summaries.all.map(\.council?.name) == built.councils.map(\.name))
        #expect(diagnostics == built.diagnostics)
        #expect(summaries.all.map(\.eventCount) == built.councils.map(\.events.count))
    }

    @Test func aHandEditShowsInTheSummariesOnTheNextStart() throws {
        let root = try Root(also: ["wakefield"])
        _ = root.open().0.loadAll()
        try root.editCouncilFile { $0.replacingOccurrences(of: "name: Middlesbrough", with: "name: Middlesbrougx") }
        let (summaries, asked, _) = try summariesOnTheNextStart(of: root)
        #expect(asked == ["middlesbrough"], "only the edited council is read again")
        #expect(summaries.all.map(\.name).contains("Middlesbrougx Council"))
        let (again, askedAgain, _) = try summariesOnTheNextStart(of: root)
        #expect(askedAgain == [], "what was read is kept")
        #expect(again.all.map(\.name) == summaries.all.map(\.name))
    }

    @Test func aCouncilThatGainsAnErrorIsShownAsFailed() throws {
        let root = try Root(also: ["wakefield"])
        #expect(root.open().0.summaries().failed == [])
        try root.editCouncilFile { $0 + "\nthis is not: [yaml\n" }
        let (summaries, _, diagnostics) = try summariesOnTheNextStart(of: root)
        #expect(summaries.failed == ["middlesbrough"])
        #expect(summaries.loadable.map(\.id) == ["wakefield"])
        #expect(diagnostics.contains { $0.severity == .error && $0.file.hasPrefix("root/councils/middlesbrough") })
    }

    @Test func anEditKeepingSizeAndTimeIsCaughtInTheSummaries() throws {
        let root = try Root()
        _ = root.open().0.loadAll()
        let attributes = try FileManager.default.attributesOfItem(atPath: root.councilFile.path)
        try root.editCouncilFile { $0.replacingOccurrences(of: "name: Middlesbrough", with: "name: Middlesbrougx") }
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!],
                                              ofItemAtPath: root.councilFile.path)
        let index = try #require(root.open().1)
        #expect(index.summaries(for: ["middlesbrough"]).isEmpty)
        #expect(try summariesOnTheNextStart(of: root).0.all.first?.name == "Middlesbrougx Council")
    }
}

/// The check of the root's own register is kept too, under the register's files and the
/// root's council folders.
extension JourneyIndexTests {
    @Test func theRegisterCheckIsKeptUntilTheRegisterOrTheCouncilsChange() throws {
        let root = try Root()
        let register = root.root.appendingPathComponent("interventions")
        try FileManager.default.createDirectory(at: register, withIntermediateDirectories: true)
        try "council: wakefield\n".write(to: register.appendingPathComponent("wakefield.yaml"), atomically: true, encoding: .utf8)
        let first = try summariesOnTheNextStart(of: root).2
        #expect(first.contains { $0.message.hasPrefix("unknown council 'wakefield'") })
        let index = try #require(root.open().1)
        #expect(index.registerCheck()?.all.contains { $0.message.hasPrefix("unknown council 'wakefield'") } == true)
        #expect(try summariesOnTheNextStart(of: root).2 == first)
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        try FileManager.default.copyItem(at: repository.appendingPathComponent("data/councils/wakefield"),
                                         to: root.root.appendingPathComponent("councils/wakefield"))
        #expect(index.registerCheck() == nil, "a new council folder is a change")
        let after = try summariesOnTheNextStart(of: root).2
        #expect(!after.contains { $0.message.hasPrefix("unknown council") })
    }
}

/// The councils' name order is kept for exactly the names it was worked out for.
extension JourneyIndexTests {
    @Test func theNameOrderIsAnsweredOnlyForTheSameNamesInTheSameOrder() throws {
        let root = try Root()
        let index = try #require(root.open().1)
        let names = ["Wakefield", "Halton", "Leeds"]
        #expect(index.nameOrder(of: names) == nil)
        index.keep(nameOrder: [1, 2, 0], of: names)
        #expect(try #require(root.open().1).nameOrder(of: names) == [1, 2, 0])
        #expect(index.nameOrder(of: ["Halton", "Wakefield", "Leeds"]) == nil)
        #expect(index.nameOrder(of: ["Wakefield", "Halton"]) == nil)
        #expect(index.nameOrder(of: ["Wakefield", "Halton", "Leedsx"]) == nil)
        #expect(index.nameOrder(of: ["WakefieldHalton", "", "Leeds"]) == nil)
    }

    @Test func theNextStartsSummariesComeInNameOrder() throws {
        let root = try Root(also: ["wakefield", "barnsley"])
        let first = root.open().0.summaries().all.map(\.id)
        #expect(first == ["barnsley", "middlesbrough", "wakefield"])
        #expect(try summariesOnTheNextStart(of: root).0.all.map(\.id) == first)
    }
}

/// A council folder that gains or loses a file is listed again.
extension JourneyIndexTests {
    @Test func aLetterRemovedShowsInTheNextStartsSummaries() throws {
        let root = try Root(also: ["wakefield"])
        _ = root.open().0.loadAll()
        let before = try #require(try summariesOnTheNextStart(of: root).0.all.first { $0.id == "middlesbrough" })
        #expect(before.letterCount > 0)
        try FileManager.default.removeItem(at: root.root.appendingPathComponent("councils/middlesbrough/letters/revocation-2024.md"))
        let (summaries, asked, _) = try summariesOnTheNextStart(of: root)
        #expect(asked == ["middlesbrough"])
        #expect(summaries.all.first { $0.id == "middlesbrough" }?.letterCount == before.letterCount - 1)
    }
}
