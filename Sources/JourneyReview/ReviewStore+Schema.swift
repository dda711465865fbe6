import GRDB

extension ReviewStore {
    /// The schema's versions, oldest first. A migration, once released, is never changed: a
    /// new version appends one (docs/review.md).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: notes and marks") { db in
            try db.execute(sql: """
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    council TEXT NOT NULL,
                    target TEXT NOT NULL,
                    text TEXT NOT NULL,
                    author TEXT NOT NULL,
                    created TEXT NOT NULL,
                    updated TEXT NOT NULL
                );
                CREATE INDEX note_by_council ON note (council, target);
                CREATE TABLE mark (
                    council TEXT NOT NULL,
                    target TEXT NOT NULL,
                    mark TEXT NOT NULL CHECK (mark IN ('flagged', 'reviewed')),
                    author TEXT NOT NULL,
                    updated TEXT NOT NULL,
                    PRIMARY KEY (council, target)
                );
                """)
        }
        return migrator
    }
}
