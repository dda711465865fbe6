import JourneyModel

/// A report to open once its text is loaded, and where.
public struct PendingReport: Hashable, Sendable {
    public var councilID: String
    public var reportID: String
    public var target: ReportTarget
}

/// Where a report opens.
public enum ReportTarget: Hashable, Sendable {
    /// At its first page.
    case top
    /// At the section that explains a judgement.
    case section(JudgementArea)
    /// At the first occurrence of a phrase, highlighted (an item of what needs to improve).
    case phrase(String)
    /// At a search hit: the page and line it is on, the term highlighted.
    case hit(page: Int, line: Int, term: String)
}
