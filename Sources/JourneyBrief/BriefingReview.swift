/// What the briefing shows of the advisor's review: the notes, and which events, letters and
/// reports are flagged or marked reviewed (by id).
public struct BriefingReview: Hashable, Sendable {
    public var notes: [BriefingNote]
    public var flagged: Set<String>
    public var reviewed: Set<String>

    public init(notes: [BriefingNote] = [], flagged: Set<String> = [], reviewed: Set<String> = []) {
        self.notes = notes
        self.flagged = flagged
        self.reviewed = reviewed
    }

    /// No notes and no marks.
    public static let empty = BriefingReview()

    /// Whether there is nothing to show.
    public var isEmpty: Bool { notes.isEmpty && flagged.isEmpty && reviewed.isEmpty }
}
