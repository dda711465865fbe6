import Foundation
import Synchronization

/// The councils of a data root, by id, each loaded only when first asked for.
///
/// Listing the root costs one directory read; a council's files (and its register entry) are
/// read and checked on its first use and kept. Opening one council therefore never reads the
/// others; ``loadAll()`` reads every one, for the picker, `journey councils` and `journey check`.
/// This is the seam where a ``CouncilStore`` (the bundled data compiled at build time, an index
/// of a user's root) answers instead of the files.
public final class CouncilCatalogue: Sendable, Equatable {
    /// Where the councils come from.
    private enum Backing: Sendable {
        /// A data root (`councils/<id>/`) or one council folder (id, at the tree's root).
        case tree(any FileTree, single: String?)
        /// Councils already in memory (tests, and tools that build them in code).
        case councils([Council])
    }

    private let backing: Backing
    /// The council ids, as the root's folders name them (sorted), or the councils' own.
    public let ids: [String]
    /// The intervention register applied to every council.
    public let register: InterventionRegister?
    /// Problems with the root itself: no `councils` folder, entries that are not council folders.
    private let rootDiagnostics: [Diagnostic]
    private let baseIDs: Set<String>
    private let mergingImports: Bool
    /// Kept results that answer instead of the files (compiled data, an index).
    public let store: (any CouncilStore)?
    private let cache = Mutex<[String: CouncilLoader.Result]>([:])
    private let everything = Mutex<CouncilLoader.Result?>(nil)
    private let loadable = Mutex<(councils: [Council], failed: [String])?>(nil)
    /// What ``summaries()`` found, once found.
    let summarized = Mutex<Summaries?>(nil)

    /// The councils of a data root (a folder holding `councils/`).
    ///
    /// - Parameters:
    ///   - tree: the data root.
    ///   - base: the catalogue whose register applies beneath the root's own (the bundled data),
    ///     and whose councils count as known to the root's register.
    ///   - mergingImports: fold imported events into the hand-written events they match.
    ///   - store: kept results to answer from before reading a council's files (it keeps what
    ///     is read); it must answer only for councils whose files are unchanged.
    public init(root tree: any FileTree, base: CouncilCatalogue? = nil, mergingImports: Bool = true,
                store: (any CouncilStore)? = nil) {
        let (ids, diagnostics) = Self.councilFolders(in: tree)
        backing = .tree(tree, single: nil)
        self.ids = ids
        rootDiagnostics = diagnostics
        register = InterventionRegister(tree: tree, base: base?.register)
        baseIDs = Set(base?.ids ?? [])
        self.mergingImports = mergingImports
        self.store = store
    }

    /// One council folder (holding `council.yaml` at the tree's root) whose id is `id`.
    ///
    /// - Parameter store: kept results to answer from before reading the folder's files (an
    ///   index of the folder); it must answer only when they are unchanged.
    public init(folder tree: any FileTree, id: String, base: CouncilCatalogue? = nil,
                store: (any CouncilStore)? = nil) {
        backing = .tree(tree, single: id)
        ids = [id]
        rootDiagnostics = []
        register = base?.register
        baseIDs = Set(base?.ids ?? [])
        mergingImports = true
        self.store = store
    }

    /// Councils already loaded, with no register.
    public init(councils: [Council]) {
        backing = .councils(councils)
        ids = councils.map(\.id)
        rootDiagnostics = []
        register = nil
        baseIDs = []
        mergingImports = true
        store = nil
    }

    /// Whether the catalogue has a council with this id.
    public func contains(_ id: String) -> Bool { ids.contains(id) }

    /// A report's text, read from its file now (reports' texts are never kept with the councils).
    public func text(of report: Report) throws -> ReportText {
        guard case .tree(let tree, _) = backing else {
            throw ReportTextError(file: report.file, reason: "these councils have no files behind them")
        }
        return try CouncilLoader.text(of: report, in: tree)
    }

    /// Loads one council (its files, and its register entry), or returns it from the cache.
    /// The diagnostics include those of the register's `register.yaml`.
    public func load(_ id: String) -> CouncilLoader.Result {
        if let cached = cache.withLock({ $0[id] }) { return cached }
        if ids.contains(id), let kept = store?.result(for: id) {
            cache.withLock { $0[id] = kept }
            return kept
        }
        var result: CouncilLoader.Result
        switch backing {
        case .councils(let councils):
            result = CouncilLoader.Result(councils: councils.filter { $0.id == id }, diagnostics: [])
        case .tree(let tree, let single):
            guard ids.contains(id) else { return CouncilLoader.Result(councils: [], diagnostics: []) }
            let loader = CouncilFolderLoader(tree: tree, folder: single == nil ? "councils/\(id)" : "",
                                             expectedID: id, mergingImports: mergingImports,
                                             register: register?.file(for: id), coverage: register?.coverage(for: id))
            let council = loader.load()
            let entry = register?.file(for: id)?.diagnostics ?? []
            result = CouncilLoader.Result(councils: council.map { [$0] } ?? [],
                                          diagnostics: (register?.diagnostics ?? []) + entry + loader.diagnostics)
            store?.keep(result, for: id)
        }
        cache.withLock { $0[id] = result }
        return result
    }

