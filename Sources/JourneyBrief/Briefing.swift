import Foundation
import JourneyModel

/// A briefing on one council on one day, as content both renderings share: where the council
/// stands, how it got there, what the advisor noted and flagged, and every source cited.
///
/// Built by a pure function of the council, the day and the review; every string taken from
/// the data is already cleaned of controls (``PlainText``), so renderers only escape for their format.
public struct Briefing: Sendable {
    /// One line of "where it stands": a label, the product's own sentence, and lines under it.
    public struct Fact: Sendable, Hashable {
        public var label: String
        public var value: String
        public var details: [String] = []
    }

    /// One judgement of the latest inspection.
    public struct JudgementRow: Sendable, Hashable {
        public var area: String
        public var grade: String
        public var letter: String
    }

    /// A person in post on the day.
    public struct Person: Sendable, Hashable {
        public var role: String
        public var name: String
        /// Why it is not certain they were in post; nil when they certainly were.
        public var uncertainty: String?
    }

    /// One event of the timeline up to the day.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var iso: String
        /// The dates, each saying which date it is (inspected, published).
        public var dates: String
        public var kind: String
        public var title: String
        /// Grades in brief, or empty.
        public var outcome: String
        /// `Direction: Statutory direction issued`; the title alone when it starts with the kind.
        public var event: String { title.hasPrefix(kind) ? title : "\(kind): \(title)" }
        /// `flagged`, `reviewed`, `1 note`, joined; empty when the review has nothing on it.
        public var review: String
    }

    /// One note of the review, with what it is on resolved against the council's data.
    public struct Note: Sendable, Hashable {
        public var about: String
        /// Whether what it is on is no longer in the council's data (kept and shown, never dropped).
        public var orphaned: Bool
        public var lines: [String]
        public var author: String
        public var written: String
    }

    /// One cited source: its title and, when it has one, its address.
    public struct Citation: Sendable, Hashable {
        public var title: String
        public var url: String?
    }

    /// Sources grouped under what they support.
    public struct SourceGroup: Sendable, Hashable {
        public var heading: String
        public var citations: [Citation]
    }

    public let councilID: String
    public let councilName: String
    /// Area code, region and former status, as one line; empty when the data gives none.
    public let councilLine: String
    public let day: CalendarDay
    /// Said when the day asked for was a month or a year: " (the first day of June 2020)".
    public let precisionNote: String
    public let dataAsAt: String
    /// Said when the day is in the future or past the data.
    public let caveat: String?
    public let facts: [Fact]
    public let judgements: [JudgementRow]
    public let inPost: [Person]
    public let entries: [Entry]
    /// Events after the day, left out of "how it got there".
    public let laterEvents: Int
    public let picture: JourneyPicture
    public let notes: [Note]
    /// What is flagged, for people, in the timeline's order.
    public let flagged: [String]
    /// How many of the events up to the day are marked reviewed.
    public let reviewedCount: Int
    public let sources: [SourceGroup]

    /// - Parameters:
    ///   - council: the council, loaded.
    ///   - day: the day the briefing is for.
    ///   - requested: the date as asked for (a month or year is said to mean its first day).
    ///   - today: the real today, to say when the day is in the future.
    ///   - review: the advisor's notes and marks.
    ///   - register: what the DfE register of interventions says about itself, to cite its indexes.
    public init(council: Council, day: CalendarDay, requested: PartialDate? = nil, today: CalendarDay,
                review: BriefingReview = .empty, register: RegisterInfo? = nil) {
        councilID = council.id
        councilName = PlainText.clean(council.name)
        councilLine = Self.councilLine(council)
        self.day = day
        precisionNote = StatusText.precisionNote(requested)
        dataAsAt = PlainText.clean(StatusText.asAt(council.coverage))
        caveat = council.coverage.caveat(on: day, today: today)
        let judgement = council.judgementStatus(on: day)
        facts = Self.facts(council, day: day, judgement: judgement)
        judgements = Self.judgementRows(judgement.latest)
        inPost = council.postHolders(on: day).map {
            Person(role: $0.role.label, name: PlainText.clean($0.name),
                   uncertainty: $0.certainty == .yes ? nil : PlainText.clean($0.uncertainty ?? "dates not recorded"))
        }
        let events = council.timeline(to: day)
        entries = events.map { Self.entry($0, day: day, review: review) }
        laterEvents = council.events.count - events.count
        picture = JourneyPicture(council: council, day: day)
        notes = Self.notes(review.notes, council: council)
        flagged = Self.flaggedLabels(review.flagged, council: council)
        reviewedCount = events.filter { review.reviewed.contains($0.id) }.count
        sources = BriefingSources.groups(council: council, events: events, day: day,
                                         nextInspection: council.nextInspection(on: day), register: register)
    }

    /// `E08000036 — Yorkshire and the Humber`, with `former council` when it is one.
    private static func councilLine(_ council: Council) -> String {
        let parts = [council.areaCode, council.region, council.isFormer ? "former council" : nil,
                     council.note].compactMap { $0 }
        return PlainText.clean(parts.joined(separator: " — "))
    }

    /// The status lines of `journey status`, in the product's own sentences.
    private static func facts(_ council: Council, day: CalendarDay, judgement: JudgementStatus) -> [Fact] {
        let intervention = council.interventionStatus(on: day)
        var facts = [Fact(label: "Intervention", value: intervention.sentence)]
        if let send = intervention.sendSentence { facts.append(Fact(label: "SEND", value: send)) }
        facts.append(Fact(label: "Latest judgement", value: PlainText.clean(StatusText.judgement(judgement)),
                          details: judgement.latest.map { StatusText.wordingNotes($0.framework, $0.judgements) } ?? []))
        if let awaiting = judgement.awaiting {
            facts.append(Fact(label: "Awaiting report", value: PlainText.clean(StatusText.awaiting(awaiting))))
        }
        facts.append(nextInspectionFact(council.nextInspection(on: day)))
        return facts
    }

    /// The estimate in `journey status`'s words, with the inspection it follows and the rule
    /// (the framework it rests on is cited under Sources).
    private static func nextInspectionFact(_ next: NextInspection?) -> Fact {
        guard let next else {
            return Fact(label: "Next inspection",
                        value: "no estimate (the ILACS rules apply only after an ILACS inspection on record)")
        }
        let grade = next.basis.overallGrade.map { " (\($0.letter))" } ?? ""
        return Fact(label: "Next inspection", value: next.sentence, details: [
            PlainText.clean("Follows: \(next.basis.title), \(next.basis.inspected.labelled())\(grade)"),
            "Rule: \(next.rule)",
        ])
    }

    private static func judgementRows(_ outcome: JudgementStatus.Outcome?) -> [JudgementRow] {
        (outcome?.judgements ?? []).map {
            JudgementRow(area: $0.area.shortTitle, grade: $0.grade.rawValue, letter: $0.grade.letter)
        }
    }

    private static func entry(_ event: Event, day: CalendarDay, review: BriefingReview) -> Entry {
        let dated = event.kind == .inspection || event.kind.group == .visits
        let dates = dated ? InspectionDates(event).labelled() : EventText.dates(of: event)
        let count = review.notes.filter { $0.targetID == event.id }.count
        let marks = [review.flagged.contains(event.id) ? "flagged" : nil,
                     review.reviewed.contains(event.id) ? "reviewed" : nil,
                     count == 0 ? nil : "\(count) note\(count == 1 ? "" : "s")"].compactMap { $0 }
        return Entry(id: PlainText.clean(event.id), iso: event.start.iso, dates: PlainText.clean(dates),
                     kind: event.kind.label, title: PlainText.clean(event.title),
                     outcome: outcome(of: event, on: day), review: marks.joined(separator: ", "))
    }

    /// The grades in brief, only when the report was out by the day: a briefing on a day says
    /// nothing the day did not know.
    static func outcome(of event: Event, on day: CalendarDay) -> String {
        let grades = EventText.grades(of: event)
        guard !grades.isEmpty, !isKnown(event, on: day) else { return grades }
        return "report not published by this day" + (event.published.map { " (published \($0.text))" } ?? "")
    }

    /// Whether an event's outcome was out on the day: its publication (else its end, else its
    /// start) certainly on or before it.
    static func isKnown(_ event: Event, on day: CalendarDay) -> Bool {
        event.effective.last <= day
    }

    /// The notes in the order they were written, each with what it is on.
    private static func notes(_ notes: [BriefingNote], council: Council) -> [Note] {
        notes.enumerated().sorted { ($0.element.written, $0.offset) < ($1.element.written, $1.offset) }.map { item in
            let note = item.element
            let found = note.targetID.map { label(of: $0, in: council) } ?? "The council as a whole"
            let about = found ?? "\(note.targetLabel) [\(note.targetID ?? "")]"
            return Note(about: PlainText.clean(about), orphaned: found == nil, lines: PlainText.lines(note.text),
                        author: PlainText.clean(note.author), written: BriefingClock.text(note.written))
        }
    }

    /// What is flagged, in the timeline's order, then anything no longer in the data.
    private static func flaggedLabels(_ ids: Set<String>, council: Council) -> [String] {
        // A report shares its event's id: each id once.
        var listed: Set<String> = []
        let known = (council.timeline().map(\.id) + council.letters.map(\.id) + council.reports.map(\.id))
            .filter { listed.insert($0).inserted }
        let inData = known.filter(ids.contains).compactMap { label(of: $0, in: council) }
        let orphaned = ids.subtracting(known).sorted().map { "[\($0)] (no longer in the council's data)" }
        return (inData + orphaned).map(PlainText.clean)
    }

    /// `Inspection: ILACS inspection, 2019-01-21 [ilacs-2019]`, for an event, letter or report id.
    static func label(of id: String, in council: Council) -> String? {
        if let event = council.event(id) { return "\(event.kind.label): \(event.title), \(event.start.iso) [\(id)]" }
        if let letter = council.letter(id) { return "Letter: \(letter.subject), \(letter.date.iso) [\(id)]" }
        if let report = council.report(id) { return "\(report.label): \(report.title) [\(id)]" }
        return nil
    }
}
