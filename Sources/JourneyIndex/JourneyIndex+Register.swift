import Foundation
import GRDB
import JourneyModel

extension JourneyIndex {
    /// The kept result of checking the root's own register, when the register's files and the
    /// root's council folders (the councils it may name) are those it was kept under.
    public func registerCheck() -> RegisterCheck? {
        let fingerprint = registerFingerprint()
        registerSeen.withLock { $0 = fingerprint }
        let kept = try? queue.read { db in
            try Row.fetchAll(db, sql: "SELECT key, value FROM meta WHERE key IN ('register-fingerprint', 'register-check')")
        }
        let values = Dictionary((kept ?? []).map { ($0["key"] as String, $0["value"] as DatabaseValue) }) { old, _ in old }
        guard values["register-fingerprint"].flatMap(Data.fromDatabaseValue) == fingerprint,
              let data = values["register-check"].flatMap(Data.fromDatabaseValue),
              let found = try? RegisterCheck(encoded: data) else { return nil }
        return found.mapped { renamed($0, from: Self.rootMark, to: name) }
    }

    /// Keeps what checking the register found, unless its files changed while it was checked.
    public func keep(registerCheck found: RegisterCheck) {
        let fingerprint = registerFingerprint()
        guard registerSeen.withLock({ $0 }) == fingerprint else { return }
        let check = found.mapped { renamed($0, from: name, to: Self.rootMark) }.encoded()
        try? queue.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO meta (key, value) VALUES ('register-fingerprint', ?), ('register-check', ?)
                """, arguments: [fingerprint, check])
        }
    }

    /// The fingerprint of every file in `interventions/` and of every entry in `councils/`.
    private func registerFingerprint() -> Data {
        let register = FolderListing.entries(of: rootPath + "/interventions", prefix: "interventions/")
        let councils = FolderListing.entries(of: rootPath + "/councils", prefix: "councils/", recursive: false)
        return fingerprint(of: (["interventions", "councils"] + register + councils).sorted())
    }
}
