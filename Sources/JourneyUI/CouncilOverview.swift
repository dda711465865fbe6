import JourneyModel

/// One council's line in the picker's overview of England, worked out once when the picker
/// opens: latest grade with its date, intervention now, time since the last inspection and
/// the next inspection window.
public struct CouncilOverview: Hashable, Sendable {
    /// The council's index in the state's `summaries`: its place among them in name order, so
    /// that sorting by name compares numbers rather than names.
    public var index: Int
    public var name: String
    public var region: String?
    public var isFormer: Bool
    /// The latest judgement in force today, if any.
    public var latest: JudgementStatus.Outcome?
    /// The intervention status today, in brief (see ``InterventionBrief``).
    public var intervention: InterventionBrief
    /// Days from the latest judgement's first inspection day to today.
    public var daysSinceInspection: Int?
    /// The likely next inspection, an estimate.
    public var next: NextInspection?

    public init(council: Council, index: Int, today: CalendarDay) {
        self.index = index
        name = council.name
        region = council.region
        isFormer = council.isFormer
        let judgements = council.judgementStatus(on: today)
        latest = judgements.latest
        intervention = InterventionBrief(council.interventionStatus(on: today))
        daysSinceInspection = latest.map { today.ordinal - $0.inspected.start.first.ordinal }
        next = council.nextInspection(on: today, judgements: judgements)
    }

    /// The overall grade, if any.
    public var grade: Grade? { latest?.overallGrade }

    /// Whether the council matches what is typed in the filter: name or region, ignoring case.
    func matches(_ needle: String) -> Bool {
        Self.matches(needle, name: name, region: region)
    }

    /// Whether a council matches what is typed in the filter, before its line is worked out.
    static func matches(_ needle: String, _ council: CouncilSummary) -> Bool {
        matches(needle, name: council.name, region: council.region)
    }

    private static func matches(_ needle: String, name: String, region: String?) -> Bool {
        needle.isEmpty || name.lowercased().contains(needle) || (region?.lowercased().contains(needle) ?? false)
    }

    /// `2y 8m`, `5m`, `12d`: the time since the last inspection, for a narrow column.
    public var sinceText: String {
        guard let days = daysSinceInspection else { return "–" }
        guard days >= 31 else { return "\(max(0, days))d" }
        let months = days * 12 / 365
        return months >= 12 ? "\(months / 12)y \(months % 12)m" : "\(months)m"
    }

    /// The next window in brief: `May 2024–May 2025`, `overdue`, `monitoring`, or `–`.
    public var nextText: String {
        nextText { "\($0.lowerBound.shortMonthText)–\($0.upperBound.shortMonthText)" }
    }

    /// The next window's years, for a narrower column: `2024–2025`, `2026` (a window within
    /// one year), `overdue`, `monitoring`, or `–`.
    public var nextYearsText: String {
        nextText { window in
            let (from, to) = (window.lowerBound.year, window.upperBound.year)
            return from == to ? "\(from)" : "\(from)–\(to)"
        }
    }

    /// The next window as `spell` writes it, marked `?` when not known to be still to come.
    private func nextText(_ spell: (ClosedRange<CalendarDay>) -> String) -> String {
        guard let next else { return "–" }
        switch next.progress {
        case .noDate: return "monitoring"
        case .overdue: return "overdue"
        default:
            guard let window = next.window else { return "–" }
            return next.progress == .notKnown ? spell(window) + "?" : spell(window)
        }
    }
}
