import Foundation

/// One note of the advisor's review as the briefing shows it: what it is about, its text, who
/// wrote it and when. The review store (a module of its own) turns its notes into these.
public struct BriefingNote: Hashable, Sendable {
    /// The id of the event, letter or report the note is on; nil for a note on the council as a whole.
    public var targetID: String?
    /// What the note is on, for people, as the store knows it (e.g. its title when it was written),
    /// used when the id is no longer in the council's data.
    public var targetLabel: String
    public var text: String
    public var author: String
    public var written: Date

    public init(targetID: String?, targetLabel: String, text: String, author: String, written: Date) {
        self.targetID = targetID
        self.targetLabel = targetLabel
        self.text = text
        self.author = author
        self.written = written
    }
}
