import Foundation

/// Loads council files from a data root or a single council folder, validating everything
/// and reporting every problem with its file, line and column.
public enum CouncilLoader {
    /// Largest `council.yaml` (or `imported.yaml`) accepted, in bytes.
    public static let councilFileLimit = 4 * 1024 * 1024
    /// Largest letter file accepted, in bytes.
    public static let letterFileLimit = 1024 * 1024

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
}
