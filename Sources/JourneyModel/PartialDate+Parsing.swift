extension PartialDate {
    /// Parses a date as people type it, at any precision: ISO 8601 (`2021-06-01`, `2021-06`,
    /// `2021`) or as dates are written in the UK (`1 June 2021`, `June 2021`, `1 Jun 2021`,
    /// `Jun 2021`). Case and surrounding spaces do not matter. The one parser behind the
    /// command line's `--on`, `--from`, `--to`, `--today` and the browser's "go to date".
    ///
    /// - Returns: nil for anything else, and for dates that do not exist (`2023-02-30`).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = PartialDate(iso: trimmed) {
            self = iso
            return
        }
        let words = trimmed.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        guard (2...3).contains(words.count), let year = Int(words[words.count - 1]), words.last?.count == 4,
              let month = PartialDate.month(named: words[words.count - 2]) else { return nil }
        guard words.count == 3 else {
            self.init(year: year, month: month)
            return
        }
        guard words[0].count <= 2, words[0].allSatisfy(\.isASCII), let day = Int(words[0]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// How dates may be typed, for messages: "2021-06-01, 2021-06, 2021 or 1 June 2021".
    public static let acceptedForms = "2021-06-01, 2021-06, 2021 or 1 June 2021"

    /// The month (1–12) of an English month name or its abbreviation (`Jun`, `Sept`, `Sep.`).
    static func month(named word: String) -> Int? {
        let stem = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard stem.count >= 3 else { return nil }
        let names = CalendarDay.monthNames.map { $0.lowercased() }
        return names.firstIndex { $0.hasPrefix(stem) }.map { $0 + 1 }
    }
}
