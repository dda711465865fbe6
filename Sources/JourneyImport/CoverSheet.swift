import JourneyModel

/// What a release's Cover sheet says about the release: its title and publication date.
struct CoverSheet {
    private var firstLine: String?
    private var policyArea: String?
    private(set) var published: CalendarDay?

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
        default:
            break
        }
    }
}
