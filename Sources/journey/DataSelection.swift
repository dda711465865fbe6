import Foundation
import JourneyData
import JourneyModel

/// Which data root and which council a command works on (`--data`, `--council`), as plain
/// values: what ``DataOptions`` parses, and what ``BrowseShortcut`` reads without
/// ArgumentParser (whose option values cost a conformance scan to make).
struct DataSelection: Equatable {
    /// The data root or council folder; nil for the bundled data.
    var root: String?
    /// The council asked for, by id or name.
    var council: String?

    /// The councils to read: the folder given (with the bundled intervention register beneath
    /// its own), or the bundled data.
    func catalogue() throws -> CouncilCatalogue {
        guard let root else { return BundledData.catalogue }
        return try DataOptions.catalogue(at: root)
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
        return try DataOptions.council(from: catalogue.load(try councilID(in: catalogue)))
    }

    /// Every council in the root, summarised (from the index where it can); data errors
    /// anywhere stop the command with every diagnostic, as ``councils(from:)``.
    func loadSummaries() throws -> [CouncilSummary] {
        let catalogue = try catalogue()
        try DataOptions.check(catalogue.summaryDiagnostics())
        return catalogue.summaries().all.filter(\.hasCouncil)
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
