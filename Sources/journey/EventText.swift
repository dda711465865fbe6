import JourneyModel

/// How events read in plain text.
enum EventText {
    /// `25 November – 6 December 2019`, `2020`, `13–24 March 2023`.
    static func dates(of event: Event) -> String {
        guard let end = event.end, end != event.start else { return event.start.text }
        let start = event.start
        if start.precision == .day, end.precision == .day, start.year == end.year {
            if start.month == end.month { return "\(start.day!)–\(end.text)" }
            let startText = start.text.replacingOccurrences(of: " \(start.year)", with: "")
            return "\(startText) – \(end.text)"
        }
        return "\(start.text) – \(end.text)"
    }

    /// Grades in brief: `Inadequate in all 4 judgements`, or each area's letter.
    static func grades(of event: Event) -> String {
        let judgements = event.judgements
        guard let first = judgements.first else { return "" }
        if judgements.allSatisfy({ $0.grade == first.grade }) {
            return "\(first.grade.rawValue) (\(first.grade.letter)) in all \(judgements.count) judgements"
        }
        return judgements.map { "\($0.area.shortTitle): \($0.grade.letter)" }.joined(separator: ", ")
    }

    /// One line for a timeline: date, kind, title and grades.
    static func row(_ event: Event) -> String {
        let date = event.start.iso.padding(toLength: 10, withPad: " ", startingAt: 0)
        let kind = event.kind.label.padding(toLength: 20, withPad: " ", startingAt: 0)
        let grades = grades(of: event)
        return "\(date)  \(kind)  \(event.title)" + (grades.isEmpty ? "" : " — \(grades)")
    }
}
