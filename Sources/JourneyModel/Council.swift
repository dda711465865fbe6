/// One council's file: the council, the people in roles over time, its events and letters.
public struct Council: Hashable, Sendable, Identifiable {
    /// The name in lower case with hyphens (`middlesbrough`, `barking-and-dagenham`).
    public var id: String
    public var name: String
    /// Ofsted region.
    public var region: String?
    /// ONS local-authority area code such as `E06000002`.
    public var areaCode: String?
    /// Whether the council no longer exists (renamed or merged); kept so history is not lost.
    public var isFormer: Bool
    /// A note on the council itself, e.g. what it was merged into.
    public var note: String?
    public var people: [RoleHolder]
    /// Events in file order; ``timeline(kinds:from:to:)`` gives them sorted.
    public var events: [Event] {
        didSet { chronologicalEvents = events.sortedStably { $0.start } }
    }
    /// The events in date order, ties in file order: sorted once, not on every query.
    private(set) var chronologicalEvents: [Event]
    public var letters: [Letter]
    /// Ofsted's reports and visit letters attached to events, without their text.
    public var reports: [Report]
    /// The sources the data was built from and the latest date each covers.
    public var coverage: DataCoverage
    /// The register of DfE interventions applied to the council, and whether it lists it; nil
    /// when no register applies (the intervention status then rests on the council's files alone).
    public var registerCoverage: RegisterCoverage?

    public init(id: String, name: String, region: String? = nil, areaCode: String? = nil,
                isFormer: Bool = false, note: String? = nil, people: [RoleHolder] = [], events: [Event] = [],
                letters: [Letter] = [], reports: [Report] = [], coverage: DataCoverage = DataCoverage(),
                registerCoverage: RegisterCoverage? = nil) {
        self.id = id
        self.name = name
        self.region = region
        self.areaCode = areaCode
        self.isFormer = isFormer
        self.note = note
        self.people = people
        self.events = events
        chronologicalEvents = events.sortedStably { $0.start }
        self.letters = letters
        self.reports = reports
        self.coverage = coverage
        self.registerCoverage = registerCoverage
    }

    /// The event with this id.
    public func event(_ id: String) -> Event? { events.first { $0.id == id } }

    /// The letter with this id.
    public func letter(_ id: String) -> Letter? { letters.first { $0.id == id } }

    /// Makes a council id from a name: lower case, words joined by hyphens. A trailing
    /// "Council" and an inverted ", City of" or ", County of" are dropped, so
    /// "Middlesbrough Council" gives `middlesbrough` and "Bristol, City of" gives `bristol`.
    public static func id(forName name: String) -> String {
        var lowered = name.lowercased()
            .replacingOccurrences(of: "&", with: " and ")
            .replacingOccurrences(of: "'", with: "")
            .replacingOccurrences(of: "’", with: "")
        for suffix in [", city of", ", county of"] where lowered.hasSuffix(suffix) {
            lowered.removeLast(suffix.count)
        }
        var words = lowered.split { !($0.isLetter || $0.isNumber) }
        if words.count > 1, words.last == "council" { words.removeLast() }
        return words.joined(separator: "-")
    }
}
