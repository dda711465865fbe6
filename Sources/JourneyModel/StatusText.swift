
/// How judgement status, coverage and the next inspection read in plain text.
public enum StatusText {
    /// `Requires improvement to be good (RI): ILACS standard inspection, inspected 13–24 March
    /// 2023, published 25 May 2023`: every date says which date it is.
    public static func judgement(_ status: JudgementStatus) -> String {
        guard let latest = status.latest else {
            return "none on record" + (status.uncertainty.map { " (\($0))" } ?? "")
        }
        let grade = latest.overallGrade.map { "\($0.rawValue) (\($0.letter))" } ?? "not graded overall"
        let pending = status.uncertainty.map { "; \($0)" } ?? ""
        return "\(grade): \(latest.title), \(latest.inspected.labelled())\(pending)"
    }

    /// `ILACS standard inspection, inspected 25 November – 6 December 2019; report not yet published`.
    public static func awaiting(_ awaiting: JudgementStatus.Awaiting) -> String {
        let dates = PartialDate.spanText(awaiting.inspected.start, awaiting.inspected.end)
        return awaiting.underWay
            ? "\(awaiting.title) under way (\(dates)); no report yet"
            : "\(awaiting.title), inspected \(dates); report not yet published"
    }

    /// One line per judgement area: area, grade and its letter, and how an older framework's
    /// grade is worded in Ofsted's statistics.
    public static func judgementTable(_ outcome: JudgementStatus.Outcome?) -> [String] {
        guard let outcome else { return [] }
        let width = outcome.judgements.map(\.area.shortTitle.count).max() ?? 0
        return outcome.judgements.map {
            $0.area.shortTitle.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  \($0.grade.rawValue) (\($0.grade.letter))"
        } + wordingNotes(outcome.framework, outcome.judgements)
    }

    /// "Ofsted's statistics word this grade ...; SLAC inspections called it "adequate"", once.
    public static func wordingNotes(_ framework: Framework, _ judgements: [Judgement]) -> [String] {
        Array(Set(judgements.compactMap { framework.releaseWording(of: $0.grade) })).sorted()
    }

    /// `12 November 2025 (the council file to 12 November 2025; Local authority inspection
    /// outcomes as at 31 March 2025)`, or that the data states none.
    public static func asAt(_ coverage: DataCoverage) -> String {
        guard let asAt = coverage.asAt else { return "not stated (the data gives no as-at date)" }
        let sources = coverage.sources.map { $0.name.contains($0.asAt.text) ? $0.name : "\($0.name) to \($0.asAt.text)" }
        return "\(asAt.text) (\(sources.joined(separator: "; ")))"
    }

    /// The next inspection: its sentence, then the rule and the framework version it rests on.
    public static func nextInspection(_ next: NextInspection?) -> [String] {
        guard let next else {
            return ["Next inspection:  no estimate (the ILACS rules apply only after an ILACS inspection on record)"]
        }
        let grade = next.basis.overallGrade.map { " (\($0.letter))" } ?? ""
        return ["Next inspection:  \(next.sentence)",
                "                  Follows: \(next.basis.title), \(next.basis.inspected.labelled())\(grade)",
                "                  Rule:    \(next.rule)",
                "                  Source:  \(next.framework.citation)"]
    }

    /// A day given at month or year precision, said plainly: " (the first day of June 2020)".
    public static func precisionNote(_ date: PartialDate?) -> String {
        guard let date, date.precision != .day else { return "" }
        return " (the first day of \(date.text))"
    }
}
