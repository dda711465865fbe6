import JourneyModel

/// The journey picture in days, for both the text strip and the SVG: the span of years, the
/// events up to the briefing's day as marks, the periods under direction or notice as a bar
/// (and where the position is not known), and the steps that began and ended them.
///
/// SEND directions and notices are not on the bar, as in the browser's strip: they are never
/// counted as children's social care interventions.
public struct JourneyPicture: Sendable, Hashable {
    /// What a mark on the time axis is.
    public enum MarkKind: Sendable, Hashable {
        case inspection(Grade?)
        case focusedVisit, monitoringVisit, other

        /// The mark's letter: O, G, RI, I (`?` ungraded), f, m, or `·`.
        public var glyph: String {
            switch self {
            case .inspection(let grade): grade?.letter ?? "?"
            case .focusedVisit: "f"
            case .monitoringVisit: "m"
            case .other: "·"
            }
        }
    }

    /// An event as a mark: where it goes and what it says.
    public struct Mark: Sendable, Hashable {
        public var day: CalendarDay
        public var kind: MarkKind
        /// `Inspection, 21 January – 1 February 2019: Inadequate (I)`.
        public var description: String
    }

    /// What the bar shows for a run of days.
    public enum PeriodKind: String, Sendable, Hashable {
        case direction = "Under statutory direction"
        case notice = "Under an improvement notice"
        case unknown = "Not known whether under a direction or notice"
    }

    /// A run of days with one position on the bar.
    public struct Period: Sendable, Hashable {
        public var from: CalendarDay
        public var to: CalendarDay
        public var kind: PeriodKind
    }

    /// A direction or notice issued (`[`, `(`), revised (`+`) or ended (`]`, `)`).
    public struct Step: Sendable, Hashable {
        public var day: CalendarDay
        public var glyph: String
        public var isNotice: Bool
        public var description: String
    }

    /// From the first of January of the first year with an event to the day's year's end.
    public let span: ClosedRange<CalendarDay>
    /// The briefing's day (the picture's cursor).
    public let day: CalendarDay
    public let marks: [Mark]
    public let periods: [Period]
    public let steps: [Step]

    public init(council: Council, day: CalendarDay) {
        self.day = day
        let events = council.timeline(to: day)
        let firstYear = (events.map(\.start.year) + [day.year]).min() ?? day.year
        span = (CalendarDay(year: firstYear, month: 1, day: 1) ?? day)...max(day, CalendarDay(year: day.year, month: 12, day: 31) ?? day)
        marks = events.map { Self.mark($0, day: day) }
        periods = Self.periods(council, from: span.lowerBound, to: day)
        steps = events.compactMap(Self.step)
    }

    private static func mark(_ event: Event, day: CalendarDay) -> Mark {
        let known = Briefing.isKnown(event, on: day)
        let kind: MarkKind = switch event.kind {
        case .inspection: .inspection(known ? event.overallGrade : nil)
        case .focusedVisit: .focusedVisit
        case .monitoringVisit: .monitoringVisit
        default: .other
        }
        let grade = !known && event.kind == .inspection ? ": " + Briefing.outcome(of: event, on: day)
            : event.overallGrade.map { ": \($0.rawValue) (\($0.letter))" } ?? (event.kind == .inspection ? ": no overall grade" : "")
        let description = "\(event.kind.label), \(EventText.dates(of: event)): \(event.title)\(grade)"
        return Mark(day: event.start.first, kind: kind, description: PlainText.clean(description))
    }

    private static func step(_ event: Event) -> Step? {
        guard let step = event.intervention, event.kind == .direction || event.kind == .improvementNotice else {
            return nil
        }
        let notice = event.kind.isNotice
        let (glyph, day) = switch step.action {
        case .issued: (notice ? "(" : "[", event.start.first)
        case .revised: ("+", event.start.first)
        case .revoked, .lifted: (notice ? ")" : "]", event.start.last)
        }
        let description = "\(event.kind.label) \(step.action.rawValue), \(EventText.dates(of: event))"
        return Step(day: day, glyph: glyph, isNotice: notice, description: PlainText.clean(description))
    }

    /// The bar's runs, from the status on every day up to the briefing's day.
    private static func periods(_ council: Council, from first: CalendarDay, to last: CalendarDay) -> [Period] {
        guard first <= last else { return [] }
        let days = (0...(last.ordinal - first.ordinal)).map(first.adding(days:))
        var periods: [Period] = []
        for (day, status) in zip(days, council.interventionStatus(on: days)) {
            let kind: PeriodKind? = switch (status.state, status.certainty) {
            case (_, .unknown): .unknown
            case (.underDirection, _): .direction
            case (.underNotice, _): .notice
            default: nil
            }
            guard let kind else { continue }
            if let lastPeriod = periods.last, lastPeriod.kind == kind, lastPeriod.to.adding(days: 1) == day {
                periods[periods.count - 1].to = day
            } else {
                periods.append(Period(from: day, to: day, kind: kind))
            }
        }
        return periods
    }

    /// The fraction of the span at which a day falls, 0 to 1.
    public func position(of day: CalendarDay) -> Double {
        let length = Double(max(1, span.upperBound.ordinal - span.lowerBound.ordinal + 1))
        return min(1, max(0, Double(day.ordinal - span.lowerBound.ordinal) / length))
    }

    /// The picture in words, for a screen reader and for anyone who cannot see the marks.
    public var summary: [String] {
        let periodLines = periods.map { "\($0.kind.rawValue) from \($0.from.text) to \($0.to.text)" }
        return marks.map(\.description) + steps.map(\.description) + periodLines
    }
}
