import JourneyModel

/// One row of the home screen's timeline: an event, or a letter shown in its own right.
public enum TimelineRow: Hashable, Sendable {
    case event(Event)
    case letter(Letter)

    /// The event's or letter's id (events and letters have separate id spaces).
    public var id: String {
        switch self {
        case .event(let event): return event.id
        case .letter(let letter): return letter.id
        }
    }

    /// When it happened, at the precision the file gives.
    public var date: PartialDate {
        switch self {
        case .event(let event): return event.start
        case .letter(let letter): return letter.date
        }
    }

    /// The date for the timeline's date column: `25 Nov 2019`, `Feb 2020`, `2022`; for an event
    /// whose release gives only the publication, `pub Jan 2011`, so it does not pass for the day
    /// of the inspection; for an end known only as a bound, `≤21 Dec 2023`.
    public var dateLabel: String {
        if case .event(let event) = self, event.isDatedOnlyByPublication {
            return "pub " + PartialDate(year: event.start.year, month: event.start.month)!.shortText
        }
        if case .event(let event) = self, event.isDatedByBound { return "≤" + event.start.shortText }
        return date.shortText
    }

    /// The kind, for the kind column.
    public var kindLabel: String {
        switch self {
        case .event(let event): return event.kind.label
        case .letter: return EventKind.letter.label
        }
    }

    /// The title; a letter shows its subject.
    public var title: String {
        switch self {
        case .event(let event): return event.title
        case .letter(let letter): return letter.subject
        }
    }

    /// The grades of an inspection, in framework order; empty otherwise.
    public var grades: [Grade] {
        guard case .event(let event) = self else { return [] }
        return event.judgements.map(\.grade)
    }

    /// What a note or mark on the row is about.
    public var reviewTarget: ReviewTarget {
        switch self {
        case .event(let event): return .event(event.id)
        case .letter(let letter): return .letter(letter.id)
        }
    }

    /// Whether a note on `target` belongs to the row: the row's own, or its event's report's.
    public func holds(_ target: ReviewTarget) -> Bool {
        switch (self, target) {
        case (.event(let event), .report(let id, _)): return event.id == id
        default: return target == reviewTarget
        }
    }

    /// The rows a filter shows, in date order (see ``TimelineFilter`` for which letters appear;
    /// the review filters pick from the rows of **all**).
    public static func rows(of council: Council, filter: TimelineFilter,
                            review: ReviewSnapshot? = nil) -> [TimelineRow] {
        guard !filter.isReview else {
            let review = review ?? ReviewSnapshot(councilID: council.id)
            return rows(of: council, filter: .all).filter { filter.keeps($0, review: review) }
        }
        // Every kind: the council's own date order as it is, not a filter asking a set of each event.
        let kinds = filter.kinds.count == EventKind.allCases.count ? nil : filter.kinds
        let events = council.timeline(kinds: kinds).map(TimelineRow.event)
        let letters = switch filter {
        case .letters: council.letters
        case .all: council.lettersWithoutEvents
        default: [Letter]()
        }
        guard !letters.isEmpty else { return events }
        let keyed = (events + letters.map(TimelineRow.letter)).enumerated()
        return keyed.sorted { lhs, rhs in
            if PartialDate.sortsBefore(lhs.element.date, rhs.element.date) { return true }
            if PartialDate.sortsBefore(rhs.element.date, lhs.element.date) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

extension TimelineRow {
    /// The timeline's date column for these rows: the widest ``dateLabel`` and a space; 12 when
    /// there are no rows.
    ///
    /// A label's width follows from its prefix (`pub `, `≤` or none), its precision and its year:
    /// months are three-letter abbreviations and days two digits. So one label of each such form
    /// is measured, not all of them (3,000 events, one label each, were a sixth of a start-up).
    static func dateColumnWidth(of rows: [TimelineRow]) -> Int {
        // A few dozen forms at most: searched, not hashed.
        var widths: [(form: Int, width: Int)] = []
        var widest: Int?
        for index in rows.indices {
            let form = rows[index].dateForm
            let width: Int
            if let known = widths.first(where: { $0.form == form }) {
                width = known.width
            } else {
                width = TextWidth.of(rows[index].dateLabel)
                widths.append((form, width))
            }
            widest = max(widest ?? 0, width)
        }
        return widest.map { $0 + 1 } ?? 12
    }

    /// What a date label's width depends on, as one number: year, precision and prefix (the
    /// event is taken out of the row once: each binding copies it).
    private var dateForm: Int {
        let (date, precision, prefix): (PartialDate, PartialDate.Precision, Int) = switch self {
        case .letter(let letter): (letter.date, letter.date.precision, 0)
        case .event(let event) where event.isDatedOnlyByPublication:
            (event.start, event.start.month == nil ? .year : .month, 1)
        case .event(let event): (event.start, event.start.precision, event.isDatedByBound ? 2 : 0)
        }
        return (date.year * 3 + precision.rawValue) * 3 + prefix
    }
}
