import JourneyModel

/// Everything the browser shows, as one value. Only ``Reducer`` changes it.
public struct AppState: Equatable, Sendable {
    /// The councils of the data root, each loaded when first needed.
    public let catalogue: CouncilCatalogue
    /// The council being browsed.
    public private(set) var council: Council
    /// Today's date, fixed when the state is made (tests pass their own).
    public let today: CalendarDay
    /// The last known terminal size.
    public var size: Size
    /// The screens, first at the bottom; the last is shown. Leaving the first screen quits.
    public var screens: [Screen] = [.home]
    /// The home screen's timeline filter, and the rows it shows (worked out once per change of
    /// council or filter, not on every key).
    public private(set) var filter: TimelineFilter = .all
    public private(set) var rows: [TimelineRow] = [] {
        didSet { dateColumnWidth = TimelineRow.dateColumnWidth(of: rows) }
    }
    /// The timeline's date column: 12, or 13 when a row reads `pub Jan 2011`.
    public private(set) var dateColumnWidth = 12
    public var timeline = ListState()
    public var focus: HomePane = .timeline
    /// What the detail pane shows: the selected row, or the people in post on the cursor's day.
    public var detailMode: DetailMode = .selection
    public var detailScroll = 0
    /// The day whose status the header shows: today at first.
    public var dateCursor: CalendarDay
    /// Whether the date cursor and the timeline selection move together.
    public var inStep = false
    /// The "go to date" line, while a date is being typed on the home screen.
    public var datePrompt: TextPrompt?
    public var search = SearchState()
    /// The open letters, one for each letter screen on the stack, in stack order.
    public var readers: [LetterReader] = []
    /// The open event pages, one for each event screen on the stack, in stack order.
    public var eventPages: [EventPage] = []
    /// The text of each report read so far, by "council/report" (loaded only when read).
    public var reportTexts: [String: ReportText] = [:]
    /// A report waiting for its text, and where to open it once the text is there.
    public var pendingReport: PendingReport?
    /// Whether the search screen waits for the council's report texts.
    public var searchAwaitsReports = false
    public var picker = PickerState()
    public var helpScroll = 0
    /// The "what needs to improve" screen: the newest report shown (an index into
    /// ``improvementReports``) and the scroll.
    public var improvementsLast = 0
    public var improvementsScroll = 0
    /// The advisor's notes and marks on the council (``ReviewKeeping``); its council id is
    /// empty while they are being read after a change of council.
    public private(set) var review: ReviewSnapshot
    /// How many rows of the full timeline are marked reviewed, and how many there are.
    public private(set) var reviewedCount = 0
    public private(set) var reviewableCount = 0
    /// The note being typed, and what it is on.
    public var notePrompt: NotePrompt?
    /// A one-off message for the status line, cleared by the next command.
    public var message: String?
    /// The first and last day of the years the file covers (events and letters) and today:
    /// worked out once per council.
    public private(set) var fileSpan: ClosedRange<CalendarDay>
    /// What the views work out from the council, kept until what it depends on changes; a new
    /// one for each council.
    public private(set) var views = ViewCache()

    /// A state showing the home screen of one council.
    ///
    /// - Parameters:
    ///   - catalogue: the councils of the data root.
    ///   - council: the council to show first. When nil, the council picker is the first screen
    ///     instead (over every council that loads, from their summaries; the first by name,
    ///     loaded, stands behind it).
    ///   - today: today's date, for "where it stands today" and the date cursor.
    ///   - size: the terminal's size.
    public init(catalogue: CouncilCatalogue, council: Council?, today: CalendarDay,
                size: Size = Size(width: 80, height: 24)) {
        self.catalogue = catalogue
        let summaries = council == nil ? catalogue.summaries().loadable : []
        self.council = council ?? summaries.first.flatMap { catalogue.load($0.id).councils.first }
            ?? Council(id: "none", name: "No council")
        self.today = today
        self.size = size
        dateCursor = today
        review = ReviewSnapshot(councilID: self.council.id)
        fileSpan = Self.span(of: self.council, today: today)
        let shown = self.council, filter = self.filter
        rows = views.value(.rows, for: filter) { TimelineRow.rows(of: shown, filter: filter) }
        dateColumnWidth = TimelineRow.dateColumnWidth(of: rows)
        reviewableCount = rows.count
        if council == nil {
            screens = [.picker]
            picker = PickerState(summaries: summaries, today: today)
        }
    }

    /// A state over councils already loaded: the one with `councilID` first (the first when
    /// nil); when `councilID` is nil and there are several, the picker is the first screen.
    public init(councils: [Council], councilID: String? = nil, today: CalendarDay,
                size: Size = Size(width: 80, height: 24)) {
        let shown = councilID == nil && councils.count > 1 ? nil
            : councils.first { $0.id == councilID } ?? councils.first
        self.init(catalogue: CouncilCatalogue(councils: councils), council: shown, today: today, size: size)
    }

    /// The councils the picker offers, summarised: every one that loads without errors, by name.
    public var summaries: [CouncilSummary] { catalogue.summaries().loadable }

