/// Where an advisor's review of one item stands. Clearing a mark removes it.
public enum ReviewMark: String, CaseIterable, Hashable, Sendable, Codable {
    /// Needs a second look, or a question asked.
    case flagged
    /// Checked.
    case reviewed

    /// The sign the timeline shows for it, readable without colour.
    public var sign: String {
        switch self {
        case .flagged: return "*"
        case .reviewed: return "✓"
        }
    }
}
