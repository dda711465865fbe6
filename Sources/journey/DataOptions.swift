import ArgumentParser
import Foundation
import JourneyData
import JourneyIndex
import JourneyModel
import JourneyUI

/// `--data` and `--council`: which data root and which council a command works on.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "Data root (a folder holding councils/) or one council folder. Default: the council files bundled in journey.",
        valueName: "root"))
    var root: String?

    @Option(help: ArgumentHelp(
        "Council id (e.g. wakefield; `journey councils` lists them). Default: middlesbrough in the bundled data, "
            + "or the only council in the root.",
        valueName: "id"))
    var council: String?

    /// The councils to read: the folder given (with the bundled intervention register beneath
    /// its own), or the bundled data.
    func catalogue() throws -> CouncilCatalogue {
        guard let root else { return BundledData.catalogue }
        return try Self.catalogue(at: root)
    }

    /// The catalogue of a data root or council folder on disk.
    static func catalogue(at path: String) throws -> CouncilCatalogue {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(.inputNotFound, "\(path): no such file or folder")
        }
        guard isDirectory.boolValue else {
            throw CommandFailure(.usage, "\(path): give a council folder or a data root, not a file")
        }
        let url = URL(fileURLWithPath: path)
        let tree = DiskTree(root: url, name: path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path)
        guard tree.kind(of: "council.yaml") == .file else {
            return CouncilCatalogue(root: tree, base: BundledData.catalogue, store: index(of: tree))
        }
        let id = url.absoluteURL.standardizedFileURL.lastPathComponent
        return CouncilCatalogue(folder: tree, id: id, base: BundledData.catalogue,
                                store: index(of: tree, isCouncilFolder: true))
    }

    /// The index of a data root or council folder (in the user's cache folder), or nil when none
    /// can be kept.
    static func index(of tree: DiskTree, isCouncilFolder: Bool = false) -> JourneyIndex? {
        JourneyIndex.open(root: tree.root, isCouncilFolder: isCouncilFolder, name: tree.name,
                          stamp: JourneyIndex.programStamp()) { warning in
            Output.errorLines([Sanitizer.sanitize(warning)])
        }
    }

    /// Brings the index of a data root up to date after an import wrote into it, so that the
    /// next start finds every council compiled. Problems in the data are left for the commands
    /// that show them.
    static func refreshIndex(of root: String) {
        _ = try? catalogue(at: root).loadAll()
    }

    /// The council the command is about: `--council` (its id in any case, or its name), the
    /// bundled default, or the only one in the root; otherwise a usage error with a short "did
    /// you mean" and the command that lists the ids, never every id on one line.
    func councilID(in catalogue: CouncilCatalogue) throws -> String {
        if let council {
            if let id = IDLookup.councilID(council, among: catalogue.ids) { return id }
            // A name that is not an id's spelling: only then are the councils' summaries read for their names.
            let councils = catalogue.summaries().loadable.compactMap(\.council)
            if let found = IDLookup.council(council, in: councils) { return found.id }
            throw CommandFailure(.usage, IDLookup.notFound("council", council, among: catalogue.ids, lister: listCommand))
        }
        if root == nil { return BundledData.defaultCouncilID }
        guard let first = catalogue.ids.first else { throw CommandFailure(.dataError, "the data root holds no councils") }
        guard catalogue.ids.count == 1 else {
            throw CommandFailure(.usage, "\(catalogue.ids.count) councils in the data root; choose one with --council ID "
                                 + "(`\(listCommand)` lists them)")
        }
        return first
    }

    /// The council the command is about, loaded; its data errors stop the command.
    func loadCouncil() throws -> Council {
        let catalogue = try catalogue()
        return try Self.council(from: catalogue.load(try councilID(in: catalogue)))
    }

    /// Every council in the root, summarised (from the index where it can); data errors
    /// anywhere stop the command with every diagnostic, as ``councils(from:)``.
    func loadSummaries() throws -> [CouncilSummary] {
        let catalogue = try catalogue()
        try Self.check(catalogue.summaryDiagnostics())
        return catalogue.summaries().all.filter { $0.council != nil }
    }

    /// The councils of a result; data errors stop the command with every diagnostic, warnings
    /// are printed on standard error.
    static func councils(from result: CouncilLoader.Result) throws -> [Council] {
        try check(result.diagnostics)
        return result.councils
    }

    /// Stops the command with every diagnostic when one is an error; otherwise prints the
    /// warnings on standard error.
    private static func check(_ diagnostics: [Diagnostic]) throws {
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw CommandFailure(.dataError, diagnostics.map { Sanitizer.sanitize($0.description) }
                                 .joined(separator: "\n")
                                 + "\njourney: \(errors.count) error\(errors.count == 1 ? "" : "s") in the data; nothing shown")
        }
        let warnings = diagnostics.filter { $0.severity == .warning }
        if !warnings.isEmpty { Output.errorLines(warnings.map(\.description)) }
    }

    /// The one council of a result, as ``councils(from:)``.
    static func council(from result: CouncilLoader.Result) throws -> Council {
        guard let council = try councils(from: result).first else {
            throw CommandFailure(.dataError, "the council could not be read")
        }
        return council
    }

    /// The command that lists the councils of the root in use.
    private var listCommand: String {
        root.map { "journey councils --data \(Self.shellQuoted($0))" } ?? "journey councils"
    }

    /// A path as a shell word, quoted when it needs to be.
    private static func shellQuoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-~".contains($0) }
            ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