    /// The council `id` whole: the one shown, or another loaded from the catalogue.
    public func loadedCouncil(_ id: String) -> Council? {
        id == council.id ? council : catalogue.load(id).councils.first
    }

    /// The screen on top.
    public var screen: Screen { screens.last ?? .home }

    /// Whether the screen on top is the first one, which q leaves by quitting.
    public var isFirstScreen: Bool { screens.count <= 1 }

    /// The open letter on top of the letter stack.
    public var reader: LetterReader? {
        get { readers.last }
        set {
            guard let newValue else { return }
            if readers.isEmpty { readers.append(newValue) } else { readers[readers.count - 1] = newValue }
        }
    }

    /// The event page on top of the event stack.
    public var eventPage: EventPage? {
        get { eventPages.last }
        set {
            guard let newValue else { return }
            if eventPages.isEmpty { eventPages.append(newValue) } else { eventPages[eventPages.count - 1] = newValue }
        }
    }

    /// The selected timeline row, if any.
    public var selectedRow: TimelineRow? {
        rows.indices.contains(timeline.selected) ? rows[timeline.selected] : nil
    }

    /// Whether the date cursor shows a day other than today (the header then says so).
    public var isDateCursorMoved: Bool { dateCursor != today }

    /// The key contexts for the current state, most specific first.
    public var keyContexts: [KeyContext] {
        if notePrompt != nil { return [.textEntry] }
        switch screen {
        case .picker where picker.isEditing: return [.textEntry, .picker]
        case .search where search.isEditing: return [.textEntry]
        case .letter where reader?.prompt != nil: return [.textEntry]
        case .letter where reader?.source.report != nil: return [.report]
        case .home where datePrompt != nil: return [.textEntry]
        default: return [screen.keyContext]
        }
    }

    /// Whether printable keys type into a text-entry line.
    public var isTyping: Bool { keyContexts.first == .textEntry }

    /// The first and last day of the years a council's file covers (events and letters) and today.
    private static func span(of council: Council, today: CalendarDay) -> ClosedRange<CalendarDay> {
        // Years found in place, without a list of every date (a council may have thousands).
        var (earliest, latest) = (today.year, today.year)
        func include(_ date: PartialDate) {
            (earliest, latest) = (min(earliest, date.year), max(latest, date.year))
        }
        for index in council.events.indices {
            include(council.events[index].start)
            if let end = council.events[index].end { include(end) }
        }
        for index in council.letters.indices { include(council.letters[index].date) }
        let first = CalendarDay(year: earliest, month: 1, day: 1) ?? today
        let last = CalendarDay(year: latest, month: 12, day: 31) ?? today
        return first...last
    }

    /// A day moved into ``fileSpan``.
    public func clampedToFile(_ day: CalendarDay) -> CalendarDay {
        let span = fileSpan
        return min(max(day, span.lowerBound), span.upperBound)
    }

    /// Shows another council (by its index in ``summaries``), loading it: its rows worked out
    /// again, everything else as the caller resets it.
    mutating func select(council index: Int) {
        let summaries = summaries
        guard summaries.indices.contains(index), let chosen = loadedCouncil(summaries[index].id) else { return }
        council = chosen
        review = ReviewSnapshot(councilID: "")
        fileSpan = Self.span(of: council, today: today)
        views = ViewCache()
        workOutRows()
        countReviewed()
    }

    /// Changes the filter and works out its rows again.
    mutating func show(_ newFilter: TimelineFilter) {
        filter = newFilter
        workOutRows()
    }

    /// The rows of the timeline under the filter: kept in the view cache, except under a review
    /// filter, whose rows follow the notes and marks.
    private mutating func workOutRows() {
        let council = council, filter = filter
        rows = filter.isReview
            ? TimelineRow.rows(of: council, filter: filter, review: review)
            : views.value(.rows, for: filter) { TimelineRow.rows(of: council, filter: filter) }
    }

    /// Takes the notes and marks read from the review store; a review filter's rows follow them.
    mutating func take(_ snapshot: ReviewSnapshot) {
        guard snapshot.councilID == council.id else { return }
        review = snapshot
        countReviewed()
        if filter.isReview {
            let kept = selectedRow
            workOutRows()
            let index = kept.flatMap { rows.firstIndex(of: $0) } ?? min(timeline.selected, max(0, rows.count - 1))
            timeline.select(index, count: rows.count, visible: homeLayout.timelineRows)
        }
    }

    private mutating func countReviewed() {
        let all = filter == .all ? rows : TimelineRow.rows(of: council, filter: .all)
        // Without marks (most councils, and every one before its review is read) no row is
        // looked at: a 3000-event council's rows were copied twice at start-up to count none.
        reviewedCount = review.marks.isEmpty ? 0 : all.filter { review.marks[$0.reviewTarget] == .reviewed }.count
        reviewableCount = all.count
    }
}

/// What the home screen's detail pane shows.
public enum DetailMode: String, Hashable, Sendable {
    /// The selected event or letter.
    case selection
    /// The people in post on the date cursor's day.
    case people
}
