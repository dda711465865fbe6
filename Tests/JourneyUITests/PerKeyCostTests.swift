import JourneyModel
import Testing
@testable import JourneyUI

/// A key costs what the screen shows, not what the file holds: what a key does not change is
/// not worked out again (the view cache's build counts), and the frame that follows differs
/// from the last only where the key changed something (what the backend writes).
struct PerKeyCostTests {
    let size = Size(width: 120, height: 40)

    /// Renders after each key, as the run loop does.
    private func pressAndRender(_ keys: [Key], from state: AppState) -> AppState {
        keys.reduce(state) { current, key in
            let next = Fixtures.press([key], from: current)
            _ = Renderer.frame(for: next, theme: .color)
            return next
        }
    }

    private func builds(_ state: AppState) -> [ViewCache.Slot: Int] {
        Dictionary(uniqueKeysWithValues: ViewCache.Slot.allCases.map { ($0, state.views.builds($0)) })
    }

    /// A council of `count` events, one a week from 1995, of a kind that has no extra lookups.
    static func largeCouncil(_ count: Int) -> Council {
        let start = CalendarDay(year: 1995, month: 1, day: 2)!
        let events = (0..<count).map { index in
            let day = start.adding(days: index * 7)
            return Event(id: "event-\(index)", kind: .leadershipChange, title: "Change \(index)",
                         start: PartialDate(year: day.year, month: day.month, day: day.day)!)
        }
        return Council(id: "large", name: "Large Council", events: events)
    }

    @Test(arguments: [false, true])
    func movingTheSelectionMakesOnlyTheDetailAgain(large: Bool) {
        var state = large ? AppState(councils: [Self.largeCouncil(3000)], today: Fixtures.today, size: size)
            : Fixtures.home(size)
        _ = Renderer.frame(for: state, theme: .color)
        let before = builds(state)
        #expect(before[.rows] == 1 && before[.header] == 1 && before[.strip] == 1 && before[.detail] == 1)
        state = pressAndRender(Array(repeating: .character("j"), count: 5), from: state)
        let after = builds(state)
        #expect(state.timeline.selected == 5)
        #expect(after[.rows] == 1, "timeline rows are not rebuilt on j")
        #expect(after[.header] == 1, "the header's day did not change")
        #expect(after[.strip] == 1, "the strip's day did not change")
        #expect(after[.detail] == 6, "one detail layout per selection, however often it is drawn")
        #expect(before[.timelineRow] == HomeLayout(size: size).timelineRows)
        #expect(after[.timelineRow] == before[.timelineRow], "the rows on screen are laid out once")
        _ = Renderer.frame(for: state, theme: .color)
        #expect(builds(state) == after, "drawing the same state again makes nothing")
    }

    @Test func changingTheDayOrFilterMakesWhatDependsOnIt() {
        var state = Fixtures.home(size)
        _ = Renderer.frame(for: state, theme: .color)
        state = pressAndRender([.right], from: state)
        #expect(state.views.builds(.header) == 2 && state.views.builds(.strip) == 2)
        #expect(state.views.builds(.rows) == 1)
        state = pressAndRender([.character("2")], from: state)
        #expect(state.filter != .all)
        #expect(state.views.builds(.rows) == 2)
    }

    /// The cache never shows what a fresh computation would not: an earlier state draws as it
    /// did, after later states have replaced what the cache holds.
    @Test func earlierStatesStillDrawAsTheyDid() {
        let first = Fixtures.home(size)
        let firstFrame = Renderer.frame(for: first, theme: .color)
        let moved = pressAndRender([.character("j"), .right, .character("2"), .tab, .character("j")], from: first)
        #expect(Renderer.frame(for: moved, theme: .color) != firstFrame)
        #expect(Renderer.frame(for: first, theme: .color) == firstFrame)
        #expect(Renderer.frame(for: first, theme: .monochrome) == Renderer.frame(for: Fixtures.home(size), theme: .monochrome))
    }

    @Test func rowsKeptStayBoundedHoweverFarTheSelectionMoves() {
        let cache = ViewCache()
        for item in 0..<(3 * ViewCache.itemLimit) { _ = cache.value(.timelineRow, for: 1, item: item) { item } }
        #expect(cache.builds(.timelineRow) == 3 * ViewCache.itemLimit)
        #expect(cache.value(.timelineRow, for: 1, item: 3 * ViewCache.itemLimit - 1) { -1 } == 3 * ViewCache.itemLimit - 1)
        #expect(cache.value(.timelineRow, for: 1, item: 0) { -1 } == -1, "the oldest rows were let go")
        #expect(cache.value(.timelineRow, for: 2, item: 0) { 7 } == 7, "another key starts afresh")
    }

    // MARK: - What the backend writes

    @Test func anUnchangedFrameWritesNothing() {
        let frame = Renderer.frame(for: Fixtures.home(size), theme: .color).buffer
        #expect(BufferDiff.changedCells(from: frame, to: frame).isEmpty)
        #expect(BufferDiff.changedCells(from: nil, to: frame).count
                == frame.cells.filter { !$0.isContinuation }.count)
        let smaller = Buffer(width: 80, height: 24)
        #expect(BufferDiff.changedCells(from: smaller, to: frame).count
                == frame.cells.filter { !$0.isContinuation }.count, "a new size repaints everything")
    }

    @Test func oneRowDownWritesOnlyWhatChanged() {
        let state = Fixtures.home(size)
        let before = Renderer.frame(for: state, theme: .color).buffer
        let after = Renderer.frame(for: Fixtures.press([.character("j")], from: state), theme: .color).buffer
        let layout = HomeLayout(size: size)
        let changed = BufferDiff.changedCells(from: before, to: after)
        let timeline = layout.timeline
        let twoRowsAndTitle = Rect(x: timeline.x, y: timeline.y, width: timeline.width, height: 3)
        let allowed = [twoRowsAndTitle, layout.detail, layout.status]
        func isIn(_ rect: Rect, _ index: Int) -> Bool {
            let (y, x) = index.quotientAndRemainder(dividingBy: size.width)
            return (rect.x..<rect.maxX).contains(x) && (rect.y..<rect.maxY).contains(y)
        }
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { index in allowed.contains { isIn($0, index) } },
                "nothing outside the two rows, the pane titles, the detail pane and the status line")
        #expect(!changed.contains { isIn(layout.header, $0) || isIn(layout.strip, $0) })
        #expect(changed.allSatisfy { before.cells[$0] != after.cells[$0] })
    }

    @Test func wideGlyphsAreWrittenOnceAndContinuationsNever() {
        var before = Buffer(width: 6, height: 1)
        before.write("abcdef", x: 0, y: 0)
        var after = before
        after.write("日", x: 2, y: 0)
        #expect(BufferDiff.changedCells(from: before, to: after) == [2])
    }
}
