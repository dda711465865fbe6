import JourneyModel

/// Dates as people read them, for spans of days.
enum DateText {
    /// A span: `13–24 March 2023`, `25 November – 6 December 2019`, `2020 – March 2022`,
    /// or just the start when there is no end or it is the same date.
    static func range(_ start: PartialDate, _ end: PartialDate?) -> String {
        PartialDate.spanText(start, end)
    }

    /// Pads text with spaces to `width` columns (never cuts it).
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
    }
}
