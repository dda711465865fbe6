import JourneyModel

/// What a release's Cover sheet says about the release: its title, publication date and the
/// date its figures are "as at".
struct CoverSheet {
    private var firstLine: String?
    private var policyArea: String?
    private var periodCovered: CalendarDay?
    private(set) var published: CalendarDay?

    /// The date the release covers to: "Period covered: Inspections as at 31 March 2025, ..."
    /// (2025), "Period covered - Inspection outcomes for local authority children's services
    /// inspections: As at 31 March 2023, ..." (2023), else an "as at" date in the title.
    var asAt: CalendarDay? { periodCovered ?? title.flatMap(CoverSheet.asAtDate) }

    /// The day after "as at" in a text, e.g. 31 March 2025 in "... as at 31 March 2025, ...".
    static func asAtDate(in text: String) -> CalendarDay? {
        guard let range = text.range(of: #"(?i)as at \d{1,2} [A-Za-z]+ \d{4}"#, options: .regularExpression) else {
            return nil
        }
        let words = text[range].split(separator: " ").dropFirst(2).joined(separator: " ")
        guard let date = PartialDate(parsing: words), date.precision == .day else { return nil }
        return date.first
    }

    /// Whether a sheet is the cover.
    static func isCover(_ sheet: String) -> Bool {
        HeaderText.normalise(sheet) == "cover"
    }

    /// The title: the sheet's first line, unless that is a generic "Cover sheet" heading,
    /// in which case the "Policy area:" entry (as in the 2022 and 2023 releases).
    var title: String? {
        if let firstLine, !HeaderText.normalise(firstLine).hasPrefix("cover") { return firstLine }
        return policyArea ?? firstLine
    }

    mutating func take(_ row: ODSRow) {
        guard let first = row.cells.first(where: { !$0.isEmpty }) else { return }
        if firstLine == nil { firstLine = first.trimmedText }
        switch HeaderText.normalise(row[0].trimmedText) {
        case "published on", "publication date", "date of publication":
            published = published ?? row[1].day
        case "policy area":
            let text = row[1].trimmedText
            policyArea = policyArea ?? (text.isEmpty ? nil : text)
        case let label where label.hasPrefix("period covered"):
            periodCovered = periodCovered ?? CoverSheet.asAtDate(in: row[1].trimmedText)
        default:
            break
        }
    }
}
