/// The likely next inspection of a council under the ILACS framework's rules: what is expected
/// and in which window, always an estimate, with the rule and the framework version it rests on.
///
/// Built by ``Council/nextInspection(on:)``.
public struct NextInspection: Sendable, Hashable, Codable {
    /// What the framework expects next.
    public enum Expected: String, Sendable, Hashable, Codable {
        /// A one-week short inspection (last judged good or outstanding).
        case shortInspection = "short-inspection"
        /// A two-week standard inspection (last judged requires improvement to be good).
        case standardInspection = "standard-inspection"
        /// Monitoring visits, then a standard re-inspection with no date set (judged inadequate).
        case monitoringThenReinspection = "monitoring-then-reinspection"

        /// For people: "short inspection".
        public var label: String {
            switch self {
            case .shortInspection: return "short inspection"
            case .standardInspection: return "standard inspection"
            case .monitoringThenReinspection: return "monitoring visits, then a standard re-inspection"
            }
        }
    }

    /// Where the day stands against the window.
    public enum Progress: String, Sendable, Hashable, Codable {
        /// The window has not opened yet.
        case upcoming
        /// The day is inside the window.
        case due
        /// The window closed before the data's as-at date with no inspection on record.
        case overdue
        /// The window closed after the data's as-at date: the data cannot say whether it happened.
        case notKnown = "not-known"
        /// No window: monitoring, then a re-inspection when Ofsted decides.
        case noDate = "no-date"
    }

    public var expected: Expected
    /// The usual window; nil when the framework sets no date.
    public var window: ClosedRange<CalendarDay>?
    public var progress: Progress
    /// The last ILACS standard or short inspection, which the estimate follows from.
    public var basis: JudgementStatus.Outcome
    /// The rule applied, in words.
    public var rule: String
    /// The framework version in force on the day asked about.
    public var framework: ILACSFramework.Version
    /// The day on which the window is judged (upcoming, due, overdue): the day asked, or the
    /// data's as-at date when the day is past it (the data cannot show an inspection after that).
    public var asOf: CalendarDay
    /// Whether `asOf` is the data's as-at date rather than the day asked.
    public var limitedByData: Bool

    public init(expected: Expected, window: ClosedRange<CalendarDay>?, progress: Progress,
                basis: JudgementStatus.Outcome, rule: String, framework: ILACSFramework.Version, asOf: CalendarDay,
                limitedByData: Bool) {
        self.expected = expected
        self.window = window
        self.progress = progress
        self.basis = basis
        self.rule = rule
        self.framework = framework
        self.asOf = asOf
        self.limitedByData = limitedByData
    }

    /// The window for people at month precision: "March 2026 – March 2027".
    public var windowText: String? {
        window.map { "\(NextInspection.month($0.lowerBound)) – \(NextInspection.month($0.upperBound))" }
    }

    /// One sentence, always marked as an estimate, e.g. "Standard inspection expected
    /// September 2025 – September 2026 (estimate; window passed with none on record by 31 March
    /// 2025)".
    public var sentence: String {
        let what = expected.label.prefix(1).uppercased() + expected.label.dropFirst()
        guard let windowText else {
            return "\(what) (estimate: the framework sets no date for the re-inspection)"
        }
        var notes = ["estimate"]
        switch progress {
        case .overdue: notes.append("the window closed with no inspection on record by \(asOf.text)")
        case .notKnown: notes.append("the data stops at \(asOf.text), before the window closed")
        case .due where limitedByData: notes.append("the window was open when the data stops, \(asOf.text)")
        case .upcoming where limitedByData: notes.append("from the data as at \(asOf.text)")
        default: break
        }
        return "\(what) expected \(windowText) (\(notes.joined(separator: "; ")))"
    }

    private static func month(_ day: CalendarDay) -> String {
        "\(CalendarDay.monthNames[day.month - 1]) \(day.year)"
    }
}
