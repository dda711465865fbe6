import Testing
@testable import JourneyUI

struct LayoutTests {
    @Test func splitServesFixedFirstAndSharesTheRest() {
        let parts = Rect(width: 10, height: 20).split(.vertical, [.fixed(3), .fill(1), .fixed(2), .fill(3)])
        #expect(parts.map(\.height) == [3, 3, 2, 12])
        #expect(parts.map(\.y) == [0, 3, 6, 8])
    }

    @Test func splitNeverGoesNegativeWhenTooSmall() {
        let parts = Rect(width: 4, height: 2).split(.horizontal, [.fixed(3), .fixed(3), .fill(1)])
        #expect(parts.map(\.width) == [3, 1, 0])
        #expect(parts.allSatisfy { $0.width >= 0 && $0.maxX <= 4 })
    }

    @Test func insetClampsAtZero() {
        #expect(Rect(width: 3, height: 3).inset(by: 2).isEmpty)
    }

    @Test(arguments: [(120, 40, HomeLayout.Mode.roomy), (80, 24, .full), (100, 29, .full), (79, 40, .compact),
                      (40, 12, .compact)])
    func homeLayoutModes(width: Int, height: Int, mode: HomeLayout.Mode) {
        #expect(HomeLayout(size: Size(width: width, height: height)).mode == mode)
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func homePartsTileTheScreen(size: Size) {
        let layout = HomeLayout(size: size)
        let parts = [layout.header, layout.strip, layout.timeline, layout.detail, layout.status]
        let cells = parts.reduce(0) { $0 + $1.width * $1.height }
        let gap = layout.mode == .roomy ? layout.timeline.height : 0
        #expect(cells + gap == size.width * size.height)
        #expect(parts.allSatisfy { $0.x >= 0 && $0.y >= 0 && $0.maxX <= size.width && $0.maxY <= size.height })
        #expect(layout.status.y == size.height - 1)
        #expect(layout.timelineRows >= 2)
        #expect(layout.detailRows >= 3)
    }

    @Test func roomyPutsTimelineBesideDetail() {
        let layout = HomeLayout(size: Size(width: 120, height: 40))
        #expect(layout.timeline.y == layout.detail.y)
        #expect(layout.timeline.maxX < layout.detail.x)
    }

    @Test func pageLayoutHasTitleBodyPromptAndStatus() {
        let page = PageLayout(size: Size(width: 50, height: 12), hasPrompt: true)
        #expect(page.title.y == 0)
        #expect(page.body.y == 1 && page.body.height == 9)
        #expect(page.prompt?.y == 10)
        #expect(page.status.y == 11)
    }

    @Test(arguments: [(39, 12, true), (40, 11, true), (40, 12, false), (0, 0, true)])
    func tooSmall(width: Int, height: Int, small: Bool) {
        #expect(PageLayout.isTooSmall(Size(width: width, height: height)) == small)
    }

    @Test func listStateKeepsSelectionVisibleAndInRange() {
        var list = ListState()
        list.select(9, count: 10, visible: 4)
        #expect(list.selected == 9 && list.offset == 6)
        list.move(by: -8, count: 10, visible: 4)
        #expect(list.selected == 1 && list.offset == 1)
        list.clamp(count: 0, visible: 4)
        #expect(list.selected == 0 && list.offset == 0)
        list.select(5, count: 3, visible: 0)
        #expect(list.selected == 2 && list.offset == 2)
    }
}