    /// Every council, sorted by name, with every diagnostic of the root: its layout, each
    /// council, and the root's own register (files naming unknown councils included).
    public func loadAll() -> CouncilLoader.Result {
        if let done = everything.withLock({ $0 }) { return done }
        let results = ids.map(load)
        var result = CouncilLoader.Result(councils: results.flatMap(\.councils),
                                          diagnostics: diagnostics(of: results.map(\.diagnostics)))
        if result.councils.isEmpty && !result.hasErrors, let empty = noCouncilsWarning() {
            result.diagnostics.append(empty)
        }
        result.councils = result.councils.sortedByName(\.name)
        everything.withLock { $0 = result }
        return result
    }

    /// The diagnostics of the whole root given each council's own (in id order): the root's
    /// layout and register first, then each council's (less the register's, given once), then
    /// what checking the root's own register against its councils finds.
    func diagnostics(of councils: [[Diagnostic]]) -> [Diagnostic] {
        let check = registerCheck()
        let registerDiagnostics = check?.registerFile ?? register?.diagnostics ?? []
        var diagnostics = rootDiagnostics + registerDiagnostics
        for own in councils { diagnostics += own.filter { !registerDiagnostics.contains($0) } }
        if let check {
            let checked = Set(diagnostics)
            diagnostics += check.all.filter { !checked.contains($0) }
        }
        return diagnostics
    }

    /// What checking a data root's own register finds: kept by the store (then the register's
    /// files are not parsed at all), or checked now and handed to the store; nil for a council
    /// folder or councils with no register.
    private func registerCheck() -> RegisterCheck? {
        guard let register, case .tree(_, nil) = backing else { return nil }
        if let kept = store?.registerCheck() { return kept }
        let found = RegisterCheck(register, knownCouncils: Set(ids).union(baseIDs))
        store?.keep(registerCheck: found)
        return found
    }

    /// The warning for a data root with no councils in it; nil for councils not read from files.
    func noCouncilsWarning() -> Diagnostic? {
        guard case .tree(let tree, nil) = backing else { return nil }
        return Diagnostic(file: tree.display("councils"), severity: .warning, message: "no council folders")
    }

    /// Every council that loads without errors, sorted by name, and the ids of those that do not
    /// (`journey check` lists their problems): what a browser can offer.
    ///
    /// Read once: a caller that asks while another thread is reading waits for its answer
    /// instead of reading everything a second time.
    public func loadableCouncils() -> (councils: [Council], failed: [String]) {
        loadable.withLock { done in
            if let done { return done }
            var found: (councils: [Council], failed: [String]) = ([], [])
            for id in ids {
                let result = load(id)
                if result.hasErrors { found.failed.append(id) } else { found.councils += result.councils }
            }
            found.councils = found.councils.sortedByName(\.name)
            done = found
            return found
        }
    }

    /// Catalogues are the same when they are the same object: each caches what it has loaded.
    public static func == (lhs: CouncilCatalogue, rhs: CouncilCatalogue) -> Bool { lhs === rhs }

    /// The council folders of a root, and what is wrong with the root's layout.
    private static func councilFolders(in tree: any FileTree) -> ([String], [Diagnostic]) {
        guard tree.kind(of: "councils") == .directory else {
            return ([], [Diagnostic(file: tree.display("councils"), message: "no 'councils' folder: not a journey data root")])
        }
        var ids: [String] = []
        var diagnostics: [Diagnostic] = []
        for (name, kind) in (try? tree.entries(of: "councils")) ?? [] {
            let folder = "councils/\(name)"
            if let note = CouncilLoader.hiddenEntryNote(name) {
                diagnostics.append(Diagnostic(file: tree.display(folder), severity: .warning, message: note))
                continue
            }
            guard !name.hasPrefix(".") else { continue }
            guard kind == .directory else {
                diagnostics.append(Diagnostic(file: tree.display(folder), severity: .warning,
                                              message: "not a council folder; ignored"))
                continue
            }
            ids.append(name)
        }
        return (ids, diagnostics)
    }
}
