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

    /// What the options select, for the work they share with the browser's shortcut.
    var selection: DataSelection { DataSelection(root: root, council: council) }

    /// The councils to read (see ``DataSelection/catalogue()``).
    func catalogue() throws -> CouncilCatalogue { try selection.catalogue() }

    /// The council the command is about (see ``DataSelection/councilID(in:)``).
    func councilID(in catalogue: CouncilCatalogue) throws -> String { try selection.councilID(in: catalogue) }

    /// The council the command is about, loaded; its data errors stop the command.
    func loadCouncil() throws -> Council { try selection.loadCouncil() }

    /// Every council in the root, summarised (see ``DataSelection/loadSummaries()``).
    func loadSummaries() throws -> [CouncilSummary] { try selection.loadSummaries() }

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
        let isCouncilFolder = tree.kind(of: "council.yaml") == .file
        // Opening starts before the bundled catalogue and the root are listed.
        let index = index(of: tree, isCouncilFolder: isCouncilFolder)
        guard isCouncilFolder else {
            return CouncilCatalogue(root: tree, base: BundledData.catalogue, store: index)
        }
        let id = url.absoluteURL.standardizedFileURL.lastPathComponent
        return CouncilCatalogue(folder: tree, id: id, base: BundledData.catalogue, store: index)
    }

    /// The index of a data root or council folder (in the user's cache folder), opened on
    /// another thread while the catalogue lists the folder; it answers nothing when none can
    /// be kept.
    static func index(of tree: DiskTree, isCouncilFolder: Bool = false) -> OpeningIndex {
        let root = tree.root, name = tree.name
        return OpeningIndex {
            JourneyIndex.open(root: root, isCouncilFolder: isCouncilFolder, name: name,
                              stamp: JourneyIndex.programStamp()) { warning in
                Output.errorLines([Sanitizer.sanitize(warning)])
            }
        }
    }

    /// Brings the index of a data root up to date after an import wrote into it, so that the
    /// next start finds every council compiled. Problems in the data are left for the commands
    /// that show them.
    static func refreshIndex(of root: String) {
        _ = try? catalogue(at: root).loadAll()
    }

    /// The councils of a result; data errors stop the command with every diagnostic, warnings
    /// are printed on standard error.
    static func councils(from result: CouncilLoader.Result) throws -> [Council] {
        try check(result.diagnostics)
        return result.councils
    }

    /// Stops the command with every diagnostic when one is an error; otherwise prints the
    /// warnings on standard error.
    static func check(_ diagnostics: [Diagnostic]) throws {
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
}
