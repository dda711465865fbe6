import Foundation
import GRDB
import JourneyModel

extension JourneyIndex {
    /// The kept summaries of the councils `ids` whose files are unchanged (the same check as
    /// ``result(for:)``: the files' fingerprint, else their content hash), read in one query
    /// without decoding any council's result. A council's folder is listed again only when one
    /// of its folders may have gained or lost an entry since its fingerprint was taken
    /// (``FileFingerprint/holds(_:under:listed:)``); otherwise its files are only looked at.
    public func summaries(for ids: [String]) -> [String: CouncilSummary] {
        let rows: [Row]
        do {
            rows = try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT id, fingerprint, listed, hash, summary FROM councils")
            }
        } catch {
            warnOnce("journey: warning: the index \(path) could not answer for the councils (\(error)); reading the files")
            return [:]
        }
        let wanted = Set(ids)
        // The register's files are every council's: their fingerprint is taken once.
        let shared = fingerprint(of: registerFiles)
        var found: [String: CouncilSummary] = [:]
        var confirmed: [(id: String, fingerprint: Data, listed: Int64)] = []
        for row in rows {
            let id: String = row["id"]
            guard wanted.contains(id) else { continue }
            let kept: Data = row["fingerprint"]
            let fingerprint: Data
            if holds(kept, shared: shared, listed: row["listed"]) {
                fingerprint = kept
            } else {
                let listed = FileFingerprint.now()
                let own = ownFiles(id)
                fingerprint = self.fingerprint(of: own) + shared
                if kept != fingerprint {
                    // The hash is read only now: for files unchanged, the fingerprint settles it.
                    let hash: String = row["hash"]
                    guard let now = contentHash(of: own + registerFiles), now == hash else { continue }
                }
                confirmed.append((id, fingerprint, listed))
            }
            seen.withLock { $0[id] = fingerprint }
            let data: Data = row["summary"]
            guard var summary = try? CouncilSummary(encoded: data) else { continue }
            summary.diagnostics = renamed(summary.diagnostics, from: Self.rootMark, to: name)
            found[id] = summary
        }
        guard !confirmed.isEmpty else { return found }
        try? queue.write { db in
            for (id, fingerprint, listed) in confirmed {
                try db.execute(sql: "UPDATE councils SET fingerprint = ?, listed = ? WHERE id = ?",
                               arguments: [fingerprint, listed, id])
            }
        }
        return found
    }

    /// Whether a council's kept fingerprint still holds without listing its folder: it ends
    /// with the register's, and its own files are as it says (``FileFingerprint/holds(_:under:listed:)``).
    private func holds(_ kept: Data, shared: Data, listed: Int64) -> Bool {
        guard kept.count >= shared.count, kept.suffix(shared.count) == shared else { return false }
        return FileFingerprint.holds(kept.prefix(kept.count - shared.count), under: rootPath, listed: listed)
    }
}
