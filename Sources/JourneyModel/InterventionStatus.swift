/// Whether a council was under a DfE statutory direction on a given day, and for how long.
///
/// Built by ``Council/interventionStatus(on:)``. `state` is the position the sources establish;
/// when a date is too vague to tell (the day falls inside a direction dated only `2020`),
/// `certainty` is ``Knowledge/unknown``, `state` is the position before the change that may
/// already have happened, and `uncertainty` says which change and why.
public struct InterventionStatus: Sendable, Hashable {
    /// One step of a direction's history: the event's id and its date.
    public struct Step: Sendable, Hashable, Codable {
        public var id: String
        public var date: PartialDate

        public init(id: String, date: PartialDate) {
            self.id = id
            self.date = date
        }
    }

    /// The council's position on the day.
    public enum State: Sendable, Hashable {
        /// No direction in force: none was ever issued, or none yet.
        case notUnderDirection
        /// A direction in force since `since` (the issuing event `issuedID`), with the revisions
        /// certainly made by the day, oldest first.
        case underDirection(since: PartialDate, issuedID: String, revisions: [Step])
        /// The direction relevant to the day was revoked on `on` (event `revokedID`); it had been
        /// issued on `issued` (event `issuedID`) and revised by `revisions`.
        case revoked(on: PartialDate, revokedID: String, issued: PartialDate, issuedID: String, revisions: [Step])
    }

    /// The day asked about.
    public var day: CalendarDay
    /// The position on the day; when `certainty` is unknown, the position before the uncertain change.
    public var state: State
    /// Whether `state` is certain.
    public var certainty: Knowledge
    /// Why something is not known: the state itself (when `certainty` is unknown), or whether the
    /// `unconfirmedRevisions` had been made yet. `nil` when everything is known.
    public var uncertainty: String?
    /// Revisions whose partial date contains the day, so they may or may not have been made by then.
    public var unconfirmedRevisions: [Step]
    /// How long the direction in `state` lasted: up to the revocation, or up to the day while in force.
    public var timeUnderDirection: DurationRange?

    public init(day: CalendarDay, state: State, certainty: Knowledge = .yes, uncertainty: String? = nil,
                unconfirmedRevisions: [Step] = [], timeUnderDirection: DurationRange? = nil) {
        self.day = day
        self.state = state
        self.certainty = certainty
        self.uncertainty = uncertainty
        self.unconfirmedRevisions = unconfirmedRevisions
        self.timeUnderDirection = timeUnderDirection
    }

    /// One sentence for people, e.g. `Under statutory direction since 2020 (revised 2022)` or
    /// `Statutory direction revoked on 6 September 2024 (issued 2020, revised 2022); under
    /// direction for between 3 years 8 months and 4 years 8 months`.
    public var sentence: String {
        if certainty == .unknown, let uncertainty {
            return "Not known whether under a statutory direction: \(uncertainty)"
        }
        switch state {
        case .notUnderDirection:
            return "Not under a statutory direction"
        case .underDirection(let since, _, let revisions):
            let revised = revisions.isEmpty ? "" : " (revised \(InterventionStatus.dates(revisions)))"
            let pending = uncertainty.map { "; not known whether revised yet: \($0)" } ?? ""
            return "Under statutory direction since \(since.text)\(revised)\(pending)"
        case .revoked(let on, _, let issued, _, let revisions):
            let revised = revisions.isEmpty ? "" : ", revised \(InterventionStatus.dates(revisions))"
            let preposition = on.precision == .day ? "on" : "in"
            let lasted = timeUnderDirection.map { "; under direction for \($0.text)" } ?? ""
            return "Statutory direction revoked \(preposition) \(on.text) (issued \(issued.text)\(revised))\(lasted)"
        }
    }

    /// `2022`, `March 2021 and 2022`, `2021, 2022 and 2023`.
    private static func dates(_ steps: [Step]) -> String {
        let texts = steps.map(\.date.text)
        guard let last = texts.last, texts.count > 1 else { return texts.first ?? "" }
        return texts.dropLast().joined(separator: ", ") + " and " + last
    }
}
