/// The Ofsted judgement in force on a day: the latest graded inspection whose outcome counted by then.
///
/// Built by ``Council/judgementStatus(on:)``. An inspection's outcome counts from its
/// ``Event/effective`` date (publication, else the end, else the start).
public struct JudgementStatus: Sendable, Hashable, Codable {
    /// A graded inspection's outcome.
    public struct Outcome: Sendable, Hashable, Codable {
        public var eventID: String
        public var title: String
        /// The date the outcome counts from.
        public var date: PartialDate
        public var framework: Framework
        /// The overall-effectiveness grade; `nil` if the file gives none.
        public var overallGrade: Grade?
        /// Every judgement, in the file's order.
        public var judgements: [Judgement]
        /// When the inspection took place: its first day, and its last when the file gives one.
        public var inspected: InspectionDates

        public init(eventID: String, title: String, date: PartialDate, framework: Framework,
                    overallGrade: Grade?, judgements: [Judgement], inspected: InspectionDates) {
            self.eventID = eventID
            self.title = title
            self.date = date
            self.framework = framework
            self.overallGrade = overallGrade
            self.judgements = judgements
            self.inspected = inspected
        }
    }

    /// An inspection that had begun by the day but whose report was not yet published, so its
    /// outcome did not count yet: "inspected 25 Nov – 6 Dec 2019; report not yet published".
    public struct Awaiting: Sendable, Hashable, Codable {
        public var eventID: String
        public var title: String
        public var inspected: InspectionDates
        /// Whether the day falls within the inspection itself (it was under way).
        public var underWay: Bool

        public init(eventID: String, title: String, inspected: InspectionDates, underWay: Bool) {
            self.eventID = eventID
            self.title = title
            self.inspected = inspected
            self.underWay = underWay
        }
    }

    /// The day asked about.
    public var day: CalendarDay
    /// The latest outcome that certainly counted by the day; `nil` when none did.
    public var latest: Outcome?
    /// ``Knowledge/yes`` when `latest` is certainly the judgement in force; ``Knowledge/unknown``
    /// when `pending` may already have replaced it.
    public var certainty: Knowledge
    /// A later inspection whose date is too vague to tell whether it counted by the day.
    public var pending: Outcome?
    /// Why `certainty` is unknown; `nil` when it is not.
    public var uncertainty: String?
    /// A later inspection that had certainly begun by the day but whose report was certainly
    /// not yet published; `nil` when there is none.
    public var awaiting: Awaiting?

    public init(day: CalendarDay, latest: Outcome?, certainty: Knowledge = .yes, pending: Outcome? = nil,
                uncertainty: String? = nil, awaiting: Awaiting? = nil) {
        self.day = day
        self.latest = latest
        self.certainty = certainty
        self.pending = pending
        self.uncertainty = uncertainty
        self.awaiting = awaiting
    }
}
