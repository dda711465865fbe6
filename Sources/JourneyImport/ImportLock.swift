import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a data root, held while an import writes into it, so that imports
/// into one root run one after another. It is an advisory `flock(2)` on the root folder
/// itself: nothing is written for it, and the system releases it when the process ends,
/// however it ends.
final class ImportLock {
    private let descriptor: Int32

    /// Takes the lock on `root` (created if missing), calling `waiting` first if another
    /// import holds it, then waiting for it.
    init(root: URL, waiting: () -> Void) throws {
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw ImportError.cannotWrite(root.path, "cannot create the folder")
        }
        descriptor = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(root, "cannot open the folder") }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else {
            close(descriptor)
            throw Self.failure(root, "cannot lock the folder")
        }
        waiting()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw Self.failure(root, "cannot lock the folder")
            }
        }
    }

    deinit {
        close(descriptor)
    }

    private static func failure(_ root: URL, _ what: String) -> ImportError {
        .cannotWrite(root.path, "\(what) (\(String(cString: strerror(errno))))")
    }
}
