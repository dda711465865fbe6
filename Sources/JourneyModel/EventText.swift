
/// How events read in plain text.
public enum EventText {
    /// `25 November – 6 December 2019`, `2020`, `13–24 March 2023`.
    public static func dates(of event: Event) -> String {
        if event.isDatedByBound { return "by \(event.start.text) (the exact date is not known)" }
        return PartialDate.spanText(event.start, event.end)
    }

    /// Grades in brief: `Inadequate in all 4 judgements`, or each area's letter.
    public static func grades(of event: Event) -> String {
        let judgements = event.judgements
        guard let first = judgements.first else { return "" }
        if judgements.count == 1 {
            return "\(first.grade.rawValue) (\(first.grade.letter)), its only judgement"
        }
        if judgements.allSatisfy({ $0.grade == first.grade }) {
            return "\(first.grade.rawValue) (\(first.grade.letter)) in all \(judgements.count) judgements"
        }
        return judgements.map { "\($0.area.shortTitle): \($0.grade.letter)" }.joined(separator: ", ")
    }

    /// One line for a timeline: date, kind, title, grades and the event's id (for `journey show`);
    /// a date that is only the publication of the report says so.
    public static func row(_ event: Event) -> String {
        let iso = (event.isDatedByBound ? "≤" : "") + event.start.iso
        let date = iso.count > 10 ? iso : iso.padding(toLength: 10, withPad: " ", startingAt: 0)
        let kind = event.kind.label.padding(toLength: 20, withPad: " ", startingAt: 0)
        let grades = grades(of: event)
        let dated = event.isDatedOnlyByPublication ? " (dated by its publication; the release gives no inspection dates)" : ""
        return "\(date)  \(kind)  \(event.title)" + (grades.isEmpty ? "" : " — \(grades)") + dated + "  [\(event.id)]"
    }
}
