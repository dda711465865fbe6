import JourneyModel

/// What a cell of a column the importer reads holds.
enum CellReading: Equatable {
    /// Nothing at all: no text and no typed value.
    case empty
    /// A placeholder that stands for "no value" (see ``Placeholder``), with why it is one.
    case placeholder(String)
    /// A value: the text with white space collapsed and trailing footnote markers removed.
    case value(String)
}

extension ODSCell {
    /// What the cell holds, for a column the importer reads.
    var reading: CellReading {
        if text.isEmpty && value == nil { return .empty }
        if let reason = Placeholder.reason(text) { return .placeholder(reason) }
        return .value(Footnote.strip(Placeholder.collapsed(text)))
    }

    /// The cell's date: the typed date value when there is one, else its text (footnote
    /// markers removed) read as ``ODSCell/day(fromText:)`` does. Nil when the cell is not a date.
    var day: CalendarDay? {
        if valueType == "date", let value, let day = CalendarDay(iso: String(value.prefix(10))) {
            return day
        }
        return Self.day(fromText: Footnote.strip(trimmedText))
    }

    /// A date written day first (`25/11/2019`, `25-11-2019`, `25.11.2019`) or as ISO 8601
    /// (`2019-11-25`, `2019-11-25T00:00:00`).
    static func day(fromText text: String) -> CalendarDay? {
        if let day = CalendarDay(iso: String(text.prefix(10))), text.count == 10 || text.dropFirst(10).first == "T" {
            return day
        }
        let parts = text.split { "/-.".contains($0) }
        guard parts.count == 3, parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Ofsted's grade in Ofsted's words, ignoring case and spacing; "Requires improvement"
    /// is the short form of "Requires improvement to be good". Nil for anything else.
    static func grade(fromText text: String) -> Grade? {
        let key = Placeholder.collapsed(text).lowercased()
        if key == "requires improvement" { return .requiresImprovement }
        return Grade.allCases.first { $0.rawValue.lowercased() == key }
    }
}
