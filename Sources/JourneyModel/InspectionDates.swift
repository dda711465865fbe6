/// When an inspection or visit took place and when its report was published, as the file
/// gives them, so that every date shown for an inspection can say which date it is.
public struct InspectionDates: Sendable, Hashable, Codable {
    /// The first day of the fieldwork; for an imported event dated only by its publication,
    /// that date (see `knownOnlyByPublication`).
    public var start: PartialDate
    /// The last day of the fieldwork, when the file gives it.
    public var end: PartialDate?
    /// When the report or letter was published.
    public var published: PartialDate?
    /// Whether the source gives only the publication date, so the fieldwork dates are unknown.
    public var knownOnlyByPublication: Bool

    public init(start: PartialDate, end: PartialDate? = nil, published: PartialDate? = nil,
                knownOnlyByPublication: Bool = false) {
        self.start = start
        self.end = end
        self.published = published
        self.knownOnlyByPublication = knownOnlyByPublication
    }

    /// The dates of an event.
    public init(_ event: Event) {
        self.init(start: event.start, end: event.end, published: event.published,
                  knownOnlyByPublication: event.isDatedOnlyByPublication)
    }
}

extension Event {
    /// Whether the event's only date is its publication: an imported event whose release gives
    /// the day the report was published and not when the inspection took place (the importer
    /// then records the publication as the start, too).
    public var isDatedOnlyByPublication: Bool {
        guard case .imported = origin, let published, end == nil else { return false }
        return published == start
    }
}
