import JourneyModel

/// An inspection's judgements for the detail pane and the event screen: each area with its
/// grade's letter, and the grade's words beside it when the width allows them uncut. When it
/// does not, the words are given once each below the table ("RI Requires improvement to be
/// good"), so neither an area nor a grade is ever cut short.
enum JudgementTable {
    static func lines(_ event: Event, width: Int) -> [[StyledText]] {
        guard case .inspection(let inspection) = event.detail, !inspection.judgements.isEmpty else { return [] }
        let judgements = inspection.judgements
        let areaWidth = judgements.map { TextWidth.of($0.area.shortTitle) }.max() ?? 0
        let gradeWidth = judgements.map { TextWidth.of($0.grade.rawValue) }.max() ?? 0
        let inline = areaWidth + 2 + 3 + gradeWidth <= width
        var lines = judgements.map { judgement -> [StyledText] in
            let area = StyledText(DateText.padded(judgement.area.shortTitle, to: areaWidth + 2))
            let letter = StyledText(DateText.padded(judgement.grade.letter, to: 3), judgement.grade.role)
            return inline ? [area, letter, StyledText(judgement.grade.rawValue, judgement.grade.role)] : [area, letter]
        }
        if !inline {
            let grades = Grade.allCases.filter { grade in judgements.contains { $0.grade == grade } }
            lines += grades.map { [StyledText(DateText.padded($0.letter, to: 3), $0.role), StyledText($0.rawValue, .dim)] }
        }
        let notes = Set(judgements.compactMap { inspection.framework.releaseWording(of: $0.grade) })
        return lines + notes.sorted().flatMap { DetailView.wrapped($0, width: width, role: .dim) }
    }
}
