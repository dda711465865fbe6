import JourneyModel

/// Where the browser keeps the advisor's notes and marks. The executable gives the runner one
/// (over the review store), so the UI core needs no database; tests give an in-memory one.
///
/// Every method reads or writes at once (no transaction stays open), so another process may
/// write between two calls; each write returns the council's notes and marks as they are after
/// it, the other process's changes included.
public protocol ReviewKeeping: AnyObject {
    /// The notes and marks on a council.
    func snapshot(councilID: String) throws -> ReviewSnapshot
    /// Adds a note, or replaces note `noteID`'s text.
    func saveNote(_ edit: NoteEdit) throws -> ReviewSnapshot
    /// Sets or clears (nil) a target's mark.
    func setMark(_ mark: ReviewMark?, on target: ReviewTarget, councilID: String) throws -> ReviewSnapshot
    /// Lets the user edit `text` in `$VISUAL` or `$EDITOR` (the terminal is handed over
    /// meanwhile) and returns what was saved; throws when the editor failed.
    func editInEditor(_ text: String) throws -> String?
    /// A one-off notice from the last call, such as where a damaged store was moved; read once.
    func takeNotice() -> String?
}

/// A note to write: new (no `noteID`), or new text for an existing one.
public struct NoteEdit: Hashable, Sendable {
    public var councilID: String
    public var target: ReviewTarget
    public var noteID: Int64?
    public var text: String

    public init(councilID: String, target: ReviewTarget, noteID: Int64?, text: String) {
        self.councilID = councilID
        self.target = target
        self.noteID = noteID
        self.text = text
    }
}
