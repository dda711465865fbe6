import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB
import JourneyModel

/// The advisor's notes and marks: one SQLite file per user, kept outside every data root.
///
/// SQLite in WAL mode with a busy timeout lets the browser and any number of `journey note`
/// processes write at once without losing a change; each write is one short transaction. The
/// schema is versioned by GRDB's `DatabaseMigrator` (see docs/review.md). A file that is not a
/// review store is never written, truncated or deleted: opening it fails with
/// ``ReviewStoreError/damaged(path:reason:)``, and ``open(at:movingDamagedAside:)`` can rename it
/// aside (and only rename it) so that work goes on in a new file.
public final class ReviewStore: Sendable {
    /// The store's file.
    public let url: URL
    let queue: DatabaseQueue

    /// How long a writer waits for another's transaction before giving up.
    static let busyTimeout: TimeInterval = 30

    /// `$XDG_DATA_HOME/journey/review.sqlite`, or `~/.local/share/journey/review.sqlite` when
    /// `XDG_DATA_HOME` is unset, empty or not absolute (as the XDG base directory spec says).
    public static func defaultURL(
        environment: [String: String] = ProcessEnvironment.values(of: ["XDG_DATA_HOME", "HOME"])
    ) -> URL {
        URL(fileURLWithPath: defaultPath(environment: environment))
    }

    /// ``defaultURL(environment:)`` as a path. Joined as text, and kept as text by the browser,
    /// which checks the file before its first frame: URL's `appendingPathComponent` and `path`
    /// each cost the runtime a conformance scan the first time.
    public static func defaultPath(
        environment: [String: String] = ProcessEnvironment.values(of: ["XDG_DATA_HOME", "HOME"])
    ) -> String {
        let xdg = environment["XDG_DATA_HOME"] ?? ""
        let base = xdg.hasPrefix("/") ? xdg : (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return (base.hasSuffix("/") ? base : base + "/") + "journey/review.sqlite"
    }

    /// Opens (creating when missing, with its folder) and migrates the store at `url`.
    ///
    /// - Throws: ``ReviewStoreError``: damaged, unusable or newer.
    public init(url: URL) throws {
        self.url = url
        let path = url.path
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw ReviewStoreError.unusable(path: path, reason: "its folder cannot be made (\(error.localizedDescription))")
        }
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(Self.busyTimeout)
        config.label = "journey-review"
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.read { db in
                // Reads the header and the schema: a file that is not SQLite fails here, unwritten.
                _ = try db.tableExists("note")
                if try Self.migrator.hasBeenSuperseded(db) { throw ReviewStoreError.newer(path: path) }
            }
            try Self.migrate(queue)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        }
    }

    /// Opens the store; when it is damaged and `movingDamagedAside` is true, renames the file
    /// (and its `-wal` and `-shm` companions) to `review.sqlite.damaged-<UTC time>` and opens a
    /// new store in its place.
    ///
    /// Moving aside happens under an exclusive lock on `review.sqlite.lock` beside the store,
    /// and only after looking again: of several processes that find the file damaged at once,
    /// one moves it and the others open the new store it made (never moving that aside).
    ///
    /// - Returns: the store, and where a damaged file was moved to, if one was.
    public static func open(at url: URL, movingDamagedAside: Bool) throws -> (store: ReviewStore, movedTo: URL?) {
        do {
            return (try ReviewStore(url: url), nil)
        } catch ReviewStoreError.damaged where movingDamagedAside {
            return try whileLocked(url) {
                do {
                    return (try ReviewStore(url: url), nil)
                } catch ReviewStoreError.damaged {
                    let aside = try moveAside(url)
                    return (try ReviewStore(url: url), aside)
                }
            }
        }
    }

    /// Runs `body` holding an exclusive `flock` on the store's lock file.
    private static func whileLocked<T>(_ url: URL, _ body: () throws -> T) throws -> T {
        let path = url.path + ".lock"
        let descriptor = Glibc.open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ReviewStoreError.unusable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw ReviewStoreError.unusable(path: path, reason: String(cString: strerror(errno)))
            }
        }
        return try body()
    }

    /// Renames a damaged store out of the way (under the lock), never onto an existing file;
    /// nil when it is no longer there.
    private static func moveAside(_ url: URL) throws -> URL? {
        let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                formatOptions: [.withYear, .withMonth, .withDay, .withTime,
                                                                .withTimeZone])
        var aside = url.appendingPathExtension("damaged-\(stamp)")
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside.path) {
            attempt += 1
            aside = url.appendingPathExtension("damaged-\(stamp)-\(attempt)")
        }
        guard rename(url.path, aside.path) == 0 else {
            if errno == ENOENT { return nil }
            throw ReviewStoreError.unusable(path: url.path, reason: "it could not be moved aside to \(aside.path) "
                                            + "(\(String(cString: strerror(errno))))")
        }
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: url.path + suffix) {
            _ = rename(url.path + suffix, aside.path + suffix)
        }
        return aside
    }

    /// Brings the schema up to date. GRDB's migrator reads which migrations are applied before
    /// its write transaction starts, so two processes opening a new store at once may both try
    /// the first migration; the one that loses finds it applied by the other, which is success.
    private static func migrate(_ queue: DatabaseQueue) throws {
        if try queue.read({ try migrator.hasCompletedMigrations($0) }) { return }
        do {
            try migrator.migrate(queue)
        } catch {
            guard try queue.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
        }
    }

    private static func storeError(_ error: DatabaseError, path: String) -> ReviewStoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .damaged(path: path, reason: error.message ?? "\(error.resultCode)")
        default:
            return .unusable(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs a database call, turning SQLite's errors into ``ReviewStoreError``s that name the file.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: url.path)
        }
    }
}
