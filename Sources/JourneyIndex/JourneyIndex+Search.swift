import Foundation
import GRDB
import JourneyModel

extension JourneyIndex {
    /// A piece of searchable text as the index keeps it: whose it is and its search key.
    struct SearchText {
        /// `council` (every field of its events and letters), `report`, or `unread` (a report
        /// whose file could not be read).
        var owner: String
        /// The report's id; empty for the council's own text.
        var ref: String
        /// ``TextFolding/searchKey(_:)`` of the text.
        var body: String
    }

    /// Where a search can find something: for each council, whether its events or letters
    /// may hold the phrase, which of its reports may, and which documents kept by other
    /// owners (``keepDocuments(_:owner:council:)``) may.
    public struct Candidates: Sendable, Equatable {
        public var councilText: Set<String> = []
        /// Owner (`report`, or another owner's name), then council id, then document ids.
        public var documents: [String: [String: Set<String>]] = [:]

        /// The reports that may hold the phrase, by council.
        public var reports: [String: Set<String>] { documents["report"] ?? [:] }

        /// Whether anything of the council may hold the phrase.
        public func includes(_ councilID: String) -> Bool {
            councilText.contains(councilID) || documents.values.contains { $0[councilID] != nil }
        }
    }

    /// The owners whose texts ``keep(_:for:)`` writes from a council's files.
    static let councilOwners = ["council", "report", "unread"]

    /// Keeps searchable documents that are not in a council's files (the hook for another
    /// store, such as reviewers' notes), replacing those the owner kept for the council before.
    /// ``candidates(for:)`` then names them under `owner`. Keeping them current is the
    /// owner's part: the index cannot see their files.
    ///
    /// - Parameters:
    ///   - documents: each document's id and text.
    ///   - owner: the kind of document, e.g. `note`; not `council`, `report` or `unread`.
    ///   - council: the council they belong to.
    public func keepDocuments(_ documents: [(id: String, text: String)], owner: String, council: String) throws {
        precondition(!Self.councilOwners.contains(owner), "owner \(owner) is the index's own")
        try queue.write { db in
            try db.execute(sql: "DELETE FROM texts WHERE council = ? AND owner = ?", arguments: [council, owner])
            for document in documents {
                try db.execute(sql: "INSERT INTO texts (council, owner, ref, body) VALUES (?, ?, ?, ?)",
                               arguments: [council, owner, document.id, TextFolding.searchKey(document.text)])
            }
        }
    }

    /// The councils and reports where `phrase` may occur, as ``Council/search(_:reportTexts:)``
    /// matches it (case and accents folded, whitespace runs alike): a superset of where it does,
    /// found through the trigram full-text index. Nil when the index cannot narrow the search
    /// (a phrase shorter than three characters) or cannot be read; then search everything.
    ///
    /// Only councils the index holds are answered for: ask after loading them through a
    /// catalogue that uses this index, so that each is current.
    public func candidates(for phrase: String) -> Candidates? {
        let key = TextFolding.searchKey(phrase).trimmingCharacters(in: .whitespaces)
        guard key.unicodeScalars.count >= 3 else { return nil }
        let match = "\"" + key.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        do {
            return try queue.read { db in
                var found = Candidates()
                // Reports whose text could not be read are always candidates: reading them
                // again reports the problem instead of passing over them.
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT council, owner, ref FROM texts WHERE texts MATCH ?
                    UNION ALL SELECT council, owner, ref FROM texts WHERE owner = 'unread'
                    """, arguments: [match])
                while let row = try rows.next() {
                    let council: String = row["council"]
                    let owner: String = row["owner"]
                    if owner != "council" {
                        found.documents[owner == "unread" ? "report" : owner, default: [:]][council, default: []]
                            .insert(row["ref"])
                    } else {
                        found.councilText.insert(council)
                    }
                }
                return found
            }
        } catch {
            warnOnce("journey: warning: the index \(path) could not be searched (\(error)); searching the files")
            return nil
        }
    }

    /// The texts kept for searching a council: its events' and letters' fields, and the text
    /// of each report (read from its file now, once per change of the council's files).
    func searchTexts(of result: CouncilLoader.Result) -> [SearchText] {
        guard let council = result.councils.first else { return [] }
        var texts = [SearchText(owner: "council", ref: "", body: TextFolding.searchKey(council.searchableText))]
        let tree = DiskTree(root: root)
        for report in council.reports {
            guard let text = try? CouncilLoader.text(of: report, in: tree) else {
                texts.append(SearchText(owner: "unread", ref: report.id, body: ""))
                continue
            }
            let lines = text.pages.flatMap(\.lines).joined(separator: "\n")
            texts.append(SearchText(owner: "report", ref: report.id, body: TextFolding.searchKey(lines)))
        }
        return texts
    }
}
