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
    /// Write the briefing on this council on this day, and hand back where it went through
    /// ``Reducer/reduce(_:briefingWritten:)``.
    case writeBriefing(councilID: String, day: CalendarDay)
}
