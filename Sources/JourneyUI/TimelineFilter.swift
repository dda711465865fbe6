import JourneyModel

/// Which rows the timeline shows.
///
/// Letters are rows of their own only where they would otherwise be hard to find: the
/// **letters** filter lists every letter of the file, and **all** lists events plus the letters
/// no event links to. A letter linked to an event is opened from that event (Enter) and listed
/// in its detail pane, so it does not appear twice in the full timeline.
public enum TimelineFilter: String, CaseIterable, Hashable, Sendable {
    case all, inspections, visits, directions, letters

    /// The filter's name for the screen.
    public var title: String {
        switch self {
        case .all: return "all"
        case .inspections: return "inspections"
        case .visits: return "visits"
        case .directions: return "directions"
        case .letters: return "letters"
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
        }
    }

    /// The event kinds shown.
    public var kinds: Set<EventKind> {
        switch self {
        case .all: return Set(EventKind.allCases)
        case .inspections: return Set(EventGroup.inspections.kinds)
        case .visits: return Set(EventGroup.visits.kinds)
        case .directions: return Set(EventGroup.directions.kinds)
        case .letters: return Set(EventGroup.letters.kinds)
        }
    }

    /// The next filter, for `f`.
    public var next: TimelineFilter {
        let all = TimelineFilter.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
