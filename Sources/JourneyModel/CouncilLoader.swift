import Foundation

/// Loads council files from a data root or a single council folder, validating everything
/// and reporting every problem with its file, line and column.
public enum CouncilLoader {
    /// Largest `council.yaml` (or `imported.yaml`) accepted, in bytes.
    public static let councilFileLimit = 4 * 1024 * 1024
    /// Largest letter file accepted, in bytes.
    public static let letterFileLimit = 1024 * 1024
    /// Largest report file accepted, in bytes: front matter and the text of up to 250 pages.
    public static let reportFileLimit = 8 * 1024 * 1024

    /// What loading found: the councils that loaded and every diagnostic.
    public struct Result: Sendable {
        public var councils: [Council]
        public var diagnostics: [Diagnostic]

        /// Whether any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    /// Loads every council under `councils/` in a data root, sorted by name, with the root's
    /// own intervention register applied and checked (``CouncilCatalogue/loadAll()``).
    ///
    /// - Parameters:
    ///   - tree: the data root.
    ///   - mergingImports: fold imported events into the hand-written events they match (what
    ///     the browser shows); `false` keeps every imported event as the release gave it.
    public static func loadRoot(_ tree: any FileTree, mergingImports: Bool = true) -> Result {
        CouncilCatalogue(root: tree, mergingImports: mergingImports).loadAll()
    }

    /// Names starting with a dot are not part of the data and are passed over, except what an
    /// interrupted import left behind, which is reported (the next import removes it).
    static func hiddenEntryNote(_ name: String) -> String? {
        name.hasPrefix(".journey-import-") ? "left by an interrupted import; the next import removes it" : nil
    }

    /// Loads one council folder. Its id must equal `id` (the folder's name).
    public static func loadCouncil(_ tree: any FileTree, folder: String, id: String,
                                   mergingImports: Bool = true) -> Result {
        let loader = CouncilFolderLoader(tree: tree, folder: folder, expectedID: id, mergingImports: mergingImports)
        let council = loader.load()
        return Result(councils: council.map { [$0] } ?? [], diagnostics: loader.diagnostics)
    }

    /// Reads a report's text from the tree it was loaded from (only when the report is read).
    ///
    /// - Throws: ``ReportTextError`` when the file has changed or gone since it was loaded.
    public static func text(of report: Report, in tree: any FileTree) throws -> ReportText {
        guard let data = try? tree.read(report.file), data.count <= reportFileLimit,
              UTF8Check.firstInvalidOffset(in: data) == nil else {
            throw ReportTextError(file: tree.display(report.file), reason: "cannot read the report's file")
        }
        guard let split = FrontMatter.split(String(decoding: data, as: UTF8.self)) else {
            throw ReportTextError(file: tree.display(report.file), reason: "the report's file has no front matter")
        }
        let parsed = ReportFile.parse(split.body, bodyLine: split.bodyLine, pageCount: report.pageCount)
        if let problem = parsed.problems.first {
            throw ReportTextError(file: "\(tree.display(report.file)):\(problem.line)", reason: problem.message)
        }
        return parsed.text
    }
}

/// Why a report's text could not be read.
public struct ReportTextError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public var description: String { "\(file): \(reason); run journey check" }
}
