import JourneyModel

/// A report as plain text for `journey show` and `journey read`.
enum ReportLines {
    /// What the report says advisors look for first: lead inspector, judgements, improvements.
    static func summary(_ report: Report) -> [String] {
        var lines = ["\(report.label): \(report.pageCount) page\(report.pageCount == 1 ? "" : "s"), "
                     + "journey read \(report.id) (\(report.file.split(separator: "/").suffix(2).joined(separator: "/")))"]
        if let lead = report.leadInspector { lines.append("  Lead inspector: \(lead)") }
        if !report.judgements.isEmpty {
            lines.append("  Judgement table")
            lines += report.judgements.map { "    \($0.area.title): \($0.grade.rawValue) (\($0.grade.letter))" }
        }
        if !report.improvements.isEmpty {
            lines.append("  \(report.improvementsHeading ?? "What needs to improve") (\(report.improvements.count))")
            lines += report.improvements.enumerated().map { "    \($0.offset + 1). \($0.element)" }
        }
        lines.append("  \(report.licence)")
        return lines
    }

    /// The report in full: its header, then each page under a marker.
    static func full(_ report: Report, text: ReportText, event: Event?) -> [String] {
        var lines = ["Report:    \(report.title)"]
        if let name = report.councilName { lines.append("Council:   \(name)") }
        if let event { lines.append("Event:     \(event.id) (\(event.title), \(EventText.dates(of: event)))") }
        if let start = report.start { lines.append("Dates:     \(PartialDate.spanText(start, report.end))") }
        if let published = report.published { lines.append("Published: \(published.text)") }
        if let lead = report.leadInspector { lines.append("Lead:      \(lead)") }
        lines.append("Pages:     \(report.pageCount)")
        lines.append("Licence:   \(report.licence)")
        for page in text.pages {
            lines += ["", "── page \(page.number) of \(text.pages.count) ──"] + page.lines
        }
        return lines
    }
}
