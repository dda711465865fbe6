import JourneyModel

/// A release's title and publication date as given on the command line, for files that do not say.
public struct ReleaseDetails: Sendable {
    public var title: String?
    public var published: CalendarDay?

    public init(title: String? = nil, published: CalendarDay? = nil) {
        self.title = title
        self.published = published
    }
}
