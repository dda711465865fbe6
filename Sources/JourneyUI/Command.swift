/// Every action the browser can take. Keys map to commands through the ``KeyTable``;
/// the reducer applies them. The raw value is the command's name in docs/keys.md.
public enum Command: String, CaseIterable, Hashable, Sendable {
    // Movement, interpreted by the screen on top.
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case moveToFirst = "move-to-first"
    case moveToLast = "move-to-last"
    // Screens.
    case open
    case back
    case quit
    case leave
    case help
    case redraw
    case councilPicker = "council-picker"
    // The home screen.
    case switchPane = "switch-pane"
    case cycleFilter = "cycle-filter"
    case showAll = "show-all"
    case showInspections = "show-inspections"
    case showVisits = "show-visits"
    case showDirections = "show-directions"
    case showLetters = "show-letters"
    case previousMonth = "previous-month"
    case nextMonth = "next-month"
    case previousYear = "previous-year"
    case nextYear = "next-year"
    case goToToday = "go-to-today"
    case goToDate = "go-to-date"
    case togglePeople = "toggle-people"
    case toggleStep = "toggle-step"
    // Searching.
    case search
    case searchForward = "search-forward"
    case searchBackward = "search-backward"
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    // The letter reader's quotes and the event screen's links.
    case nextQuote = "next-quote"
    case previousQuote = "previous-quote"
    case nextLink = "next-link"
    case previousLink = "previous-link"
    // The report reader's pages.
    case nextPage = "next-page"
    case previousPage = "previous-page"
    // What each inspection asked to improve, side by side.
    case compareImprovements = "compare-improvements"
    case earlierReports = "earlier-reports"
    case laterReports = "later-reports"
    // The council picker.
    case filterCouncils = "filter-councils"
    case cycleSort = "cycle-sort"
    case previousSort = "previous-sort"
    case reverseSort = "reverse-sort"
    case showUnderDirection = "show-under-direction"
    case showInadequate = "show-inadequate"
    case showOverdue = "show-overdue"
    // The briefing to hand on: the council on the date cursor's day, written to a file.
    case writeBriefing = "write-briefing"
    // Text entry (typed characters are not commands).
    case submit
    case cancel
    case deleteBackward = "delete-backward"
}
