import Foundation
import GRDB
import JourneyModel
import Synchronization

extension JourneyIndex {
    /// The kept summaries of the councils `ids` whose files are unchanged (the same check as
    /// ``result(for:)``: the files' fingerprint, else their content hash), read in one query
    /// without decoding any council's result. A council's folder is listed again only when one
    /// of its folders may have gained or lost an entry since its fingerprint was taken
    /// (``FileFingerprint/holds(_:in:listed:)``); otherwise its files are only looked at.
    ///
    /// Each council is checked and decoded apart from the others, so the councils are shared
    /// among the processor's cores that are free: at each start of the picker this is most of
    /// the work.
    public func summaries(for ids: [String]) -> [String: CouncilSummary] {
        let wanted = Set(ids)
        let asked: [Kept]
        do {
            // A cursor read by column position: no copy of each row, no look-up of each column's name.
            asked = try queue.read { db in
                var kept: [Kept] = []
                let rows = try Row.fetchCursor(db, sql: "SELECT id, fingerprint, listed, summary FROM councils")
                while let row = try rows.next() {
                    let id: String = row[0]
                    guard wanted.contains(id) else { continue }
                    kept.append(Kept(id: id, fingerprint: row[1], listed: row[2], summary: row[3]))
                }
                return kept
            }
        } catch {
            warnOnce("journey: warning: the index \(path) could not answer for the councils (\(error)); reading the files")
            return [:]
        }
        // The register's files are every council's: their fingerprint is taken once.
        let shared = fingerprint(of: registerFiles)
        let folder = FingerprintFolder(rootPath)
        let checked = Mutex<[Checked]>([])
        // One council an iteration: a core that is busy elsewhere leaves its share to the others.
        DispatchQueue.concurrentPerform(iterations: asked.count) { index in
            guard let found = check(asked[index], shared: shared, in: folder) else { return }
            checked.withLock { $0.append(found) }
        }
        let all = checked.withLock { $0 }
        let confirmed = all.compactMap { item in item.confirmed.map { (item.id, $0.fingerprint, $0.listed) } }
        let found = Dictionary(all.compactMap { item in item.summary.map { (item.id, $0) } }) { first, _ in first }
        guard !confirmed.isEmpty else { return found }
        try? queue.write { db in
            for (id, fingerprint, listed) in confirmed {
                try db.execute(sql: "UPDATE councils SET fingerprint = ?, listed = ? WHERE id = ?",
                               arguments: [fingerprint, listed, id])
            }
        }
        return found
    }

    /// A council's row: its files' fingerprint when it was kept, when their listing began, and
    /// its summary in compiled form.
    private struct Kept: Sendable {
        let id: String
        let fingerprint: Data
        let listed: Int64
        let summary: Data
    }

    /// What checking one council's kept summary found.
    private struct Checked {
        let id: String
        /// The summary, when the files are unchanged and it decodes.
        let summary: CouncilSummary?
        /// The fingerprint and listing time to keep, when the files were listed again and found
        /// unchanged.
        let confirmed: (fingerprint: Data, listed: Int64)?
    }

    /// Checks a council's row: whether its files are unchanged (noting the fingerprint as seen)
    /// and, if so, its summary; nil when they changed.
    private func check(_ row: Kept, shared: Data, in folder: FingerprintFolder) -> Checked? {
        let id = row.id, kept = row.fingerprint
        let fingerprint: Data
        var confirmed: (fingerprint: Data, listed: Int64)?
        if holds(kept, shared: shared, listed: row.listed, in: folder) {
            fingerprint = kept
        } else {
            let listed = FileFingerprint.now()
            let own = ownFiles(id)
            fingerprint = self.fingerprint(of: own) + shared
            if kept != fingerprint {
                // The hash is read only now: for files unchanged, the fingerprint settles it.
                let hash = try? queue.read { db in
                    try String.fetchOne(db, sql: "SELECT hash FROM councils WHERE id = ?", arguments: [id])
                }
                guard let hash, let now = contentHash(of: own + registerFiles), now == hash else { return nil }
            }
            confirmed = (fingerprint, listed)
        }
        seen.withLock { $0[id] = fingerprint }
        var summary = try? CouncilSummary(encoded: row.summary)
        if let diagnostics = summary?.diagnostics {
            summary?.diagnostics = renamed(diagnostics, from: Self.rootMark, to: name)
        }
        return Checked(id: id, summary: summary, confirmed: confirmed)
    }

    /// Whether a council's kept fingerprint still holds without listing its folder: it ends
    /// with the register's, and its own files are as it says (``FileFingerprint/holds(_:in:listed:)``,
    /// `folder` being the root).
    private func holds(_ kept: Data, shared: Data, listed: Int64, in folder: FingerprintFolder) -> Bool {
        guard kept.count >= shared.count, kept.suffix(shared.count) == shared else { return false }
        return FileFingerprint.holds(kept.prefix(kept.count - shared.count), in: folder, listed: listed)
    }
}
