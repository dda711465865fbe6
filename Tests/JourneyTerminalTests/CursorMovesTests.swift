@testable import JourneyTerminal
import Testing

@Suite("CursorMoves")
struct CursorMovesTests {
    /// Counts the expansions asked of the terminal.
    final class Expansions: @unchecked Sendable {
        var count = 0
    }

    @Test func expandsEachPlaceOnceAndKeepsPlacesApart() {
        let expansions = Expansions()
        let capabilities = TerminalCapabilities(moveCursor: { row, column in
            expansions.count += 1
            return Array("<\(row),\(column)>".utf8)
        }, resetAttributes: [])
        var moves = CursorMoves()
        let places = [(0, 1), (1, 0), (0, 1), (39, 119), (1, 0)]
        let written = places.map { String(decoding: moves.move(to: $0.0, $0.1, with: capabilities), as: UTF8.self) }
        #expect(written == ["<0,1>", "<1,0>", "<0,1>", "<39,119>", "<1,0>"])
        #expect(expansions.count == 3)
    }
}
