import JourneyModel

/// How judgement status reads in plain text.
enum StatusText {
    /// `Requires improvement to be good (RI): ILACS standard inspection, published 25 May 2023`.
    static func judgement(_ status: JudgementStatus) -> String {
        guard let latest = status.latest else {
            return "none on record" + (status.uncertainty.map { " (\($0))" } ?? "")
        }
        let grade = latest.overallGrade.map { "\($0.rawValue) (\($0.letter))" } ?? "not graded overall"
        let pending = status.uncertainty.map { "; \($0)" } ?? ""
        return "\(grade): \(latest.title), counted from \(latest.date.text)\(pending)"
    }

    /// One line per judgement area: area, grade and its letter.
    static func judgementTable(_ outcome: JudgementStatus.Outcome?) -> [String] {
        guard let outcome else { return [] }
        let width = outcome.judgements.map(\.area.shortTitle.count).max() ?? 0
        return outcome.judgements.map {
            $0.area.shortTitle.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  \($0.grade.rawValue) (\($0.grade.letter))"
        }
    }
}
