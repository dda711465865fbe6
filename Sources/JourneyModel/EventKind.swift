/// What kind of thing happened. The raw value is the `kind:` written in a council file.
public enum EventKind: String, CaseIterable, Sendable, Codable {
    case inspection
    case focusedVisit = "focused-visit"
    case monitoringVisit = "monitoring-visit"
    /// A children's social care statutory direction.
    case direction
    case commissioner
    case adviser
    /// A children's services improvement notice.
    case improvementNotice = "improvement-notice"
    /// A statutory direction about special educational needs and disabilities: shown, never
    /// counted as a children's social care direction.
    case sendDirection = "send-direction"
    /// An improvement notice about special educational needs and disabilities.
    case sendImprovementNotice = "send-improvement-notice"
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
        case .sendDirection: return "SEND direction"
        case .sendImprovementNotice: return "SEND notice"
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
        case .direction, .improvementNotice, .sendDirection, .sendImprovementNotice, .ministerialDecision:
            return .directions
        case .letter: return .letters
        case .commissioner, .adviser, .leadershipChange: return .other
        }
    }

    /// Whether events of this kind are steps of a direction or improvement notice (issued,
    /// revised and ended). A switch: it is asked of every event to build a history.
    public var isIntervention: Bool {
        switch self {
        case .direction, .improvementNotice, .sendDirection, .sendImprovementNotice: true
        default: false
        }
    }

    /// Whether the kind is an improvement notice (children's social care or SEND), not a direction.
    public var isNotice: Bool { self == .improvementNotice || self == .sendImprovementNotice }

    /// The action that ends a measure of this kind: `revoked` for directions, `lifted` for notices.
    public var endingAction: Intervention.Action { isNotice ? .lifted : .revoked }

    /// The measure in words, for sentences: "statutory direction", "improvement notice",
    /// "SEND statutory direction", "SEND improvement notice".
    public var measureName: String {
        switch self {
        case .direction: return "statutory direction"
        case .improvementNotice: return "improvement notice"
        case .sendDirection: return "SEND statutory direction"
        case .sendImprovementNotice: return "SEND improvement notice"
        default: return label.lowercased()
        }
    }
}

/// Groups of event kinds, for filtering a timeline.
public enum EventGroup: String, CaseIterable, Sendable, Codable {
    case inspections, visits, directions, letters, other

    /// The kinds in this group.
    public var kinds: [EventKind] { EventKind.allCases.filter { $0.group == self } }
}
