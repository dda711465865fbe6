import JourneyModel

/// Dates as people read them, for spans of days.
enum DateText {
    /// A span: `13–24 March 2023`, `25 November – 6 December 2019`, `2020 – March 2022`,
    /// or just the start when there is no end or it is the same date.
    static func range(_ start: PartialDate, _ end: PartialDate?) -> String {
        guard let end, end != start else { return start.text }
        guard start.precision == .day, end.precision == .day else { return "\(start.text) – \(end.text)" }
        let first = start.first
        let last = end.first
        let monthName = CalendarDay.monthNames[first.month - 1]
        if first.year == last.year && first.month == last.month {
            return "\(first.day)–\(last.day) \(monthName) \(last.year)"
        }
        if first.year == last.year {
            return "\(first.day) \(monthName) – \(last.text)"
        }
        return "\(first.text) – \(last.text)"
    }

    /// Pads text with spaces to `width` columns (never cuts it).
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
    }
}
