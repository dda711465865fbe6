import Foundation
import JourneyModel

/// The council files that ship inside the `journey` binary (the repository's `data/`): every
/// council imported from Ofsted's releases, Middlesbrough's hand-made file, and the register
/// of DfE interventions.
public enum BundledData {
    /// The bundled data root as an in-memory file tree, shown in messages as `<bundled>`.
    /// Files are decoded only when read.
    public static let tree = EmbeddedTree(name: "<bundled>", files: embeddedFiles, directories: embeddedDirectories)

    /// The bundled councils, each decoded from its compiled form on first use (no YAML is
    /// parsed at start-up; the files stay embedded for report texts).
    public static let catalogue = CouncilCatalogue(root: tree, store: CompiledCouncils(
        compiledCouncils, summaries: compiledSummaries, registerCheck: compiledRegisterCheck))

    /// The council the bundled data opens on when none is chosen: the fullest hand-made example.
    public static let defaultCouncilID = "middlesbrough"
}

/// A read-only file tree of base64 contents, each decoded when it is read.
public struct EmbeddedTree: FileTree {
    public let name: String
    private let files: SortedLookup<String>
    private let directories: SortedLookup<[String]>

    /// - Parameters:
    ///   - name: how the root is shown in messages.
    ///   - files: paths relative to the root and their base64 contents.
    ///   - directories: each folder's path ("" for the root) and the sorted names in it (worked
    ///     out at build time, so that start-up does not split every path).
    public init(name: String, files: [(path: String, base64: String)],
                directories: [(path: String, names: [String])]) {
        self.name = name
        self.files = SortedLookup(files.map { (key: $0.path, value: $0.base64) })
        self.directories = SortedLookup(directories.map { (key: $0.path, value: $0.names) })
    }

    /// Folders are looked up first: the listings that ask (a root's councils) name folders, and
    /// there are fewer folders than files to search.
    public func kind(of path: String) -> FileKind {
        if directories[path] != nil { return .directory }
        return files[path] != nil ? .file : .missing
    }

    public func list(_ directory: String) throws -> [String] {
        guard let names = directories[directory] else { throw CocoaError(.fileReadNoSuchFile) }
        return names
    }

    public func size(of path: String) -> Int? {
        guard let base64 = files[path] else { return nil }
        return base64.utf8.count / 4 * 3 - base64.utf8.suffix(2).filter { $0 == UInt8(ascii: "=") }.count
    }

    public func read(_ path: String) throws -> Data {
        guard let base64 = files[path], let data = Data(base64Encoded: base64) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        return data
    }

    public func stays(_ path: String, inside folder: String) -> Bool {
        !path.split(separator: "/").contains("..") && (folder.isEmpty || path.hasPrefix(folder + "/"))
    }
}
