import Foundation
import GRDB
import JourneyModel

extension JourneyIndex {
    /// The kept result of checking the root's own register, when the register's files and the
    /// root's council folders (the councils it may name) are those it was kept under.
    public func registerCheck() -> [Diagnostic]? {
        let fingerprint = registerFingerprint()
        registerSeen.withLock { $0 = fingerprint }
        let kept = try? queue.read { db in
            try Row.fetchAll(db, sql: "SELECT key, value FROM meta WHERE key IN ('register-fingerprint', 'register-check')")
        }
        let values = Dictionary((kept ?? []).map { ($0["key"] as String, $0["value"] as String) }) { first, _ in first }
        guard values["register-fingerprint"] == fingerprint, let json = values["register-check"],
              let found = try? JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8)) else { return nil }
        return renamed(found, from: Self.rootMark, to: name)
    }

    /// Keeps what checking the register found, unless its files changed while it was checked.
    public func keep(registerCheck found: [Diagnostic]) {
        let fingerprint = registerFingerprint()
        guard registerSeen.withLock({ $0 }) == fingerprint,
              let json = try? JSONEncoder().encode(renamed(found, from: name, to: Self.rootMark)) else { return }
        try? queue.write { db in
            for (key, value) in [("register-fingerprint", fingerprint), ("register-check", String(decoding: json, as: UTF8.self))] {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
    }

    /// The fingerprint of every file in `interventions/` and of every entry in `councils/`.
    private func registerFingerprint() -> String {
        let register = FolderListing.entries(of: rootPath + "/interventions").map { "interventions/" + $0 }
        let councils = FolderListing.entries(of: rootPath + "/councils", recursive: false).map { "councils/" + $0 }
        return fingerprint(of: (["interventions", "councils"] + register + councils).sorted())
    }
}
