import JourneyModel
import Testing
@testable import JourneyUI

/// The help screen's lines are wrapped once per width, and the drawing, the status line's
/// "line n of m" and scrolling all count the same lines as the key table wraps them.
struct HelpScreenTests {
    /// Help open, after a frame, as the run loop draws it.
    private func help(_ size: Size) -> AppState {
        let state = Fixtures.press([.character("?")], from: Fixtures.home(size))
        _ = Renderer.frame(for: state, theme: .color)
        return state
    }

    private func expectedLines(_ size: Size) -> [KeyTable.HelpLine] {
        KeyTable.standard.helpLines(width: PageLayout(size: size).body.width)
    }

    @Test(arguments: [Size(width: 40, height: 12), Size(width: 60, height: 20), Size(width: 80, height: 24),
                      Size(width: 120, height: 40), Size(width: 200, height: 60)])
    func scrollingAndLineCountFollowTheWrappedLines(size: Size) {
        let lines = expectedLines(size)
        let visible = PageLayout(size: size).body.height
        var state = help(size)
        #expect(state.screen == .help)
        #expect(StatusBarView.location(state) == "Help · line 1 of \(lines.count)")
        state = Fixtures.press([.character("G")], from: state)
        let maxScroll = max(0, lines.count - visible)
        #expect(state.helpScroll == maxScroll)
        #expect(StatusBarView.location(state) == "Help · line \(maxScroll + 1) of \(lines.count)")
        let text = Fixtures.text(of: state)
        let body = PageLayout(size: size).body
        if case .binding(_, let last)? = lines.last {
            #expect(text[body.y + lines.count - 1 - maxScroll].contains(last), "the last line is drawn at the bottom")
        }
        state = Fixtures.press([.character("j"), .pageUp, .character("g")], from: state)
        #expect(state.helpScroll == 0)
        state = Fixtures.press([.character(" ")], from: state)
        #expect(state.helpScroll == min(maxScroll, max(1, visible - 1)))
    }

    @Test func linesAreWrappedOncePerWidth() {
        var state = help(Size(width: 80, height: 24))
        #expect(state.views.builds(.help) == 1, "one wrap for the drawing, the status line and the reducer")
        for key: Key in [.character("j"), .character("j"), .pageDown, .character("G"), .character("k")] {
            state = Fixtures.press([key], from: state)
            _ = Renderer.frame(for: state, theme: .color)
        }
        #expect(state.views.builds(.help) == 1, "keys that only scroll wrap nothing again")
        let scrolled = state.helpScroll
        #expect(scrolled > 0)
        let wide = Size(width: 200, height: 60)
        state = Reducer.reduce(state, .resize, terminalSize: wide).0
        #expect(state.helpScroll == min(scrolled, max(0, expectedLines(wide).count - PageLayout(size: wide).body.height)))
        _ = Renderer.frame(for: state, theme: .color)
        #expect(state.views.builds(.help) == 2, "a new width wraps again, once")
        #expect(StatusBarView.location(state).hasSuffix("of \(expectedLines(wide).count)"))
    }
}
