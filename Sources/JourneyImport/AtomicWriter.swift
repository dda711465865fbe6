import Foundation
#if canImport(Glibc)
import Glibc
private let posixWrite = Glibc.write
private let posixRename = Glibc.rename
#elseif canImport(Darwin)
import Darwin
private let posixWrite = Darwin.write
private let posixRename = Darwin.rename
#endif

/// Writes files and folders so that anyone reading the data root, even after the import
/// is killed, sees each file and each new council folder either as it was or complete:
/// content goes to a temporary name in the same folder, is flushed to disk, and is renamed
/// over the target. Temporary names start with `.journey-import-`, which `journey check`
/// reports as left by an interrupted import, and are cleaned up by the next import.
public final class AtomicWriter {
    /// Prefix of temporary files and folders.
    public static let temporaryPrefix = ".journey-import-"
    /// For tests: the number of file operations allowed before ``Interrupted`` is thrown.
    private var remainingOperations: Int?

    /// Thrown when the operation budget set for a test runs out.
    public struct Interrupted: Error {}

    public init(interruptAfter operations: Int? = nil) {
        remainingOperations = operations
    }

    /// Replaces (or creates) a file atomically.
    public func write(_ text: String, to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(Self.temporaryPrefix + url.lastPathComponent)
        try writeFlushed(text, to: temporary)
        try step()
        try rename(temporary, to: url)
        try syncFolder(url.deletingLastPathComponent())
    }

    /// Creates a folder holding `files` atomically: it is built under a temporary name, then renamed.
    func createFolder(_ url: URL, files: [(name: String, text: String)]) throws {
        let parent = url.deletingLastPathComponent()
        let temporary = parent.appendingPathComponent(Self.temporaryPrefix + url.lastPathComponent)
        try? FileManager.default.removeItem(at: temporary)
        try step()
        try makeFolder(temporary)
        for file in files { try writeFlushed(file.text, to: temporary.appendingPathComponent(file.name)) }
        try syncFolder(temporary)
        try step()
        try rename(temporary, to: url)
        try syncFolder(parent)
    }

    /// Removes temporary files and folders an interrupted import left in `folder` and the folders in it.
    public func removeLeftovers(in folder: URL) {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names {
            let url = folder.appendingPathComponent(name)
            if name.hasPrefix(Self.temporaryPrefix) {
                try? manager.removeItem(at: url)
                continue
            }
            let inner = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
            for innerName in inner where innerName.hasPrefix(Self.temporaryPrefix) {
                try? manager.removeItem(at: url.appendingPathComponent(innerName))
            }
        }
    }

    /// Counts one file operation against the test budget.
    private func step() throws {
        guard let remaining = remainingOperations else { return }
        if remaining <= 0 { throw Interrupted() }
        remainingOperations = remaining - 1
    }

    private func writeFlushed(_ text: String, to url: URL) throws {
        try step()
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(url, "cannot create") }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { posixWrite(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else { throw failure(url, "write failed") }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw failure(url, "fsync failed") }
    }

    private func makeFolder(_ url: URL) throws {
        guard mkdir(url.path, 0o755) == 0 || errno == EEXIST else { throw failure(url, "cannot create folder") }
    }

    private func rename(_ from: URL, to: URL) throws {
        guard posixRename(from.path, to.path) == 0 else { throw failure(to, "cannot rename into place") }
    }

    private func syncFolder(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = fsync(descriptor)
    }

    private func failure(_ url: URL, _ what: String) -> ImportError {
        .cannotWrite(url.path, "\(what) (\(String(cString: strerror(errno))))")
    }
}
