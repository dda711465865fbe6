import JourneyModel

/// What a report's text says about itself: the kind of document, the council it names, the
/// dates, and what advisors look for first.
struct ReportFacts: Sendable {
    var kind: EventKind
    var framework: Framework?
    /// The front page's title, as worded.
    var title: String
    /// The phrases that name the council ("Middlesbrough Borough Council", "Wakefield").
    var councilNames: [String]
    var start: CalendarDay?
    var end: CalendarDay?
    var published: CalendarDay?
    var leadInspector: String?
    var judgements: [Judgement] = []
    var improvementsHeading: String?
    var improvements: [String] = []

    /// "ILACS inspection, 8-19 November 2021", for the import's output.
    var summary: String {
        let what: String
        switch kind {
        case .inspection: what = "\(framework?.rawValue ?? "") inspection"
        case .focusedVisit: what = "focused visit"
        default: what = "monitoring visit"
        }
        guard let start else { return what }
        return what + ", " + (end.map { "\(start.text) to \($0.text)" } ?? start.text)
    }
}
