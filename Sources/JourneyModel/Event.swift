/// One thing that happened in a council's improvement journey.
public struct Event: Hashable, Sendable, Identifiable, Codable {
    /// Stable id, unique within the council (`ilacs-2019`).
    public var id: String
    public var kind: EventKind
    /// A short title for lists; derived from the kind and details when the file gives none.
    public var title: String
    /// The day (or first day) it happened, at the precision the sources establish.
    public var start: PartialDate
    /// The last day, for events that span days (inspections, visits).
    public var end: PartialDate?
    /// When the report or letter was published.
    public var published: PartialDate?
    /// The event in the file's own words.
    public var summary: String
    /// Where each fact came from.
    public var sources: [Source]
    /// Ids of the letters behind this event.
    public var letterIDs: [String]
    /// People named in connection with the event (lead inspector, signatory).
    public var people: [EventPerson]
    /// What is specific to the kind.
    public var detail: EventDetail
    /// Where the event came from: written by hand, imported from a release, or the register.
    public var origin: Origin
    /// What the file says about its sources: conflicts kept, interpretations, what is missing.
    public var note: String?

    public init(id: String, kind: EventKind, title: String, start: PartialDate, end: PartialDate? = nil,
                published: PartialDate? = nil, summary: String = "", sources: [Source] = [],
                letterIDs: [String] = [], people: [EventPerson] = [], detail: EventDetail = .none,
                origin: Origin = .handWritten, note: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.start = start
        self.end = end
        self.published = published
        self.summary = summary
        self.sources = sources
        self.letterIDs = letterIDs
        self.people = people
        self.detail = detail
        self.origin = origin
        self.note = note
    }

    /// The inspection's judgements in framework order; empty for every other kind.
    public var judgements: [Judgement] {
        if case .inspection(let inspection) = detail { return inspection.judgements }
        return []
    }

    /// The overall-effectiveness grade, when the event is a graded inspection.
    public var overallGrade: Grade? {
        judgements.first { $0.area == .overallEffectiveness }?.grade
    }

    /// The day from which the event's outcome counts: publication, else the end, else the start.
    public var effective: PartialDate { published ?? end ?? start }

    /// Whether `start` is only the day by which the event had happened (a direction or notice
    /// ended on a date not known, `by:` in the file).
    public var isDatedByBound: Bool { intervention?.dateIsUpperBound ?? false }

    /// The direction or notice step, for intervention events.
    public var intervention: Intervention? {
        if case .intervention(let intervention) = detail { return intervention }
        return nil
    }
}

/// What is specific to each kind of event.
public enum EventDetail: Hashable, Sendable, Codable {
    case none
    case inspection(Inspection)
    /// A focused or monitoring visit: a letter with a theme, never grades.
    case visit(theme: String?)
    /// A direction or improvement notice issued, revised or ended.
    case intervention(Intervention)
    /// A commissioner's or adviser's appointment or review.
    case oversight(OversightAction)
}

/// An Ofsted inspection's framework, type and judgements.
public struct Inspection: Hashable, Sendable, Codable {
    public var framework: Framework
    public var type: InspectionType?
    public var judgements: [Judgement]

    public init(framework: Framework, type: InspectionType? = nil, judgements: [Judgement]) {
        self.framework = framework
        self.type = type
        self.judgements = judgements
    }
}

/// What a commissioner or adviser event records.
public enum OversightAction: String, CaseIterable, Sendable, Codable {
    case appointment, review
}

/// A person named in an event, with their part in it.
public struct EventPerson: Hashable, Sendable, Codable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// Where an event came from.
public enum Origin: Hashable, Sendable, Codable {
    /// Written by hand in the council file.
    case handWritten
    /// Imported from a published release (its title), and the sheet and row.
    case imported(release: String, sheet: String, row: Int)
    /// From the register of DfE interventions (`interventions/<council>.yaml`).
    case register
}
