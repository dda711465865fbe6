/// What kind of thing happened. The raw value is the `kind:` written in a council file.
public enum EventKind: String, CaseIterable, Sendable, Codable {
    case inspection
    case focusedVisit = "focused-visit"
    case monitoringVisit = "monitoring-visit"
    case direction
    case commissioner
    case adviser
    case improvementNotice = "improvement-notice"
    case ministerialDecision = "ministerial-decision"
    case leadershipChange = "leadership-change"
    case letter

    /// A label for people: "Inspection", "Focused visit", ...
    public var label: String {
        switch self {
        case .inspection: return "Inspection"
        case .focusedVisit: return "Focused visit"
        case .monitoringVisit: return "Monitoring visit"
        case .direction: return "Direction"
        case .commissioner: return "Commissioner"
        case .adviser: return "Adviser"
        case .improvementNotice: return "Improvement notice"
        case .ministerialDecision: return "Ministerial decision"
        case .leadershipChange: return "Leadership"
        case .letter: return "Letter"
        }
    }

    /// The broader group used by filters: inspections, visits, directions, letters, other.
    public var group: EventGroup {
        switch self {
        case .inspection: return .inspections
        case .focusedVisit, .monitoringVisit: return .visits
        case .direction, .improvementNotice, .ministerialDecision: return .directions
        case .letter: return .letters
        case .commissioner, .adviser, .leadershipChange: return .other
        }
    }
}

/// Groups of event kinds, for filtering a timeline.
public enum EventGroup: String, CaseIterable, Sendable, Codable {
    case inspections, visits, directions, letters, other

    /// The kinds in this group.
    public var kinds: [EventKind] { EventKind.allCases.filter { $0.group == self } }
}
