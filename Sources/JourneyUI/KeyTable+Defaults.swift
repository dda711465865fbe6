extension KeyTable {
    /// The browser's keys, following tig, less and neomutt: vi keys and arrows, `/ ? n N`,
    /// `g G`, `q` to go back (and to quit from the home screen), `?` or F1 for help.
    public static let standard = KeyTable(bindings: globalBindings + homeBindings + letterBindings
        + searchBindings + pickerBindings + textEntryBindings)

    private static let globalBindings: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .moveDown, in: .global, help: "Move down one line", hint: "move"),
        KeyBinding([.character("k"), .up], .moveUp, in: .global, help: "Move up one line", hint: "move"),
        KeyBinding([.character(" "), .pageDown], .pageDown, in: .global, help: "Move down one page"),
        KeyBinding([.character("b"), .pageUp], .pageUp, in: .global, help: "Move up one page"),
        KeyBinding([.character("g"), .home], .moveToFirst, in: .global, help: "Go to the first line"),
        KeyBinding([.character("G"), .end], .moveToLast, in: .global, help: "Go to the last line"),
        KeyBinding([.enter], .open, in: .global, help: "Open the selected item", hint: "open"),
        KeyBinding([.character("q"), .escape], .back, in: .global, help: "Go back to the previous screen",
                   hint: "back"),
        KeyBinding([.character("?"), .function(1)], .help, in: .global, help: "Show every key", hint: "help"),
        KeyBinding([.control("l")], .redraw, in: .global, help: "Redraw the screen"),
        KeyBinding([.control("c")], .quit, in: .global, help: "Quit journey"),
    ]

    private static let homeBindings: [KeyBinding] = [
        KeyBinding([.character("q")], .leave, in: .home,
                   help: "Quit journey; after following a quote, go back to its letter", hint: "quit"),
        KeyBinding([.character("/")], .search, in: .home, help: "Search events and letters", hint: "search"),
        KeyBinding([.tab, .backTab], .switchPane, in: .home,
                   help: "Switch between the timeline and the detail pane", hint: "pane"),
        KeyBinding([.character("f")], .cycleFilter, in: .home,
                   help: "Filter the timeline: all, inspections, visits, directions, letters", hint: "filter"),
        KeyBinding([.character("1")], .showAll, in: .home, help: "Show every event"),
        KeyBinding([.character("2")], .showInspections, in: .home, help: "Show inspections only"),
        KeyBinding([.character("3")], .showVisits, in: .home, help: "Show focused and monitoring visits only"),
        KeyBinding([.character("4")], .showDirections, in: .home,
                   help: "Show directions, improvement notices and ministerial decisions only"),
        KeyBinding([.character("5")], .showLetters, in: .home, help: "Show letters only"),
        KeyBinding([.left, .character("h")], .previousMonth, in: .home,
                   help: "Date cursor: the first of the month before", hint: "date"),
        KeyBinding([.right, .character("l")], .nextMonth, in: .home,
                   help: "Date cursor: the first of the month after", hint: "date"),
        KeyBinding([.character("[")], .previousYear, in: .home,
                   help: "Date cursor: the first of the month a year before"),
        KeyBinding([.character("]")], .nextYear, in: .home, help: "Date cursor: the first of the month a year after"),
        KeyBinding([.character("t")], .goToToday, in: .home, help: "Date cursor: back to today"),
        KeyBinding([.character("d")], .goToDate, in: .home,
                   help: "Date cursor: type a date (2021-06-01, 2021-06 or 2021)"),
        KeyBinding([.character("c")], .councilPicker, in: .home, help: "Choose another council"),
    ]

    private static let letterBindings: [KeyBinding] = [
        KeyBinding([.character("/")], .searchForward, in: .letter, help: "Search forward in the letter",
                   hint: "search"),
        KeyBinding([.character("?")], .searchBackward, in: .letter, help: "Search backward in the letter"),
        KeyBinding([.character("n")], .nextMatch, in: .letter, help: "Next match", hint: "match"),
        KeyBinding([.character("N")], .previousMatch, in: .letter, help: "Previous match", hint: "match"),
        KeyBinding([.tab], .nextQuote, in: .letter, help: "Next quoted phrase that cites an event", hint: "quote"),
        KeyBinding([.backTab], .previousQuote, in: .letter, help: "Previous quoted phrase"),
        KeyBinding([.enter], .open, in: .letter, help: "Jump to the event the selected quote cites",
                   hint: "event"),
    ]

    private static let searchBindings: [KeyBinding] = [
        KeyBinding([.character("/")], .search, in: .search, help: "Edit the query", hint: "edit"),
        KeyBinding([.enter], .open, in: .search, help: "Open the selected hit at its line", hint: "open"),
    ]

    private static let pickerBindings: [KeyBinding] = [
        KeyBinding([.tab], .cycleSort, in: .picker, help: "Sort by name, region or latest judgement",
                   hint: "sort"),
    ]

    private static let textEntryBindings: [KeyBinding] = [
        KeyBinding([.enter], .submit, in: .textEntry, help: "Accept what was typed", hint: "accept"),
        KeyBinding([.escape], .cancel, in: .textEntry, help: "Cancel", hint: "cancel"),
        KeyBinding([.backspace, .delete], .deleteBackward, in: .textEntry, help: "Delete the last character"),
    ]
}
