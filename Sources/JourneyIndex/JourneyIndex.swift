import Crypto
import Foundation
import GRDB
import JourneyModel
import Synchronization

/// An index of a data root in SQLite: each council's loading result (the council and every
/// diagnostic, in the model's compiled form), its summary (what the picker and `journey
/// councils` show, ``CouncilSummary``) and the search units of its events, letters and
/// reports (``SearchUnit``, under a trigram full-text index), kept under `$XDG_CACHE_HOME/journey/` (never in the data root).
///
/// It is a cache that can always be rebuilt from the files, and never answers from stale
/// data: a council is answered only when its files' sizes and modification times are those
/// recorded, or, when these differ, when the files' content hash is the one recorded; a council's
/// summary is kept with its result and answered under the same check (in a table of its own, of
/// small rows, so that reading every summary does not read every result). A damaged
/// index is not trusted: it is removed and built again, with a warning.
///
/// As a ``CouncilStore`` it serves ``CouncilCatalogue``; the model never imports it.
public final class JourneyIndex: CouncilStore, Sendable {
    /// The database file.
    public let path: String
    let root: URL
    /// Whether the root is one council folder (`council.yaml` at its top) rather than a data root.
    let isCouncilFolder: Bool
    /// The root's path, for the `stat`s of every start (without `URL`'s cost per path).
    let rootPath: String
    /// How the root is shown in messages.
    let name: String
    /// What stands for the root's name in kept diagnostics.
    static let rootMark = "\u{0}"
    let queue: DatabaseQueue
    private let warn: @Sendable (String) -> Void
    /// The fingerprint of each council's files when it was last answered or missed, so that
    /// what is kept after a miss is the content that was read.
    let seen = Mutex<[String: Data]>([:])
    /// The fingerprint of the register and the council folders when the register check was
    /// last asked for.
    let registerSeen = Mutex<Data?>(nil)
    private let warned = Mutex(false)

    /// The format of the database; a different one is rebuilt.
    static let schemaVersion = "9"

    /// Opens (or builds) the index of a data root.
    ///
    /// - Parameters:
    ///   - root: the data root (a folder holding `councils/`), or one council folder.
    ///   - isCouncilFolder: whether `root` is one council folder.
    ///   - name: how the root is shown in messages; kept diagnostics name their files relative
    ///     to the root, so one index serves every way of naming the root.
    ///   - stamp: what else the kept results depend on (the program and its bundled data);
    ///     an index made under another stamp is rebuilt.
    ///   - cacheFolder: where indexes are kept; default ``defaultCacheFolder()``.
    ///   - warn: receives the warnings (a damaged index rebuilt).
    /// - Returns: nil when no index can be kept (no cache folder, or one inside the data root).
    public static func open(root: URL, isCouncilFolder: Bool = false, name: String, stamp: String,
                            cacheFolder: URL? = nil, warn: @escaping @Sendable (String) -> Void) -> JourneyIndex? {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let folder = (cacheFolder ?? defaultCacheFolder())?.standardizedFileURL else { return nil }
        let folderPath = folder.resolvingSymlinksInPath().path
        guard folderPath != rootPath, !folderPath.hasPrefix(rootPath + "/") else { return nil }
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else {
            return nil
        }
        let key = SHA256.hash(data: Data(rootPath.utf8)).prefix(12).hexDigits
        let path = folder.appendingPathComponent("index-\(key).sqlite").path
        noteRoot(rootPath, of: path, in: folder)
        // A folder that turns from a data root into a council folder (or back) is another index.
        let stamp = isCouncilFolder ? stamp + " council-folder" : stamp
        let open = { try JourneyIndex(path: path, root: URL(fileURLWithPath: rootPath), isCouncilFolder: isCouncilFolder,
                                      name: name, stamp: stamp, warn: warn) }
        do {
            return try open()
        } catch {
            warn("journey: warning: the index \(path) is damaged (\(error)); building it again")
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            return try? open()
        }
    }

    /// Writes beside a new index the root it is of (`index-<key>.root`), and removes the
    /// indexes of roots that no longer exist, so the cache folder does not grow for ever.
    private static func noteRoot(_ rootPath: String, of path: String, in folder: URL) {
        let note = String(path.dropLast(".sqlite".count)) + ".root"
        // Asked at every start: one access(2), not FileManager's path handling.
        guard access(note, F_OK) != 0 else { return }
        try? Data(rootPath.utf8).write(to: URL(fileURLWithPath: note), options: .atomic)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix("index-") && name.hasSuffix(".root") {
            let other = folder.appendingPathComponent(name)
            guard let root = try? String(contentsOf: other, encoding: .utf8),
                  !FileManager.default.fileExists(atPath: root) else { continue }
            let base = other.deletingPathExtension().path
            for suffix in [".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal", ".root"] {
                try? FileManager.default.removeItem(atPath: base + suffix)
            }
        }
    }

