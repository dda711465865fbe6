import Foundation
import GRDB
import JourneyModel

extension JourneyIndex {
    /// Every hit of `phrase` in the events, letters and reports of the councils `ids`, by council,
    /// as ``Council/search(_:reportTexts:)`` finds them given every report's text, answered from
    /// the kept search units (``Council/searchUnits(reportTexts:)``) without loading a council or
    /// reading a report: the trigram full-text index names the units that may hold the phrase
    /// (every unit, for a phrase shorter than three characters), and each is searched as the
    /// council would search it.
    ///
    /// A council is answered only when its kept units are of the files seen when it was last
    /// checked or loaded through this index (ask after the catalogue's summaries or loads), and
    /// every report's text could be read when it was kept. The others are left out, for the
    /// caller to search from their files (where a report that cannot be read is reported).
    /// Nil when the index cannot be read.
    public func hits(of phrase: String, in ids: [String]) -> [String: [SearchHit]]? {
        // The key's whitespace is single spaces: trimmed by hand (Foundation's trimming is a
        // tenth of a search that finds nothing).
        var key = Substring(TextFolding.searchKey(phrase))
        while key.first == " " { key.removeFirst() }
        while key.last == " " { key.removeLast() }
        let narrows = key.unicodeScalars.count >= 3
        let match = "\"" + key.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let prepared = SearchPhrase(phrase)
        do {
            return try queue.read { db in
                var found = Dictionary(uniqueKeysWithValues: try currentCouncils(among: ids, db).map { ($0, [SearchHit]()) })
                let rows = narrows
                    ? try Row.fetchCursor(db, sql: """
                        SELECT council, unit FROM units WHERE id IN (SELECT rowid FROM unitText WHERE unitText MATCH ?)
                        ORDER BY id
                        """, arguments: [match])
                    : try Row.fetchCursor(db, sql: "SELECT council, unit FROM units ORDER BY id")
                while let row = try rows.next() {
                    let council: String = row[0]
                    guard found[council] != nil else { continue }
                    let unit = try SearchUnit(encoded: row[1])
                    found[council]?.append(contentsOf: unit.hits(of: prepared))
                }
                return found
            }
        } catch {
            warnOnce("journey: warning: the index \(path) could not be searched (\(error)); searching the files")
            return nil
        }
    }

    /// Those of the councils `ids` whose kept units can answer a search: kept from the files
    /// last seen, every report read.
    private func currentCouncils(among ids: [String], _ db: Database) throws -> [String] {
        let wanted = Set(ids)
        let seen = seen.withLock { $0 }
        var current: [String] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, fingerprint FROM councils WHERE searchable")
        while let row = try rows.next() {
            let id: String = row[0]
            guard wanted.contains(id), let fingerprint = seen[id], fingerprint == row[1] as Data else { continue }
            current.append(id)
        }
        return current
    }

    /// What a council's result gives to search: its units (the text of each report read from
    /// its file now, once per change of the council's files), and whether every report's text
    /// could be read.
    func searchUnits(of result: CouncilLoader.Result) -> (units: [SearchUnit], everyReport: Bool) {
        guard let council = result.councils.first else { return ([], true) }
        let tree = DiskTree(root: root)
        var texts: [String: ReportText] = [:]
        for report in council.reports {
            guard let text = try? CouncilLoader.text(of: report, in: tree) else { return ([], false) }
            texts[report.id] = text
        }
        return (council.searchUnits(reportTexts: texts), true)
    }

    /// Replaces the council's kept units.
    func keep(_ units: [SearchUnit], for id: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM units WHERE council = ?", arguments: [id])
        let insert = try db.cachedStatement(sql: "INSERT INTO units (council, unit, body) VALUES (?, ?, ?)")
        for unit in units {
            let body = TextFolding.searchKey(unit.lines.joined(separator: "\n"))
            try insert.execute(arguments: [id, unit.encoded(), body])
        }
    }
}
