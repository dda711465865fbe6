import JourneyModel

/// The inline note editor: the line being typed, what the note is on, and the note it
/// replaces when editing one.
public struct NotePrompt: Hashable, Sendable {
    public var target: ReviewTarget
    /// The note being edited; nil for a new note.
    public var noteID: Int64?
    public var line: TextPrompt

    public init(target: ReviewTarget, noteID: Int64?, label: String, text: String = "") {
        self.target = target
        self.noteID = noteID
        line = TextPrompt(label: label, text: text)
    }
}
