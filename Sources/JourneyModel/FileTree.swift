import Foundation

/// A tree of files that council folders are read from: a folder on disk, or the data
/// embedded in the binary. Paths are relative to the tree's root and use `/`.
public protocol FileTree: Sendable {
    /// How the root is shown in messages, e.g. `data` or `<bundled>`.
    var name: String { get }
    /// What is at `path`.
    func kind(of path: String) -> FileKind
    /// The names in a directory, sorted.
    func list(_ directory: String) throws -> [String]
    /// The names in a directory, sorted, each with what it names (as ``kind(of:)`` says).
    func entries(of directory: String) throws -> [(name: String, kind: FileKind)]
    /// The size of a file in bytes.
    func size(of path: String) -> Int?
    /// The bytes of a file.
    func read(_ path: String) throws -> Data
    /// Whether `path`, with every symbolic link resolved, stays inside `folder`.
    func stays(_ path: String, inside folder: String) -> Bool
}

/// What a path names.
public enum FileKind: Sendable, Equatable {
    case file, directory, missing, other
}

extension FileTree {
    public func entries(of directory: String) throws -> [(name: String, kind: FileKind)] {
        try list(directory).map { ($0, kind(of: directory.isEmpty ? $0 : directory + "/" + $0)) }
    }

    /// The path as shown in messages: the tree's name joined with the relative path.
    public func display(_ path: String) -> String {
        path.isEmpty ? name : (name == "." ? path : "\(name)/\(path)")
    }
}

/// Joins path components with `/`, skipping empty ones.
func joinPath(_ parts: String...) -> String {
    parts.filter { !$0.isEmpty }.joined(separator: "/")
}

/// A file tree held in memory: the bundled data, or test fixtures.
public struct MemoryTree: FileTree {
    public let name: String
    public let files: [String: Data]

    public init(name: String, files: [String: Data]) {
        self.name = name
        self.files = files
    }

    public func kind(of path: String) -> FileKind {
        if files[path] != nil { return .file }
        let prefix = path.isEmpty ? "" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .directory : .missing
    }

    public func list(_ directory: String) throws -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        let names = files.keys.compactMap { key -> String? in
            guard key.hasPrefix(prefix) else { return nil }
            return key.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
        }
        return Set(names).sorted()
    }

    public func size(of path: String) -> Int? { files[path]?.count }

    public func read(_ path: String) throws -> Data {
        guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
        return data
    }

    public func stays(_ path: String, inside folder: String) -> Bool {
        !path.split(separator: "/").contains("..") && (folder.isEmpty || path.hasPrefix(folder + "/"))
    }
}

/// A file tree on disk.
public struct DiskTree: FileTree {
    public let root: URL
    public let name: String

    /// - Parameters:
    ///   - root: the folder.
    ///   - name: how it is shown in messages; defaults to the path as given.
    /// The root's path, for the `stat`s of every start (without `URL`'s cost per path).
    private let rootPath: String

    public init(root: URL, name: String? = nil) {
        self.root = root
        self.name = name ?? root.path
        rootPath = root.path
    }

    private func url(_ path: String) -> URL {
        path.isEmpty ? root : root.appendingPathComponent(path)
    }

    /// A folder when the path leads to one (following symbolic links); a file when it is a
    /// regular file or a symbolic link to anything else; missing when nothing is there.
    public func kind(of path: String) -> FileKind {
        let full = path.isEmpty ? rootPath : rootPath + "/" + path
        var info = stat()
        guard stat(full, &info) == 0 else { return .missing }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .directory }
        guard lstat(full, &info) == 0 else { return .missing }
        let type = info.st_mode & S_IFMT
        return type == S_IFREG || type == S_IFLNK ? .file : .other
    }

    /// The names, read with `readdir` (``entries(of:)``): the register's folder is listed at
    /// every start from a data root, and `FileManager` cost 0.5 M instructions for it.
    public func list(_ directory: String) throws -> [String] {
        try entries(of: directory).map(\.name)
    }

    /// The entries as ``list(_:)`` and ``kind(of:)`` give them, read with `readdir`: the root's
    /// council folders are listed at every start, and a folder or a regular file is known from
    /// its entry without a `stat` (links and anything else are looked up).
    public func entries(of directory: String) throws -> [(name: String, kind: FileKind)] {
        guard let handle = opendir(directory.isEmpty ? rootPath : rootPath + "/" + directory) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        defer { closedir(handle) }
        var found: [(name: String, kind: FileKind)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            switch entry.pointee.d_type {
            case UInt8(DT_DIR): found.append((name, .directory))
            case UInt8(DT_REG): found.append((name, .file))
            default: found.append((name, kind(of: directory.isEmpty ? name : directory + "/" + name)))
            }
        }
        return found.sorted { $0.name < $1.name }
    }

    /// The size of the file a path leads to, following symbolic links.
    public func size(of path: String) -> Int? {
        let target = url(path).resolvingSymlinksInPath().path
        return (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? NSNumber)?.intValue
    }

    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }

    public func stays(_ path: String, inside folder: String) -> Bool {
        let resolved = url(path).resolvingSymlinksInPath().standardizedFileURL.path
        let base = url(folder).resolvingSymlinksInPath().standardizedFileURL.path
        return resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }
}
