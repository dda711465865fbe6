/// Where the home screen's parts go at a size: pure rectangle arithmetic.
///
/// - roomy (from 100x30): a taller header and strip, timeline and detail side by side;
/// - full (from 80x24): header, strip, then timeline above detail;
/// - compact (from 40x12): the same stack, shorter;
/// - below 40x12 nothing but a "terminal too small" notice (see ``PageLayout/minimum``).
public struct HomeLayout: Hashable, Sendable {
    public enum Mode: String, Hashable, Sendable { case compact, full, roomy }

    public let mode: Mode
    public let header: Rect
    public let strip: Rect
    /// The timeline pane, its title row included.
    public let timeline: Rect
    /// The detail pane, its title row included.
    public let detail: Rect
    public let status: Rect

    public init(size: Size) {
        let screen = Rect(width: size.width, height: size.height)
        let rows = screen.split(.vertical, [.fill(1), .fixed(1)])
        status = rows[1]
        if size.width >= 100 && size.height >= 30 {
            mode = .roomy
        } else if size.width >= 80 && size.height >= 24 {
            mode = .full
        } else {
            mode = .compact
        }
        let heights: (header: Int, strip: Int) = switch mode {
        case .roomy: (4, 5)
        case .full: (3, 4)
        case .compact: (2, 2)
        }
        let parts = rows[0].split(.vertical, [.fixed(heights.header), .fixed(heights.strip), .fill(1)])
        header = parts[0]
        strip = parts[1]
        if mode == .roomy {
            let columns = parts[2].split(.horizontal, [.fill(11), .fixed(1), .fill(9)])
            timeline = columns[0]
            detail = columns[2]
        } else {
            let weights: [Rect.Extent] = mode == .full ? [.fill(2), .fill(3)] : [.fill(1), .fill(1)]
            let stacked = parts[2].split(.vertical, weights)
            timeline = stacked[0]
            detail = stacked[1]
        }
    }

    /// Rows of the timeline list (the pane without its title row).
    public var timelineRows: Int { max(0, timeline.height - 1) }
    /// Rows of the detail text (the pane without its title row).
    public var detailRows: Int { max(0, detail.height - 1) }
}
