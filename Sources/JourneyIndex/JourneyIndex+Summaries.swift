import Foundation
import GRDB
import JourneyModel

extension JourneyIndex {
    /// The kept summaries of the councils `ids` whose files are unchanged (the same check as
    /// ``result(for:)``: the files' fingerprint, else their content hash), read in one query
    /// without decoding any council's result.
    public func summaries(for ids: [String]) -> [String: CouncilSummary] {
        let rows: [Row]
        do {
            rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT id, fingerprint, hash, summary FROM councils") }
        } catch {
            warnOnce("journey: warning: the index \(path) could not answer for the councils (\(error)); reading the files")
            return [:]
        }
        let wanted = Set(ids)
        var found: [String: CouncilSummary] = [:]
        var confirmed: [(id: String, fingerprint: Data)] = []
        for row in rows {
            let id: String = row["id"]
            guard wanted.contains(id) else { continue }
            let files = councilFiles(id)
            let fingerprint = fingerprint(of: files)
            seen.withLock { $0[id] = fingerprint }
            let kept: Data = row["fingerprint"]
            if kept != fingerprint {
                // The hash is read only now: for files unchanged, the fingerprint settles it.
                let hash: String = row["hash"]
                guard let now = contentHash(of: files), now == hash else { continue }
                confirmed.append((id, fingerprint))
            }
            let data: Data = row["summary"]
            guard var summary = try? CouncilSummary(encoded: data) else { continue }
            summary.diagnostics = renamed(summary.diagnostics, from: Self.rootMark, to: name)
            found[id] = summary
        }
        guard !confirmed.isEmpty else { return found }
        try? queue.write { db in
            for (id, fingerprint) in confirmed {
                try db.execute(sql: "UPDATE councils SET fingerprint = ? WHERE id = ?", arguments: [fingerprint, id])
            }
        }
        return found
    }
}
