import JourneyModel

/// One inspection or visit as one release row records it.
struct Observation: Hashable, Sendable {
    var council: RawCouncil
    var kind: EventKind
    /// For inspections.
    var framework: Framework?
    /// The wide tables' variant ("re-inspection", "first", ...); empty when the row does not say.
    var variant: String = ""
    var type: InspectionType?
    /// Nil when the release gives only the publication date.
    var start: CalendarDay?
    var published: CalendarDay?
    var judgements: [Judgement] = []
    var theme: String?
    var citation: Citation

    /// A row of a release.
    struct Citation: Hashable, Sendable {
        var release: ReleaseInfo
        var sheet: String
        var row: Int

        var text: String { release.citation(sheet: sheet, row: row) }
    }
}
