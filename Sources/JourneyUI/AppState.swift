import JourneyModel

/// Everything the browser shows, as one value. Only ``Reducer`` changes it.
public struct AppState: Equatable, Sendable {
    /// The councils of the data root, and the one being browsed.
    public var councils: [Council]
    public var councilIndex: Int
    /// Today's date, fixed when the state is made (tests pass their own).
    public let today: CalendarDay
    /// The last known terminal size.
    public var size: Size
    /// The screens, home first; the last is shown.
    public var screens: [Screen] = [.home]
    /// The home screen's timeline filter, selection and scroll.
    public var filter: TimelineFilter = .all
    public var timeline = ListState()
    public var focus: HomePane = .timeline
    public var detailScroll = 0
    /// The day whose status the header shows; today, clamped to the file's years, at first.
    public var dateCursor: CalendarDay
    /// The "go to date" line, while a date is being typed on the home screen.
    public var datePrompt: TextPrompt?
    public var search = SearchState()
    /// The open letter, when the letter screen is on the stack.
    public var reader: LetterReader?
    /// Whether the home screen was reached by following a quote, so that q returns to the letter.
    public var returnsToLetter = false
    public var picker = PickerState()
    public var helpScroll = 0
    /// A one-off message for the status line, cleared by the next command.
    public var message: String?

    /// A state showing the home screen of one council.
    ///
    /// - Parameters:
    ///   - councils: the councils loaded from the data root.
    ///   - councilID: the council to show first; the first council when unknown. When nil and
    ///     there are several councils, the council picker opens over the first one.
    ///   - today: today's date, for "where it stands today" and the date cursor.
    ///   - size: the terminal's size.
    public init(councils: [Council], councilID: String? = nil, today: CalendarDay,
                size: Size = Size(width: 80, height: 24)) {
        self.councils = councils
        councilIndex = councils.firstIndex { $0.id == councilID } ?? 0
        self.today = today
        self.size = size
        dateCursor = today
        dateCursor = clampedToFile(today)
        if councilID == nil && councils.count > 1 { screens.append(.picker) }
    }

    /// The council being browsed (an empty one when none loaded).
    public var council: Council {
        councils.indices.contains(councilIndex) ? councils[councilIndex] : Council(id: "none", name: "No council")
    }

    /// The screen on top.
    public var screen: Screen { screens.last ?? .home }

    /// The timeline rows the filter shows.
    public var rows: [TimelineRow] { TimelineRow.rows(of: council, filter: filter) }

    /// The selected timeline row, if any.
    public var selectedRow: TimelineRow? {
        let rows = rows
        return rows.indices.contains(timeline.selected) ? rows[timeline.selected] : nil
    }

    /// Whether the date cursor shows a day other than today (the header then says so).
    public var isDateCursorMoved: Bool { dateCursor != clampedToFile(today) }

    /// The key contexts for the current state, most specific first.
    public var keyContexts: [KeyContext] {
        switch screen {
        case .picker: return [.textEntry, .picker]
        case .search where search.isEditing: return [.textEntry]
        case .letter where reader?.prompt != nil: return [.textEntry]
        case .home where datePrompt != nil: return [.textEntry]
        default: return [screen.keyContext]
        }
    }

    /// Whether printable keys type into a text-entry line.
    public var isTyping: Bool { keyContexts.first == .textEntry }

    /// The first and last day of the years the file covers (events and letters).
    public var fileSpan: ClosedRange<CalendarDay> {
        let dates = council.events.flatMap { [$0.start, $0.end ?? $0.start] } + council.letters.map(\.date)
        let firstYear = dates.map(\.year).min() ?? today.year
        let lastYear = dates.map(\.year).max() ?? today.year
        let first = CalendarDay(year: firstYear, month: 1, day: 1) ?? today
        let last = CalendarDay(year: max(firstYear, lastYear), month: 12, day: 31) ?? today
        return first...last
    }

    /// A day moved into ``fileSpan``.
    public func clampedToFile(_ day: CalendarDay) -> CalendarDay {
        let span = fileSpan
        return min(max(day, span.lowerBound), span.upperBound)
    }
}
