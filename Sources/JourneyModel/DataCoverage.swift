/// How far a council's data reaches: each source it was built from, with the latest date that
/// source covers ("as at"). The data as a whole is as at the latest of them.
///
/// Sources: the council file's own `as-at` (what its author checked the sources up to), each
/// Ofsted release imported into it (its "as at 31 March" date), and the DfE register of
/// interventions applied to it (the day it was checked).
public struct DataCoverage: Hashable, Sendable, Codable {
    /// One source of the data and the latest date it covers.
    public struct Source: Hashable, Sendable, Codable {
        public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
            /// The hand-written council file, as its `as-at` declares.
            case councilFile = "council-file"
            /// A release of Ofsted's official statistics.
            case ofstedRelease = "ofsted-release"
            /// The register of DfE interventions, as far as it was checked.
            case interventionRegister = "intervention-register"
        }

        public var kind: Kind
        /// For people: "the council file", or the release's title.
        public var name: String
        /// The latest date the source covers.
        public var asAt: CalendarDay

        public init(kind: Kind, name: String, asAt: CalendarDay) {
            self.kind = kind
            self.name = name
            self.asAt = asAt
        }
    }

    /// The sources, each once, latest first.
    public private(set) var sources: [Source]

    public init(sources: [Source] = []) {
        self.sources = []
        for source in sources { add(source) }
    }

    /// Adds a source (a source already listed is kept once).
    public mutating func add(_ source: Source) {
        guard !sources.contains(source) else { return }
        sources.append(source)
        sources.sort { ($0.asAt, $1.name) > ($1.asAt, $0.name) }
    }

    /// The data's as-at date: the latest date any source covers; nil when no source says.
    public var asAt: CalendarDay? { sources.first?.asAt }

    /// Where a day stands against the data.
    public enum Standing: Hashable, Sendable {
        /// On or before the as-at date (or the data gives none).
        case covered
        /// After the as-at date: what happened since is not in the data.
        case pastTheData(asAt: CalendarDay)
    }

    /// Where `day` stands against the data.
    public func standing(of day: CalendarDay) -> Standing {
        guard let asAt, day > asAt else { return .covered }
        return .pastTheData(asAt: asAt)
    }

    /// One sentence for a day after today or past the data, e.g. "This is after 31 March 2025,
    /// the latest date the data covers: anything since is not in it." Nil when the day is
    /// covered and not in the future.
    public func caveat(on day: CalendarDay, today: CalendarDay) -> String? {
        let future = day > today ? "This day is in the future" : nil
        switch standing(of: day) {
        case .covered:
            return future.map { $0 + "." }
        case .pastTheData(let asAt):
            let past = "the data covers up to \(asAt.text) only: anything since is not in it"
            return future.map { "\($0), and \(past)." } ?? (past.prefix(1).uppercased() + past.dropFirst() + ".")
        }
    }
}
