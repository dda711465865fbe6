/// An Ofsted report or visit letter attached to an event: what was extracted from its PDF,
/// without its text (``ReportText``, loaded only when the report is read).
///
/// Stored as `reports/<id>.txt` in the council's folder (see docs/reports.md).
public struct Report: Hashable, Sendable, Identifiable, Codable {
    /// The file name without `.txt`; the importer names a report after its event.
    public var id: String
    /// The event the report belongs to.
    public var eventID: String
    /// What the document reports: an inspection, a focused visit or a monitoring visit.
    public var kind: EventKind
    /// For inspections, the framework the report was written under.
    public var framework: Framework?
    /// The title on the front page ("Inspection of children's social care services").
    public var title: String
    /// The council as the report names it ("Middlesbrough Borough Council").
    public var councilName: String?
    /// The inspection's or visit's dates, as the report gives them.
    public var start: PartialDate?
    public var end: PartialDate?
    /// The publication date, when the report states one (SIF reports do).
    public var published: PartialDate?
    /// "Jan Edwards, Her Majesty's Inspector", as the report words it.
    public var leadInspector: String?
    /// The judgement table, in framework order; empty for visits.
    public var judgements: [Judgement]
    /// The heading of the list of what must improve ("What needs to improve", "Recommendations").
    public var improvementsHeading: String?
    /// What the report says needs to improve, one item each, in the report's order.
    public var improvements: [String]
    /// The SHA-256 of the PDF the text came from, in lower-case hex.
    public var sha256: String
    /// The PDF's number of pages; the text has as many pages.
    public var pageCount: Int
    /// The program that extracted the text ("pdftotext 22.12.0 -layout").
    public var extractor: String?
    /// Copyright and licence, as the file states them.
    public var licence: String
    /// The file, relative to the data root it was loaded from.
    public var file: String
    /// The line of the file on which the text (its first page marker) starts.
    public var bodyLine: Int

    public init(id: String, eventID: String, kind: EventKind, framework: Framework? = nil, title: String,
                councilName: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil,
                published: PartialDate? = nil, leadInspector: String? = nil, judgements: [Judgement] = [],
                improvementsHeading: String? = nil, improvements: [String] = [], sha256: String,
                pageCount: Int, extractor: String? = nil, licence: String, file: String, bodyLine: Int) {
        self.id = id
        self.eventID = eventID
        self.kind = kind
        self.framework = framework
        self.title = title
        self.councilName = councilName
        self.start = start
        self.end = end
        self.published = published
        self.leadInspector = leadInspector
        self.judgements = judgements
        self.improvementsHeading = improvementsHeading
        self.improvements = improvements
        self.sha256 = sha256
        self.pageCount = pageCount
        self.extractor = extractor
        self.licence = licence
        self.file = file
        self.bodyLine = bodyLine
    }

    /// A short name for lists: "ILACS inspection report", "Focused visit letter".
    public var label: String {
        switch kind {
        case .inspection: return "\(framework?.rawValue ?? "Inspection") report"
        case .focusedVisit: return "Focused visit letter"
        case .monitoringVisit: return "Monitoring visit letter"
        default: return "Report"
        }
    }
}
