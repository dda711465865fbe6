extension KeyTable {
    /// The browser's keys, following tig, less and neomutt: vi keys and arrows, `/ ? n N`,
    /// `g G`, `q` to go back (and to quit from the first screen), `?` or F1 for help.
    public static let standard = KeyTable(bindings: globalBindings + homeBindings + reviewBindings(in: .home)
        + eventBindings + reviewBindings(in: .event) + letterBindings + reviewBindings(in: .letter)
        + reportBindings + reviewBindings(in: .report) + improvementsBindings + searchBindings + pickerBindings + textEntryBindings)

    private static let globalBindings: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .moveDown, in: .global, help: "Move down one line", hint: "move"),
        KeyBinding([.character("k"), .up], .moveUp, in: .global, help: "Move up one line", hint: "move"),
        KeyBinding([.character(" "), .pageDown], .pageDown, in: .global, help: "Move down one page"),
        KeyBinding([.character("b"), .pageUp], .pageUp, in: .global, help: "Move up one page"),
        KeyBinding([.character("g"), .home], .moveToFirst, in: .global, help: "Go to the first line"),
        KeyBinding([.character("G"), .end], .moveToLast, in: .global, help: "Go to the last line"),
        KeyBinding([.enter], .open, in: .global, help: "Open the selected item", hint: "open"),
        KeyBinding([.character("q")], .leave, in: .global,
                   help: "Go back to the previous screen; on the first screen, quit journey", hint: "back"),
        KeyBinding([.escape], .back, in: .global, help: "Go back to the previous screen (never quits)", hint: "back"),
        KeyBinding([.character("?"), .function(1)], .help, in: .global, help: "Show every key", hint: "help"),
        KeyBinding([.control("l")], .redraw, in: .global, help: "Redraw the screen"),
        KeyBinding([.control("c")], .quit, in: .global, help: "Quit journey"),
    ]

    private static let homeBindings: [KeyBinding] = [
        KeyBinding([.character("/")], .search, in: .home, help: "Search events and letters", hint: "search"),
        KeyBinding([.left, .character("h")], .previousMonth, in: .home,
                   help: "Date cursor: the first of the month before", hint: "date"),
        KeyBinding([.right, .character("l")], .nextMonth, in: .home,
                   help: "Date cursor: the first of the month after", hint: "date"),
        KeyBinding([.character("[")], .previousYear, in: .home,
                   help: "Date cursor: the first of the month a year before"),
        KeyBinding([.character("]")], .nextYear, in: .home, help: "Date cursor: the first of the month a year after"),
        KeyBinding([.character("t")], .goToToday, in: .home, help: "Date cursor: back to today"),
        KeyBinding([.character("d")], .goToDate, in: .home,
                   help: "Date cursor: type a date (2021-06-01, 2021-06, 2021 or 1 June 2021)"),
        KeyBinding([.character("f")], .cycleFilter, in: .home,
                   help: "Next filter: all, inspections, visits, directions, letters, flagged, not reviewed, noted",
                   hint: "filter"),
        KeyBinding([.character("1")], .showAll, in: .home, help: "Show every event"),
        KeyBinding([.character("2")], .showInspections, in: .home, help: "Show inspections only"),
        KeyBinding([.character("3")], .showVisits, in: .home, help: "Show focused and monitoring visits only"),
        KeyBinding([.character("4")], .showDirections, in: .home,
                   help: "Show directions, improvement notices and ministerial decisions only"),
        KeyBinding([.character("5")], .showLetters, in: .home, help: "Show letters only"),
        KeyBinding([.character("6")], .showFlagged, in: .home, help: "Show the rows you flagged"),
        KeyBinding([.character("7")], .showUnreviewed, in: .home, help: "Show the rows not yet marked reviewed"),
        KeyBinding([.character("8")], .showNoted, in: .home, help: "Show the rows with notes"),
        KeyBinding([.character("p")], .togglePeople, in: .home,
                   help: "Detail pane: the people in post on the date cursor's day, or the selection again",
                   hint: "people"),
        KeyBinding([.character("s")], .toggleStep, in: .home,
                   help: "Keep the date cursor and the selection in step: selecting an event moves the cursor "
                       + "to its day, moving the cursor selects the latest event by then", hint: "step"),
        KeyBinding([.tab, .backTab], .switchPane, in: .home,
                   help: "Switch between the timeline and the detail pane", hint: "pane"),
        KeyBinding([.character("c")], .councilPicker, in: .home,
                   help: "Choose another council: an overview of every council", hint: "councils"),
        KeyBinding([.character("i")], .compareImprovements, in: .home,
                   help: "What each inspection asked to improve, side by side", hint: "improve"),
        KeyBinding([.character("B")], .writeBriefing, in: .home,
                   help: "Write the briefing on the date cursor's day to $XDG_DATA_HOME/journey/briefings/ (HTML)"),
    ]

    /// The advisor's notes and marks, on what the screen shows: the selected row (home), the
    /// event, the letter, or the report's page.
    private static func reviewBindings(in context: KeyContext) -> [KeyBinding] {
        let what: String
        switch context {
        case .home: what = "the selected row"
        case .event: what = "this event"
        case .letter: what = "this letter"
        default: what = "this page of the report"
        }
        var bindings = [
            KeyBinding([.character("a")], .addNote, in: context, help: "Add a note on \(what), typed on the status line"),
            KeyBinding([.character("e")], .editNote, in: context, help: "Edit the latest note on \(what)"),
            KeyBinding([.character("E")], .noteInEditor, in: context,
                       help: "Write the note on \(what) in $VISUAL or $EDITOR (the latest one, to edit it)"),
            KeyBinding([.character("F")], .toggleFlag, in: context, help: "Flag \(what), or clear its flag"),
            KeyBinding([.character("r")], .toggleReviewed, in: context,
                       help: "Mark \(what) reviewed, or clear the mark"),
        ]
        if context == .home {
            bindings.append(KeyBinding([.character("A")], .noteOnCouncil, in: .home,
                                       help: "Add a note on the council as a whole (shown with the people, p)"))
        }
        return bindings
    }

    private static let eventBindings: [KeyBinding] = [
        KeyBinding([.tab], .nextLink, in: .event,
                   help: "Select the next link: the report, a grade (its section), an improvement, a letter",
                   hint: "link"),
        KeyBinding([.backTab], .previousLink, in: .event, help: "Select the previous link"),
        KeyBinding([.enter], .open, in: .event,
                   help: "Open the selected link (with none, the report); a grade opens the report at its section",
                   hint: "open"),
    ]

    private static let letterBindings: [KeyBinding] = readerSearchBindings(in: .letter, of: "letter") + [
        KeyBinding([.tab], .nextQuote, in: .letter, help: "Next quoted phrase that cites an event", hint: "quote"),
        KeyBinding([.backTab], .previousQuote, in: .letter, help: "Previous quoted phrase"),
        KeyBinding([.enter], .open, in: .letter, help: "Open the event the selected quote cites",
                   hint: "event"),
    ]

    /// The reader's search keys, as less has them.
    private static func readerSearchBindings(in context: KeyContext, of what: String) -> [KeyBinding] {
        [
            KeyBinding([.character("/")], .searchForward, in: context, help: "Search forward in the \(what)",
                       hint: "search"),
            KeyBinding([.character("?")], .searchBackward, in: context, help: "Search backward in the \(what)"),
            KeyBinding([.character("n")], .nextMatch, in: context, help: "Next match", hint: "match"),
            KeyBinding([.character("N")], .previousMatch, in: context, help: "Previous match", hint: "match"),
        ]
    }

    private static let reportBindings: [KeyBinding] = readerSearchBindings(in: .report, of: "report") + [
        KeyBinding([.character("]")], .nextPage, in: .report, help: "Next page of the report", hint: "page"),
        KeyBinding([.character("[")], .previousPage, in: .report, help: "Previous page of the report", hint: "page"),
    ]

    private static let improvementsBindings: [KeyBinding] = [
        KeyBinding([.left, .character("h")], .earlierReports, in: .improvements, help: "Show earlier inspections",
                   hint: "earlier"),
        KeyBinding([.right, .character("l")], .laterReports, in: .improvements, help: "Show later inspections",
                   hint: "later"),
        KeyBinding([.enter], .open, in: .improvements, help: "Open the left column's report", hint: "open"),
    ]

    private static let searchBindings: [KeyBinding] = [
        KeyBinding([.character("/")], .search, in: .search, help: "Edit the query", hint: "edit"),
        KeyBinding([.enter], .open, in: .search, help: "Open the selected hit: an event's page, or a letter at its line",
                   hint: "open"),
    ]

    private static let pickerBindings: [KeyBinding] = [
        KeyBinding([.enter], .open, in: .picker, help: "Browse the selected council", hint: "open"),
        KeyBinding([.character("/")], .filterCouncils, in: .picker, help: "Filter councils by name or region",
                   hint: "filter"),
        KeyBinding([.tab, .character(">")], .cycleSort, in: .picker, help: "Sort by the next column", hint: "sort"),
        KeyBinding([.backTab, .character("<")], .previousSort, in: .picker, help: "Sort by the previous column"),
        KeyBinding([.character("r")], .reverseSort, in: .picker, help: "Reverse the order"),
        KeyBinding([.character("f")], .cycleFilter, in: .picker,
                   help: "Show: all, under direction as recorded, latest Inadequate, next inspection overdue", hint: "show"),
        KeyBinding([.character("1")], .showAll, in: .picker, help: "Show every council"),
        KeyBinding([.character("2")], .showUnderDirection, in: .picker, help: "Show councils under a direction as recorded (not former councils)"),
        KeyBinding([.character("3")], .showInadequate, in: .picker, help: "Show councils whose latest grade is Inadequate"),
        KeyBinding([.character("4")], .showOverdue, in: .picker,
                   help: "Show councils whose next inspection window has passed (an estimate)"),
    ]

    private static let textEntryBindings: [KeyBinding] = [
        KeyBinding([.enter], .submit, in: .textEntry, help: "Accept what was typed", hint: "accept"),
        KeyBinding([.escape], .cancel, in: .textEntry, help: "Cancel", hint: "cancel"),
        KeyBinding([.backspace, .delete], .deleteBackward, in: .textEntry, help: "Delete the last character"),
    ]
}