    /// `$XDG_CACHE_HOME/journey`, or `~/.cache/journey`.
    public static func defaultCacheFolder() -> URL? {
        // Asked at every start: the two variables alone, not a copy of the whole environment.
        let environment = ProcessEnvironment.values(of: ["XDG_CACHE_HOME", "HOME"])
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("journey")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/journey")
    }

    private init(path: String, root: URL, isCouncilFolder: Bool, name: String, stamp: String,
                 warn: @escaping @Sendable (String) -> Void) throws {
        self.path = path
        self.root = root
        self.isCouncilFolder = isCouncilFolder
        rootPath = root.path
        self.name = name
        self.warn = warn
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        // No table refers to another: no `PRAGMA foreign_keys` statement at every start.
        configuration.foreignKeysEnabled = false
        // A cache written a council at a time: in write-ahead mode with `synchronous = NORMAL`
        // a commit waits for no disk flush (a first start keeps every council of a root), and
        // the file stays consistent through a crash or power cut, losing at most the last
        // commits (councils then read again from their files).
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        // The usual case, an index of this format and stamp, costs one query and no transaction;
        // otherwise the index is prepared in one (which checks again: another process may have).
        let format = try? queue.inDatabase { db in try Self.format(db) }
        if format != Self.wantedFormat(stamp: stamp) {
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try queue.write { db in try Self.prepare(db, stamp: stamp) }
        }
    }

    /// The format and stamp an index must have to be used.
    private static func wantedFormat(stamp: String) -> String { schemaVersion + " " + stamp }

    /// The format and stamp the database says it has; throws when it has no `meta` table or is
    /// not a database.
    private static func format(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'")
    }

    /// Checks the database is an index of this format and stamp; otherwise empties it and
    /// creates the tables.
    private static func prepare(_ db: Database, stamp: String) throws {
        let wanted = wantedFormat(stamp: stamp)
        // One query, no schema lookup: with no `meta` table (or not a database) it fails, and the
        // statements below rebuild the index (or throw, and the file is removed).
        if (try? format(db)) == wanted { return }
        try db.execute(sql: """
            DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS councils; DROP TABLE IF EXISTS results;
            DROP TABLE IF EXISTS texts; DROP TABLE IF EXISTS unitText; DROP TABLE IF EXISTS units;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE councils (id TEXT PRIMARY KEY, fingerprint BLOB NOT NULL, listed INTEGER NOT NULL,
                                   hash TEXT NOT NULL, summary BLOB NOT NULL, searchable INTEGER NOT NULL);
            CREATE TABLE results (id TEXT PRIMARY KEY, result BLOB NOT NULL);
            CREATE TABLE units (id INTEGER PRIMARY KEY, council TEXT NOT NULL, unit BLOB NOT NULL, body TEXT NOT NULL);
            CREATE INDEX unitsByCouncil ON units (council);
            CREATE VIRTUAL TABLE unitText USING fts5(body, content = 'units', content_rowid = 'id',
                                                     tokenize = 'trigram');
            CREATE TRIGGER unitAdded AFTER INSERT ON units BEGIN
                INSERT INTO unitText (rowid, body) VALUES (new.id, new.body);
            END;
            CREATE TRIGGER unitRemoved AFTER DELETE ON units BEGIN
                INSERT INTO unitText (unitText, rowid, body) VALUES ('delete', old.id, old.body);
            END;
            """)
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('format', ?)", arguments: [wanted])
    }

    // MARK: - CouncilStore

