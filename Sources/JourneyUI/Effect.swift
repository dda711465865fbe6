import JourneyModel

/// What the run loop must do after a command, as data, so the reducer stays pure.
public enum Effect: Hashable, Sendable {
    /// Leave the loop with this exit code.
    case quit(Int32)
    /// Repaint every cell, not just those that changed (Ctrl-L, resume after Ctrl-Z).
    case redraw
    /// Read these reports' texts (from the data they were loaded from) and hand them back
    /// through ``Reducer/reduce(_:loaded:failures:)``.
    case loadReportTexts(councilID: String, reportIDs: [String])
    /// Read the council's notes and marks and hand them back through
    /// ``Reducer/reduce(_:review:notice:)``.
    case loadReview(councilID: String)
    /// Write a note (typed in the browser), then hand the notes and marks back.
    case saveNote(NoteEdit)
    /// Let the user write the note in `$VISUAL`/`$EDITOR`, then save it as ``saveNote(_:)`` does.
    case editNoteInEditor(NoteEdit)
    /// Set or clear a mark, then hand the notes and marks back.
    case setMark(ReviewMark?, target: ReviewTarget, councilID: String)
    /// Write the briefing on this council on this day, and hand back where it went through
    /// ``Reducer/reduce(_:briefingWritten:)``.
    case writeBriefing(councilID: String, day: CalendarDay)
}
