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
    /// The council's name (its id when it could not be read).
    public let name: String
    /// The council's region, whether it is a former council, and the as-at date of its data
    /// (``DataCoverage/asAt``): what a list of councils needs of every council, kept beside the
    /// reduced council so that a list decodes only the councils it shows.
    public let region: String?
    public let isFormer: Bool
    public let asAt: CalendarDay?
    /// Whether the council could be read (``council`` is then the reduced council).
    public let hasCouncil: Bool
    /// How many events and letters the whole council has.
    public var eventCount: Int
    public var letterCount: Int
    /// Every diagnostic of loading the council (its register's included), as
    /// ``CouncilLoader/Result/diagnostics``.
    public var diagnostics: [Diagnostic]
    /// The reduced council, decoded when first asked for when the summary was read from its
    /// compiled form.
    private let reduced: DeferredCouncil

    /// The reduced council; nil when the council could not be read at all.
    public var council: Council? { reduced.council }

    /// The summary of the result of loading the council `id`.
    public init(id: String, result: CouncilLoader.Result) {
        let whole = result.councils.first
        self.init(id: id, name: whole?.name ?? id, region: whole?.region, isFormer: whole?.isFormer ?? false,
                  asAt: whole?.coverage.asAt, hasCouncil: whole != nil, eventCount: whole?.events.count ?? 0,
                  letterCount: whole?.letters.count ?? 0, diagnostics: result.diagnostics,
                  reduced: DeferredCouncil(whole.map(Self.reduced)))
    }

    /// The summary of a council loaded without diagnostics.
    public init(council: Council) {
        self.init(id: council.id, result: CouncilLoader.Result(councils: [council], diagnostics: []))
    }

    /// A summary of every field (``init(encoded:)``).
    init(id: String, name: String, region: String?, isFormer: Bool, asAt: CalendarDay?, hasCouncil: Bool,
         eventCount: Int, letterCount: Int, diagnostics: [Diagnostic], reduced: DeferredCouncil) {
        self.id = id
        self.name = name
        self.region = region
        self.isFormer = isFormer
        self.asAt = asAt
        self.hasCouncil = hasCouncil
        self.eventCount = eventCount
        self.letterCount = letterCount
        self.diagnostics = diagnostics
        self.reduced = reduced
    }

    /// Whether loading the council found errors (the browser then leaves it out).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether the reduced council has been decoded (for tests: a list decodes only what it shows).
    var isDecoded: Bool { reduced.isDecoded }

    /// Has the council, should its compiled bytes turn out to be damaged, loaded again by `load`
    /// (and reduced) rather than trusted.
    func recovering(with load: @escaping @Sendable () -> CouncilLoader.Result?) -> CouncilSummary {
        reduced.recover { load()?.councils.first.map(Self.reduced) }
        return self
    }

    public static func == (lhs: CouncilSummary, rhs: CouncilSummary) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.region == rhs.region && lhs.isFormer == rhs.isFormer
            && lhs.asAt == rhs.asAt && lhs.hasCouncil == rhs.hasCouncil && lhs.eventCount == rhs.eventCount
            && lhs.letterCount == rhs.letterCount && lhs.diagnostics == rhs.diagnostics && lhs.council == rhs.council
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(name)
        hasher.combine(diagnostics)
        hasher.combine(council)
    }

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
