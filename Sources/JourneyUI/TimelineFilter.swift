import JourneyModel

/// Which rows the timeline shows.
///
/// Letters are rows of their own only where they would otherwise be hard to find: the
/// **letters** filter lists every letter of the file, and **all** lists events plus the letters
/// no event links to. A letter linked to an event is opened from that event (Enter) and listed
/// in its detail pane, so it does not appear twice in the full timeline.
public enum TimelineFilter: String, CaseIterable, Hashable, Sendable {
    case all, inspections, visits, directions, letters
    /// The advisor's review: rows flagged, rows not yet marked reviewed, rows with notes.
    case flagged, unreviewed, noted

    /// The filter's name for the screen.
    public var title: String {
        switch self {
        case .all: return "all"
        case .inspections: return "inspections"
        case .visits: return "visits"
        case .directions: return "directions"
        case .letters: return "letters"
        case .flagged: return "flagged"
        case .unreviewed: return "not reviewed"
        case .noted: return "with notes"
        }
    }

    /// What the filter shows, for docs/keys.md.
    public var explanation: String {
        switch self {
        case .all: return "every event, plus the letters that no event links to."
        case .inspections: return "Ofsted inspections (SIF and ILACS)."
        case .visits: return "focused and monitoring visits."
        case .directions: return "statutory directions and improvement notices (SEND ones too) and ministerial decisions."
        case .letters: return "every letter in the file, and events of kind `letter`."
        case .flagged: return "the rows of **all** that you flagged (`F`)."
        case .unreviewed: return "the rows of **all** not yet marked reviewed (`r`)."
        case .noted: return "the rows of **all** with a note of yours (on the event, its report or the letter)."
        }
    }

    /// The event kinds shown.
    public var kinds: Set<EventKind> {
        switch self {
        case .all, .flagged, .unreviewed, .noted: return Set(EventKind.allCases)
        case .inspections: return Set(EventGroup.inspections.kinds)
        case .visits: return Set(EventGroup.visits.kinds)
        case .directions: return Set(EventGroup.directions.kinds)
        case .letters: return Set(EventGroup.letters.kinds)
        }
    }

    /// Whether the filter picks rows by the advisor's review rather than by kind.
    public var isReview: Bool { [.flagged, .unreviewed, .noted].contains(self) }

    /// Whether a row of **all** passes a review filter (kind filters pass every row).
    public func keeps(_ row: TimelineRow, review: ReviewSnapshot) -> Bool {
        switch self {
        case .flagged: return review.marks[row.reviewTarget] == .flagged
        case .unreviewed: return review.marks[row.reviewTarget] != .reviewed
        case .noted: return review.notes.contains { row.holds($0.target) }
        default: return true
        }
    }

    /// The next filter, for `f`.
    public var next: TimelineFilter {
        let all = TimelineFilter.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
