import JourneyModel

/// Dates as people read them, for spans of days.
enum DateText {
    /// A span: `13–24 March 2023`, `25 November – 6 December 2019`, `2020 – March 2022`,
    /// or just the start when there is no end or it is the same date.
    static func range(_ start: PartialDate, _ end: PartialDate?) -> String {
        PartialDate.spanText(start, end)
    }

    /// Pads text with spaces to `width` columns (never cuts it).
    ///
    /// Every cell of the picker and the timeline is padded: the spaces are runs made once
    /// (`String(repeating:count:)` costs thousands of instructions a call, cutting a run by
    /// characters hundreds).
    static func padded(_ text: String, to width: Int) -> String {
        var missing = width - TextWidth.of(text)
        guard missing > 0 else { return text }
        var result = text
        while missing > 0 {
            let run = min(missing, spaces.count - 1)
            result += spaces[run]
            missing -= run
        }
        return result
    }

    /// Runs of 0 to 64 spaces, by length.
    private static let spaces = (0...64).map { String(repeating: " ", count: $0) }
}
