import JourneyModel

/// One published release of Ofsted's statistics: its title and publication date, read
/// from its Cover sheet.
public struct ReleaseInfo: Hashable, Sendable {
    /// The release's title, e.g. "Local authority inspection outcomes as at 31 March 2025".
    public var title: String
    public var published: CalendarDay
    /// The latest date the release covers ("as at 31 March 2025"), when its cover says.
    public var asAt: CalendarDay?
    /// The file it was read from (its last path component).
    public var file: String

    public init(title: String, published: CalendarDay, asAt: CalendarDay? = nil, file: String) {
        self.title = title
        self.published = published
        self.asAt = asAt
        self.file = file
    }

    /// How an imported event cites a row of this release (a CSV file's sheet is its file name).
    public func citation(sheet: String, row: Int) -> String {
        "Ofsted, \"\(title)\" (official statistics, published \(published.text)), sheet \(sheet), row \(row)"
    }
}
