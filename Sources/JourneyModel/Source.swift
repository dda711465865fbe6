/// Where a fact came from: a web address, a document, or both.
public struct Source: Hashable, Sendable, Codable {
    public var title: String?
    public var url: String?

    public init(title: String? = nil, url: String? = nil) {
        self.title = title
        self.url = url
    }

    /// One line for people: the title, then the address.
    public var text: String {
        switch (title, url) {
        case let (title?, url?): title + " — " + url
        case let (title?, nil): title
        case let (nil, url?): url
        case (nil, nil): ""
        }
    }
}