    public func result(for id: String) -> CouncilLoader.Result? {
        let listed = FileFingerprint.now()
        let files = councilFiles(id)
        let fingerprint = fingerprint(of: files)
        seen.withLock { $0[id] = fingerprint }
        do {
            guard let row = try queue.read({ db in
                // Cached: a search over a whole root asks once per council. A cursor's row is
                // not copied: the result's bytes are copied once, out of SQLite's own buffer.
                let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT fingerprint, hash, result FROM councils JOIN results USING (id) WHERE id = ?
                    """), arguments: [id])
                return try rows.next().map { row in
                    (fingerprint: row[0] as Data, hash: row[1] as String,
                     result: try row.withUnsafeData(atIndex: 2) { data in data?.withUnsafeBytes { Array($0) } ?? [] })
                }
            }) else { return nil }
            if row.fingerprint != fingerprint {
                guard let now = contentHash(of: files), now == row.hash else { return nil }
                try queue.write { db in
                    try db.execute(sql: "UPDATE councils SET fingerprint = ?, listed = ? WHERE id = ?",
                                   arguments: [fingerprint, listed, id])
                }
            }
            return renamed(try CouncilLoader.Result(encoded: row.result), from: Self.rootMark, to: name)
        } catch {
            warnOnce("journey: warning: the index \(path) could not answer for \(id) (\(error)); reading the files")
            return nil
        }
    }

    public func keep(_ result: CouncilLoader.Result, for id: String) {
        let listed = FileFingerprint.now()
        let files = councilFiles(id)
        let fingerprint = fingerprint(of: files)
        // Files changed while being read: what was read may be neither version; keep nothing.
        let kept = renamed(result, from: name, to: Self.rootMark)
        guard seen.withLock({ $0[id] }) == fingerprint, let hash = contentHash(of: files) else { return }
        let encoded = kept.encoded()
        let summary = CouncilSummary(id: id, result: kept).encoded()
        let (units, everyReport) = searchUnits(of: result)
        try? queue.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO councils (id, fingerprint, listed, hash, summary, searchable)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, fingerprint, listed, hash, summary, everyReport])
            try db.execute(sql: "INSERT OR REPLACE INTO results (id, result) VALUES (?, ?)", arguments: [id, encoded])
            try keep(units, for: id, db)
        }
    }

    /// The result with the diagnostics' files in the root named `new` instead of `old`.
    private func renamed(_ result: CouncilLoader.Result, from old: String, to new: String) -> CouncilLoader.Result {
        var result = result
        result.diagnostics = renamed(result.diagnostics, from: old, to: new)
        return result
    }

    /// The diagnostics with their files in the root named `new` instead of `old`.
    func renamed(_ diagnostics: [Diagnostic], from old: String, to new: String) -> [Diagnostic] {
        var diagnostics = diagnostics
        for index in diagnostics.indices where diagnostics[index].file == old
            || diagnostics[index].file.hasPrefix(old + "/") {
            diagnostics[index].file = new + diagnostics[index].file.dropFirst(old.count)
        }
        return diagnostics
    }

    /// Passes a warning on, the first one only: one damaged index is one warning.
    func warnOnce(_ message: String) {
        guard !warned.withLock({ done in defer { done = true }; return done }) else { return }
        warn(message)
    }

    // MARK: - Files

    /// The files a council's result depends on, relative to the root: its own (``ownFiles(_:)``),
    /// then those every council's depends on (``registerFiles``).
    func councilFiles(_ id: String) -> [String] {
        ownFiles(id) + registerFiles
    }

    /// A council's own files: its folder (every file and folder in it, reports included, in
    /// order) and, in a data root, its register entry.
    func ownFiles(_ id: String) -> [String] {
        let folder = isCouncilFolder ? "" : "councils/\(id)"
        let entries = FolderListing.entries(of: folder.isEmpty ? rootPath : rootPath + "/" + folder,
                                            prefix: folder.isEmpty ? "" : folder + "/")
        return [folder] + entries.sorted() + (isCouncilFolder ? [] : ["interventions/\(id).yaml"])
    }

    /// The files every council's result depends on: in a data root, the register's folder and
    /// `register.yaml` (a council folder has only the bundled register, part of the program's
    /// stamp). Their fingerprint comes last, so that a pass over every council takes it once.
    var registerFiles: [String] {
        isCouncilFolder ? [] : ["interventions", "interventions/register.yaml"]
    }

    /// The files' fingerprint (``FileFingerprint``): each one's path, size, modification time
    /// (to the nanosecond), inode and mode; missing files count too.
    func fingerprint(of files: [String]) -> Data {
        FileFingerprint.of(files, under: rootPath)
    }

    /// SHA-256 over every regular file's path and bytes; nil when one cannot be read.
    func contentHash(of files: [String]) -> String? {
        var hasher = SHA256()
        for relative in files {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                hasher.update(data: Data("\(relative) missing\n".utf8))
                continue
            }
            hasher.update(data: Data("\(relative)\n".utf8))
            if !isDirectory.boolValue {
                guard let data = try? Data(contentsOf: url) else { return nil }
                hasher.update(data: data)
            }
        }
        return hasher.finalize().hexDigits
    }
}

extension JourneyIndex {
    /// The running program's identity (its file's size, modification time and inode): what the
    /// kept results depend on besides the files of the root, since the program embeds the
    /// bundled register beneath a root's own and its loader decides what a file means.
    public static func programStamp() -> String {
        var info = stat()
        let path = "/proc/self/exe"
        guard stat(path, &info) == 0 || stat(CommandLine.arguments[0], &info) == 0 else { return "unknown" }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }
}
