import JourneyModel

/// An event as `--format json` gives it (documented in docs/json.md).
struct EventRecord: Encodable {
    struct JudgementRecord: Encodable {
        var area: String
        var title: String
        var grade: String
        var letter: String
    }

    var id: String
    var kind: String
    var title: String
    var start: String
    var end: String?
    var published: String?
    var dateText: String
    var summary: String
    var note: String?
    var framework: String?
    var inspectionType: String?
    var judgements: [JudgementRecord]?
    var theme: String?
    var directionAction: String?
    var directionTarget: String?
    var replaces: String?
    var dateIsUpperBound: Bool?
    var legalBasis: String?
    var oversightAction: String?
    var people: [EventPerson]
    var sources: [Source]
    var letters: [String]
    /// Ofsted's reports attached to the event, with what was extracted from them.
    var reports: [ReportRecord]
    var imported: Bool
    /// `council` (written by hand), `imported` (Ofsted's statistics) or `register` (DfE's interventions).
    var origin: String

    init(_ event: Event, letters: [String], reports: [Report] = []) {
        id = event.id
        kind = event.kind.rawValue
        title = event.title
        start = event.start.iso
        end = event.end?.iso
        published = event.published?.iso
        dateText = EventText.dates(of: event)
        summary = event.summary
        note = event.note
        people = event.people
        sources = event.sources
        self.letters = letters
        self.reports = reports.map { ReportRecord($0) }
        switch event.origin {
        case .handWritten: (imported, origin) = (false, "council")
        case .imported: (imported, origin) = (true, "imported")
        case .register: (imported, origin) = (false, "register")
        }
        fillDetail(event.detail)
    }

    private mutating func fillDetail(_ detail: EventDetail) {
        switch detail {
        case .inspection(let inspection):
            framework = inspection.framework.rawValue
            inspectionType = inspection.type?.rawValue
            judgements = inspection.judgements.map {
                JudgementRecord(area: $0.area.rawValue, title: $0.area.title, grade: $0.grade.rawValue,
                                letter: $0.grade.letter)
            }
        case .visit(let theme):
            self.theme = theme
        case .intervention(let step):
            directionAction = step.action.rawValue
            directionTarget = step.target
            replaces = step.replaces
            dateIsUpperBound = step.dateIsUpperBound ? true : nil
            legalBasis = step.legalBasis
        case .oversight(let action):
            oversightAction = action.rawValue
        case .none:
            break
        }
    }
}
