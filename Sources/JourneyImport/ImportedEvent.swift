import JourneyModel

/// An event made from a ``ConsolidatedEvent``: the model's event, and the row it comes from first.
struct ImportedEvent: Sendable {
    var event: Event
    var origin: Observation.Citation
    /// Every release with a row recording it, each once.
    var releases: [ReleaseInfo]
    /// Where the rows recording it disagree.
    var disagreements: [Disagreement]
    /// Grades left out because their judgement does not exist for an inspection of its date
    /// (a combined children-in-care-and-care-leavers grade on an inspection dated 2023, say).
    var misfits: [ImportWarning] = []

    /// Builds the event; its id is `ofsted-<what>-<start>` (or `-published-<date>` when the
    /// release gives only the publication date) and is made unique by ``assignIDs(_:)``.
    init(_ source: ConsolidatedEvent) {
        let startDay = source.start ?? source.published ?? CalendarDay(ordinal: 0)
        let dateSlug = source.start.map(\.iso) ?? "published-\(startDay.iso)"
        let detail: EventDetail
        if source.kind == .inspection {
            let areas = (source.framework ?? .ilacs).areas(startingOn: PartialDate(startDay))
            misfits = source.judgements.filter { !areas.contains($0.area) }.map { judgement in
                let row = source.source(of: judgement.area)
                return ImportWarning(.misplacedGrade, at: CellPlace(file: row.release.file, sheet: row.sheet, row: row.row),
                                     "judgement '\(judgement.area.shortTitle)' does not exist for an inspection dated "
                                         + "\(startDay.text); grade '\(judgement.grade.rawValue)' skipped")
            }
            let ordered = source.judgements.filter { areas.contains($0.area) }.sorted {
                (areas.firstIndex(of: $0.area) ?? areas.count) < (areas.firstIndex(of: $1.area) ?? areas.count)
            }
            detail = .inspection(Inspection(framework: source.framework ?? .ilacs, type: source.type, judgements: ordered))
        } else {
            detail = .visit(theme: source.theme)
        }
        var published = source.published
        if let day = published, let start = source.start, day < start {
            let row = source.source(ofField: "publication date")
            misfits.append(ImportWarning(.unknownDate, at: CellPlace(file: row.release.file, sheet: row.sheet, row: row.row),
                                         "publication date \(day.text) is before the start, \(start.text); "
                                             + "publication date skipped"))
            published = nil
        }
        let origin = source.citations[0]
        event = Event(id: "ofsted-\(Self.slug(source))-\(dateSlug)", kind: source.kind, title: Self.title(source),
                      start: PartialDate(startDay), published: published.map(PartialDate.init),
                      summary: Self.summary(source),
                      sources: source.citations.map { Source(title: $0.text) }, detail: detail,
                      origin: .imported(release: origin.release.title, sheet: origin.sheet, row: origin.row))
        self.origin = origin
        releases = source.citations.map(\.release).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        disagreements = source.disagreements
    }

    /// Sorts a council's events by date and makes their ids unique with `-2`, `-3` suffixes.
    static func assignIDs(_ events: [ImportedEvent]) -> [ImportedEvent] {
        var sorted = events.sorted {
            ($0.event.start.first, $0.event.id, $0.origin.sheet, $0.origin.row)
                < ($1.event.start.first, $1.event.id, $1.origin.sheet, $1.origin.row)
        }
        var seen: [String: Int] = [:]
        for index in sorted.indices {
            let base = sorted[index].event.id
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            if count > 1 { sorted[index].event.id = "\(base)-\(count)" }
        }
        return sorted
    }

    private static func slug(_ source: ConsolidatedEvent) -> String {
        guard source.kind == .inspection, let framework = source.framework else { return source.kind.rawValue }
        let variant = source.variant.hasPrefix("re-inspection")
            ? "-" + source.variant.replacingOccurrences(of: "re-inspection", with: "reinspection")
                .replacingOccurrences(of: " of services for ", with: "-")
                .replacingOccurrences(of: " of ", with: "-")
                .replacingOccurrences(of: " ", with: "-")
            : ""
        return framework.rawValue.lowercased() + variant
    }

    static func title(_ source: ConsolidatedEvent) -> String {
        guard source.kind == .inspection, let framework = source.framework else {
            return source.kind.label + (source.theme.map { ": \($0)" } ?? "")
        }
        switch (framework, source.variant) {
        case (.ilacs, _): return "ILACS" + (source.type.map { " \($0.rawValue)" } ?? "") + " inspection"
        case (.cpi, "re-inspection"): return "Child protection re-inspection (CPRI)"
        case (.cpi, _): return "Child protection inspection (CPI)"
        case (_, let variant) where variant.hasPrefix("re-inspection"): return "\(framework.rawValue) \(variant)"
        default: return "\(framework.rawValue) inspection"
        }
    }

    private static func summary(_ source: ConsolidatedEvent) -> String {
        var sentences = ["Imported from Ofsted's official statistics."]
        if source.start == nil, let published = source.published {
            sentences.append("The release gives only the date the report was published (\(published.text)), "
                             + "not the dates of the inspection.")
        }
        sentences += source.disagreements.map { $0.text.prefix(1).uppercased() + $0.text.dropFirst() + "." }
        return sentences.joined(separator: " ")
    }
}
