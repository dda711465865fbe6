import JourneyModel

/// What the reader shows: a letter, or one of Ofsted's reports with its text.
public enum ReaderSource: Hashable, Sendable {
    case letter(Letter)
    case report(Report, ReportText)

    /// "Letter" or "Report", for the title row and the status line.
    public var kindLabel: String {
        switch self {
        case .letter: return "Letter"
        case .report: return "Report"
        }
    }

    /// The letter's subject, or the report's title and dates.
    public var title: String {
        switch self {
        case .letter(let letter): return letter.subject
        case .report(let report, _):
            let dates = report.start.map { " (\($0.shortText))" } ?? ""
            return "\(report.label)\(dates): \(report.title)"
        }
    }

    /// The report, when a report is shown.
    public var report: Report? {
        if case .report(let report, _) = self { return report }
        return nil
    }
}
