/// Where the home screen's parts go at a size: pure rectangle arithmetic.
///
/// - roomy (from 100x30): a taller header and strip, timeline and detail side by side, halves;
/// - full (from 80x24): header (4 rows: council and day, intervention, judgement, next
///   inspection), strip with its legend (4), then 7 timeline rows above the detail pane;
/// - compact (from 40x12): the same stack, shorter;
/// - below 40x12 nothing but a "terminal too small" notice (see ``PageLayout/minimum``).
///
/// A header whose lines need more rows (a status sentence wrapped at a narrow width) takes them
/// from the panes beneath, as far as they keep a row each; the strip keeps its height.
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

    /// Timeline rows in the full layout (besides its title row).
    static let fullTimelineRows = 7

    /// - Parameter headerRows: the rows the header's lines need (``HeaderView``); it has at least
    ///   its mode's height, and more when they need more and the panes beneath can spare them.
    public init(size: Size, headerRows: Int = 0) {
        let screen = Rect(width: size.width, height: size.height)
        let rows = screen.split(.vertical, [.fill(1), .fixed(1)])
        status = rows[1]
        mode = Self.mode(for: size)
        let heights: (header: Int, strip: Int) = switch mode {
        case .roomy: (5, 5)
        case .full: (4, 4)
        case .compact: (2, 2)
        }
        // The panes keep their title rows and a row each (side by side they share the rows), the
        // full layout's timeline all of its rows, the compact layout's panes what they have at the
        // smallest size (there the header cannot grow, and marks what it cannot show).
        let panes = switch mode {
        case .roomy: 2
        case .full: HomeLayout.fullTimelineRows + 3
        case .compact: PageLayout.minimum.height - 1 - heights.header - heights.strip
        }
        let headerHeight = max(heights.header, min(headerRows, rows[0].height - heights.strip - panes))
        let parts = rows[0].split(.vertical, [.fixed(headerHeight), .fixed(heights.strip), .fill(1)])
        header = parts[0]
        strip = parts[1]
        switch mode {
        case .roomy:
            let columns = parts[2].split(.horizontal, [.fill(1), .fixed(1), .fill(1)])
            timeline = columns[0]
            detail = columns[2]
        case .full:
            let stacked = parts[2].split(.vertical, [.fixed(HomeLayout.fullTimelineRows + 1), .fill(1)])
            timeline = stacked[0]
            detail = stacked[1]
        case .compact:
            let stacked = parts[2].split(.vertical, [.fill(1), .fill(1)])
            timeline = stacked[0]
            detail = stacked[1]
        }
    }

    /// The layout's mode at a size.
    public static func mode(for size: Size) -> Mode {
        if size.width >= 100 && size.height >= 30 { return .roomy }
        return size.width >= 80 && size.height >= 24 ? .full : .compact
    }

    /// Rows of the timeline list (the pane without its title row).
    public var timelineRows: Int { max(0, timeline.height - 1) }
    /// Rows of the detail text (the pane without its title row).
    public var detailRows: Int { max(0, detail.height - 1) }
}
