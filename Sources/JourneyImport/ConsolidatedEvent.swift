import JourneyModel

/// One inspection or visit, gathered from every row that records it.
struct ConsolidatedEvent: Sendable {
    var kind: EventKind
    var framework: Framework?
    var variant: String
    var type: InspectionType?
    var start: CalendarDay?
    var published: CalendarDay?
    var judgements: [Judgement]
    var theme: String?
    /// Every row that records it, the primary (newest) first.
    var citations: [Observation.Citation]
    var disagreements: [Disagreement] = []
    /// The row each field's value came from.
    private var fieldSources: [String: Observation.Citation] = [:]

    init(_ observation: Observation) {
        kind = observation.kind
        framework = observation.framework
        variant = observation.variant
        type = observation.type
        start = observation.start
        published = observation.published
        judgements = observation.judgements
        theme = observation.theme
        citations = [observation.citation]
    }

    /// Days within which two rows' start dates are taken to be the same inspection or visit.
    static let startTolerance = 7
    /// Days within which two publication dates of equally graded inspections are taken to be the
    /// same, and within which a report follows its inspection's start.
    static let publicationTolerance = 92

    /// Whether an observation records this same inspection or visit: starts within a week;
    /// or the same publication day; or, for equally graded inspections whose rows lack one
    /// date or the other, publication dates close together or a publication soon after the start.
    func matches(_ other: Observation) -> Bool {
        guard kind == other.kind, framework == other.framework else { return false }
        if let start, let otherStart = other.start {
            return abs(start.ordinal - otherStart.ordinal) <= Self.startTolerance
        }
        if let published, published == other.published { return true }
        let day = start ?? other.start
        let mine = Set(Self.ilacsAreas(judgements, framework: framework, start: day))
        let sameGrades = !mine.isEmpty && mine == Set(Self.ilacsAreas(other.judgements, framework: framework, start: day))
        let sameType = type == nil || other.type == nil || type == other.type
        guard kind == .inspection, sameGrades, sameType else { return false }
        if let published, let otherPublished = other.published {
            return abs(published.ordinal - otherPublished.ordinal) <= Self.publicationTolerance
        }
        guard let first = start ?? other.start, let report = published ?? other.published else { return false }
        return (0...Self.publicationTolerance).contains(report.ordinal - first.ordinal)
    }

    /// Folds in another row's values: fills what is missing, records what differs.
    mutating func absorb(_ other: Observation) {
        let citation = other.citation
        citations.append(citation)
        start = pick("start", start, other.start, citation) { $0.text }
        judgements = Self.ilacsAreas(judgements, framework: framework, start: start)
        published = pick("publication date", published, other.published, citation) { $0.text }
        type = pick("inspection type", type, other.type, citation) { $0.rawValue }
        if variant.isEmpty { variant = other.variant }
        if let otherTheme = other.theme, let theme, HeaderText.normalise(theme) != HeaderText.normalise(otherTheme) {
            disagree("theme", theme, otherTheme, citation)
        } else if theme == nil {
            theme = other.theme
        }
        for judgement in Self.ilacsAreas(other.judgements, framework: framework, start: start) {
            let mine = judgements.first { $0.area == judgement.area }?.grade
            let kept = pick("judgement '\(judgement.area.shortTitle)'", mine, judgement.grade, citation) { $0.rawValue }
            if mine == nil, let kept { judgements.append(Judgement(area: judgement.area, grade: kept)) }
        }
    }

    /// ILACS judgements placed by the start date: before 2023, a "children in care" grade is
    /// the combined children-in-care-and-care-leavers judgement (a wide table's row, dated
    /// only by publication in 2023, may have filed it as children in care).
    static func ilacsAreas(_ judgements: [Judgement], framework: Framework?, start: CalendarDay?) -> [Judgement] {
        guard framework == .ilacs, let start, start < Framework.careLeaversSeparateFrom else { return judgements }
        return judgements.map {
            $0.area == .childrenInCare ? Judgement(area: .childrenInCareAndCareLeavers, grade: $0.grade) : $0
        }
    }

    /// The row a judgement's grade came from.
    func source(of area: JudgementArea) -> Observation.Citation {
        source(ofField: "judgement '\(area.shortTitle)'")
    }

    /// The row a field's value came from ("publication date", "start", ...).
    func source(ofField field: String) -> Observation.Citation {
        fieldSources[field] ?? citations[0]
    }

    /// The value to keep: ours when we have one (recording a difference), else theirs.
    private mutating func pick<Value: Equatable>(_ field: String, _ mine: Value?, _ theirs: Value?,
                                                 _ citation: Observation.Citation, text: (Value) -> String) -> Value? {
        guard let theirs else { return mine }
        guard let mine else {
            fieldSources[field] = citation
            return theirs
        }
        if mine != theirs { disagree(field, text(mine), text(theirs), citation) }
        return mine
    }

    private mutating func disagree(_ field: String, _ kept: String, _ other: String, _ citation: Observation.Citation) {
        let keptFrom = fieldSources[field] ?? citations[0]
        disagreements.append(Disagreement(field: field, kept: kept, keptFrom: keptFrom, other: other,
                                          otherFrom: citation))
    }
}
