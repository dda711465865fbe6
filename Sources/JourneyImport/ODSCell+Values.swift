import JourneyModel

extension ODSCell {
    /// The cell's date: the typed date value when there is one, else its text read day
    /// first (`25/11/2019`, `25-11-2019`) or as ISO 8601 (`2019-11-25`). Nil when the cell
    /// is not a date.
    var day: CalendarDay? {
        if valueType == "date", let value, let day = CalendarDay(iso: String(value.prefix(10))) {
            return day
        }
        let text = trimmedText
        if let day = CalendarDay(iso: String(text.prefix(10))), text.count == 10 || text.dropFirst(10).first == "T" {
            return day
        }
        let parts = text.split { "/-.".contains($0) }
        guard parts.count == 3, parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Ofsted's grade in the cell: nil for an empty cell or a placeholder ("-", "N/A");
    /// `.failure` for text that is not a grade.
    var grade: Result<Grade, CellValueError>? {
        let text = trimmedText
        if text.isEmpty || Self.placeholders.contains(text.lowercased()) { return nil }
        let match = Grade.allCases.first { $0.rawValue.lowercased() == text.lowercased() }
        return match.map { .success($0) } ?? .failure(CellValueError(text: text))
    }

    /// Texts that mean "no judgement here".
    static let placeholders: Set<String> = ["-", "–", "n/a", "na", "not applicable", "not inspected"]
}

/// A cell whose text is not what its column should hold.
struct CellValueError: Error, Hashable {
    var text: String
}
