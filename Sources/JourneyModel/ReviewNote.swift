import Foundation

/// An advisor's note: free text on a council, an event, a letter or a report (or one page).
public struct ReviewNote: Hashable, Sendable, Identifiable {
    /// The store's number for the note, which `journey note remove` takes.
    public var id: Int64
    public var councilID: String
    public var target: ReviewTarget
    public var text: String
    /// Who wrote it: the login name, or `--author` / `JOURNEY_AUTHOR`.
    public var author: String
    public var created: Date
    public var updated: Date

    public init(id: Int64, councilID: String, target: ReviewTarget, text: String, author: String,
                created: Date, updated: Date) {
        self.id = id
        self.councilID = councilID
        self.target = target
        self.text = text
        self.author = author
        self.created = created
        self.updated = updated
    }
}
