/// Whether a council was under a DfE statutory direction or improvement notice on a given day,
/// for how long, and what the answer rests on.
///
/// Built by ``Council/interventionStatus(on:)``. `state` is the position the sources establish;
/// when a date is too vague to tell (the day falls inside a direction dated only `2020`), or the
/// day is after the register was last checked, `certainty` is ``Knowledge/unknown``, `state` is
/// the position before the change that may already have happened, and `uncertainty` says why.
///
/// Directions and notices about special educational needs and disabilities (SEND) are never
/// counted in `state`; `send` reports one in force on the day.
public struct InterventionStatus: Sendable, Hashable {
    /// One step of a measure's history: the event's id and its date.
    public struct Step: Sendable, Hashable, Codable {
        public var id: String
        public var date: PartialDate

        public init(id: String, date: PartialDate) {
            self.id = id
            self.date = date
        }
    }

    /// The council's children's social care position on the day.
    public enum State: Sendable, Hashable {
        /// Neither a direction nor a notice is recorded by the day, and nothing says there was
        /// none: the register does not list the council, or does not cover the day.
        case noneRecorded
        /// The register lists the council and covers the day, and no direction or notice is in
        /// force: none was ever issued, or none yet.
        case notUnderDirection
        /// A direction in force since `since` (the issuing event `issuedID`), with the revisions
        /// certainly made by the day, oldest first.
        case underDirection(since: PartialDate, issuedID: String, revisions: [Step])
        /// The direction relevant to the day was revoked on `on` (event `revokedID`); it had been
        /// issued on `issued` (event `issuedID`) and revised by `revisions`.
        case revoked(on: PartialDate, revokedID: String, issued: PartialDate, issuedID: String, revisions: [Step])
        /// An improvement notice in force since `since`, and no direction.
        case underNotice(since: PartialDate, issuedID: String, revisions: [Step])
        /// The improvement notice relevant to the day was lifted on `on` (event `liftedID`).
        case noticeLifted(on: PartialDate, liftedID: String, issued: PartialDate, issuedID: String, revisions: [Step])
    }

    /// A SEND direction or improvement notice in force (or possibly in force) on the day.
    public struct SENDPosition: Sendable, Hashable, Codable {
        /// `send-direction` or `send-improvement-notice`.
        public var kind: EventKind
        public var since: PartialDate
        public var issuedID: String
        public var certainty: Knowledge
        public var uncertainty: String?
        /// Whether no end is recorded and the day is after its last record.
        public var endNotRecorded: Bool

        public init(kind: EventKind, since: PartialDate, issuedID: String, certainty: Knowledge = .yes,
                    uncertainty: String? = nil, endNotRecorded: Bool = false) {
            self.kind = kind
            self.since = since
            self.issuedID = issuedID
            self.certainty = certainty
            self.uncertainty = uncertainty
            self.endNotRecorded = endNotRecorded
        }
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
    /// The kind of measure (direction or notice) whose date leaves `state` unknown, when it is.
    public var uncertainMeasure: EventKind?
    /// Revisions whose partial date contains the day, so they may or may not have been made by then.
    public var unconfirmedRevisions: [Step]
    /// How long the direction or notice in `state` lasted: up to its end, or up to the day while in force.
    public var timeUnderDirection: DurationRange?
    /// For a direction: the issuing step of the improvement notice it replaced.
    public var replacedNotice: Step?
    /// Whether the end in `state` (revoked, lifted) is known only as the day by which it had happened.
    public var endIsUpperBound: Bool
    /// Whether the direction or notice in `state` has no recorded end and the day is after its
    /// last recorded step, so whether it was still in force is not known.
    public var endNotRecorded = false
    /// What the answer rests on: the register applied to the council, or nothing but its own files.
    public var coverage: RegisterCoverage?
    /// When the day is after the register was last checked: that day, on which `state` held.
    public var knownUntil: CalendarDay?
    /// A SEND direction or notice in force on the day, if any.
    public var send: SENDPosition?

    public init(day: CalendarDay, state: State, certainty: Knowledge = .yes, uncertainty: String? = nil,
                unconfirmedRevisions: [Step] = [], timeUnderDirection: DurationRange? = nil,
                replacedNotice: Step? = nil, endIsUpperBound: Bool = false, coverage: RegisterCoverage? = nil,
                knownUntil: CalendarDay? = nil, send: SENDPosition? = nil) {
        self.day = day
        self.state = state
        self.certainty = certainty
        self.uncertainty = uncertainty
        uncertainMeasure = nil
        self.unconfirmedRevisions = unconfirmedRevisions
        self.timeUnderDirection = timeUnderDirection
        self.replacedNotice = replacedNotice
        self.endIsUpperBound = endIsUpperBound
        self.coverage = coverage
        self.knownUntil = knownUntil
        self.send = send
    }

    /// Whether a direction or notice is (as far as the sources go) in force: the state, certain or not.
    public var isUnderMeasure: Bool {
        switch state {
        case .underDirection, .underNotice: return true
        default: return false
        }
    }
}
