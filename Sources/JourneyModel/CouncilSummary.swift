/// What a list of councils shows of one council (the picker's line, `journey councils`'
/// record), kept small so that a store can answer for every council of a root without
/// decoding any of them whole.
///
/// The line depends on the day asked about, so the summary keeps the council reduced to what
/// every day's answer rests on: its identity, coverage and register, and the events that decide
/// ``Council/judgementStatus(on:)``, ``Council/interventionStatus(on:)-(CalendarDay)`` and
/// ``Council/nextInspection(on:)`` (graded inspections and intervention steps, in file order,
/// without their prose). For any day these give the same answers on ``council`` as on the
/// whole council.
public struct CouncilSummary: Hashable, Sendable {
    /// The council's id (its folder's name).
    public var id: String
    /// The reduced council; nil when the council could not be read at all.
    public var council: Council?
    /// How many events and letters the whole council has.
    public var eventCount: Int
    public var letterCount: Int
    /// Every diagnostic of loading the council (its register's included), as
    /// ``CouncilLoader/Result/diagnostics``.
    public var diagnostics: [Diagnostic]

    /// The summary of the result of loading the council `id`.
    public init(id: String, result: CouncilLoader.Result) {
        self.id = id
        let whole = result.councils.first
        council = whole.map(Self.reduced)
        eventCount = whole?.events.count ?? 0
        letterCount = whole?.letters.count ?? 0
        diagnostics = result.diagnostics
    }

    /// The summary of a council loaded without diagnostics.
    public init(council: Council) {
        self.init(id: council.id, result: CouncilLoader.Result(councils: [council], diagnostics: []))
    }

    /// Whether loading the council found errors (the browser then leaves it out).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The council's name (its id when it could not be read).
    public var name: String { council?.name ?? id }

    /// The council with only what its statuses rest on.
    private static func reduced(_ council: Council) -> Council {
        let events = council.events.filter { !$0.judgements.isEmpty || $0.kind.isIntervention }.map { event in
            Event(id: event.id, kind: event.kind, title: event.title, start: event.start, end: event.end,
                  published: event.published, detail: event.detail, origin: event.origin)
        }
        return Council(id: council.id, name: council.name, region: council.region, areaCode: council.areaCode,
                       isFormer: council.isFormer, events: events, coverage: council.coverage,
                       registerCoverage: council.registerCoverage)
    }
}
