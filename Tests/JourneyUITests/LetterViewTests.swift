import JourneyModel
@testable import JourneyUI
import Testing

/// The letter reader places the hardware cursor on what it highlights, for screen readers.
@Suite struct LetterViewTests {
    private func letter(_ size: Size) throws -> AppState {
        let letters = Fixtures.press([.character("5")], from: Fixtures.home(size))
        let index = try #require(letters.rows.firstIndex { $0.id == "revocation-2024" })
        return Fixtures.press(Array(repeating: .down, count: index) + [.enter], from: letters)
    }

    /// The text starting at the frame's cursor.
    private func textAtCursor(_ state: AppState) throws -> String {
        let frame = Renderer.frame(for: state, theme: .color)
        let cursor = try #require(frame.cursor)
        return String(frame.buffer.lines[cursor.y].dropFirst(cursor.x))
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func cursorFollowsTheCurrentMatchAndTheFocusedQuote(size: Size) throws {
        let opened = try letter(size)
        let searched = Fixtures.press([.character("/")] + Fixtures.typing("revoke") + [.enter], from: opened)
        #expect(try textAtCursor(searched).hasPrefix("revoke"))
        let quoted = Fixtures.press([.tab], from: opened)
        #expect(try textAtCursor(quoted).hasPrefix("gradual"))
    }
}

@Suite struct LetterViewRangeTests {
    @Test func positionsInsideAndBetweenSortedRanges() {
        let ranges = [2..<4, 7..<8, 10..<15]
        let inside = (0..<17).filter { LetterView.contains(ranges, $0) }
        #expect(inside == [2, 3, 7, 10, 11, 12, 13, 14])
        #expect(!LetterView.contains([], 0))
    }
}
