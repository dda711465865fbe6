/// One council's notes and marks as the review store held them when read.
public struct ReviewSnapshot: Hashable, Sendable {
    public var councilID: String
    /// Oldest first.
    public var notes: [ReviewNote]
    public var marks: [ReviewTarget: ReviewMark]

    public init(councilID: String, notes: [ReviewNote] = [], marks: [ReviewTarget: ReviewMark] = [:]) {
        self.councilID = councilID
        self.notes = notes
        self.marks = marks
    }

    /// The notes on one target, oldest first.
    public func notes(on target: ReviewTarget) -> [ReviewNote] { notes.filter { $0.target == target } }

    /// Whether anything is noted or marked at all.
    public var isEmpty: Bool { notes.isEmpty && marks.isEmpty }

    /// The notes whose target the council no longer holds (after a re-import, say).
    public func orphans(in council: Council) -> [ReviewNote] { notes.filter { !$0.target.exists(in: council) } }
}
