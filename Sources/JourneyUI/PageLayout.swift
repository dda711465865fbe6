/// Where a full-screen page's parts go: a title row, the body, an optional text-entry row
/// and the status line at the bottom.
public struct PageLayout: Hashable, Sendable {
    /// The smallest size the browser draws; below it shows only a notice.
    public static let minimum = Size(width: 40, height: 12)

    public let title: Rect
    public let body: Rect
    public let prompt: Rect?
    public let status: Rect

    public init(size: Size, hasPrompt: Bool = false) {
        let screen = Rect(width: size.width, height: size.height)
        let rows = screen.split(.vertical, [.fixed(1), .fill(1), .fixed(hasPrompt ? 1 : 0), .fixed(1)])
        title = rows[0]
        body = rows[1]
        prompt = hasPrompt ? rows[2] : nil
        status = rows[3]
    }

    /// Whether a size is too small for anything but the "terminal too small" notice.
    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }
}
