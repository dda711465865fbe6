import ArgumentParser
import Foundation
import JourneyData
import JourneyModel
import JourneyUI

/// `--data` and `--council`: which data root and which council a command works on.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "Data root (a folder holding councils/) or one council folder. Default: the council files bundled in journey.",
        valueName: "root"))
    var root: String?

    @Option(help: ArgumentHelp("Council id (e.g. middlesbrough). Default: the only council in the root.",
                               valueName: "id"))
    var council: String?

    /// The file tree to read: the folder given, or the bundled data.
    func tree() throws -> any FileTree {
        guard let root else { return BundledData.tree }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(.inputNotFound, "\(root): no such folder")
        }
        return DiskTree(root: URL(fileURLWithPath: root), name: root)
    }

    /// Loads every council in the root (or the one council folder given); data errors stop the
    /// command with every diagnostic.
    func loadCouncils() throws -> [Council] {
        try loadCouncils(from: tree())
    }

    /// Loads every council in a tree, as ``loadCouncils()`` does.
    func loadCouncils(from tree: any FileTree) throws -> [Council] {
        let result = Self.load(tree)
        guard !result.hasErrors else {
            let count = result.errors.count
            throw CommandFailure(.dataError, result.diagnostics.map { Sanitizer.sanitize($0.description) }
                                 .joined(separator: "\n")
                                 + "\njourney: \(count) error\(count == 1 ? "" : "s") in the data; nothing shown")
        }
        if !result.warnings.isEmpty { Output.errorLines(result.warnings.map(\.description)) }
        return result.councils
    }

    /// Loads a tree that is either a data root or one council folder (holding council.yaml).
    static func load(_ tree: any FileTree) -> CouncilLoader.Result {
        guard tree.kind(of: "council.yaml") == .file else { return CouncilLoader.loadRoot(tree) }
        let folder = (tree as? DiskTree)?.root ?? URL(fileURLWithPath: tree.name)
        let id = folder.absoluteURL.standardizedFileURL.lastPathComponent
        return CouncilLoader.loadCouncil(tree, folder: "", id: id)
    }

    /// The council the command is about: `--council`, or the only one there is.
    func loadCouncil() throws -> Council {
        try select(from: loadCouncils())
    }

    /// Picks the council named by `--council` (its id in any case, or its name), or the only one;
    /// otherwise a usage error with a short "did you mean", never every id on one line.
    func select(from councils: [Council]) throws -> Council {
        if let council {
            guard let found = IDLookup.council(council, in: councils) else {
                throw CommandFailure(.usage, IDLookup.notFound("council", council, among: councils.map(\.id),
                                                               lister: listCommand))
            }
            return found
        }
        guard !councils.isEmpty else { throw CommandFailure(.dataError, "the data root holds no councils") }
        guard councils.count == 1, let only = councils.first else {
            throw CommandFailure(.usage, "\(councils.count) councils in the data root; choose one with --council ID "
                                 + "(`\(listCommand)` lists them)")
        }
        return only
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
