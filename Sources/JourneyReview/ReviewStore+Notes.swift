import Foundation
import GRDB
import JourneyModel

extension ReviewStore {
    /// One council's notes (oldest first) and marks.
    public func snapshot(councilID: String) throws -> ReviewSnapshot {
        try run {
            try queue.read { db in
                ReviewSnapshot(councilID: councilID, notes: try Self.notes(db, councilID: councilID),
                               marks: try Self.marks(db, councilID: councilID))
            }
        }
    }

    /// Every note, or one council's, oldest first.
    public func notes(councilID: String?) throws -> [ReviewNote] {
        try run { try queue.read { db in try Self.notes(db, councilID: councilID) } }
    }

    /// Adds a note and returns it with its number.
    public func addNote(councilID: String, target: ReviewTarget, text: String, author: String,
                        now: Date = Date()) throws -> ReviewNote {
        try run {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO note (council, target, text, author, created, updated) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [councilID, target.text, text, author, now, now])
                return ReviewNote(id: db.lastInsertedRowID, councilID: councilID, target: target, text: text,
                                  author: author, created: now, updated: now)
            }
        }
    }

    /// Replaces a note's text.
    ///
    /// - Throws: ``ReviewStoreError/noSuchNote(path:id:)`` when no note has the number.
    public func updateNote(id: Int64, text: String, now: Date = Date()) throws {
        let changed = try run {
            try queue.write { db in
                try db.execute(sql: "UPDATE note SET text = ?, updated = ? WHERE id = ?", arguments: [text, now, id])
                return db.changesCount
            }
        }
        if changed == 0 { throw ReviewStoreError.noSuchNote(path: url.path, id: id) }
    }

    /// Removes a note and returns it.
    ///
    /// - Throws: ``ReviewStoreError/noSuchNote(path:id:)`` when no note has the number.
    @discardableResult
    public func removeNote(id: Int64) throws -> ReviewNote {
        let removed = try run {
            try queue.write { db -> ReviewNote? in
                let row = try Row.fetchOne(db, sql: "SELECT * FROM note WHERE id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [id])
                return row.flatMap(Self.note)
            }
        }
        guard let removed else { throw ReviewStoreError.noSuchNote(path: url.path, id: id) }
        return removed
    }

    /// Sets a target's mark, or clears it (nil).
    public func setMark(_ mark: ReviewMark?, on target: ReviewTarget, councilID: String, author: String,
                        now: Date = Date()) throws {
        try run {
            try queue.write { db in
                guard let mark else {
                    try db.execute(sql: "DELETE FROM mark WHERE council = ? AND target = ?",
                                   arguments: [councilID, target.text])
                    return
                }
                try db.execute(sql: """
                    INSERT INTO mark (council, target, mark, author, updated) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (council, target) DO UPDATE SET mark = excluded.mark, author = excluded.author,
                        updated = excluded.updated
                    """, arguments: [councilID, target.text, mark.rawValue, author, now])
            }
        }
    }

    private static func notes(_ db: Database, councilID: String?) throws -> [ReviewNote] {
        let rows = if let councilID {
            try Row.fetchAll(db, sql: "SELECT * FROM note WHERE council = ? ORDER BY id", arguments: [councilID])
        } else {
            try Row.fetchAll(db, sql: "SELECT * FROM note ORDER BY council, id")
        }
        return rows.compactMap(note)
    }

    private static func marks(_ db: Database, councilID: String) throws -> [ReviewTarget: ReviewMark] {
        var marks: [ReviewTarget: ReviewMark] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT target, mark FROM mark WHERE council = ?", arguments: [councilID]) {
            guard let target = ReviewTarget(parsing: row["target"]), let mark = ReviewMark(rawValue: row["mark"]) else {
                continue
            }
            marks[target] = mark
        }
        return marks
    }

    /// A note from its row; a target this version cannot read is kept as an event id of its
    /// whole text, so the note is still listed (as orphaned) rather than dropped.
    private static func note(_ row: Row) -> ReviewNote? {
        let targetText: String = row["target"]
        return ReviewNote(id: row["id"], councilID: row["council"],
                          target: ReviewTarget(parsing: targetText) ?? .event(targetText), text: row["text"],
                          author: row["author"], created: row["created"], updated: row["updated"])
    }
}

extension ReviewStore {
    /// The councils with notes or marks, in order.
    public func councilIDs() throws -> [String] {
        try run {
            try queue.read { db in
                try String.fetchAll(db, sql: "SELECT council FROM note UNION SELECT council FROM mark ORDER BY 1")
            }
        }
    }
}
