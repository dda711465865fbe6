import Testing
@testable import JourneyUI

/// ``BufferDiff`` skips unchanged memory eight bytes at a time: it must find exactly the cells
/// that a cell-by-cell comparison finds.
@Suite("BufferDiff")
struct BufferDiffTests {
    @Test(arguments: 0..<30)
    func findsWhatComparingEveryCellFinds(seed: UInt64) {
        var random = Seeded(seed)
        let pieces = ["a", "b", " ", "漢", "é", "e\u{301}"]
        let styles = [Style.plain, Style(attributes: .bold), Style(foreground: .indexed(200)), Style(background: .red)]
        func frame(from base: Buffer?, changes: Int) -> Buffer {
            var buffer = base ?? Buffer(width: 17, height: 5)
            for _ in 0..<changes {
                let (x, y) = (Int(random.next() % 17), Int(random.next() % 5))
                buffer.write(pieces[Int(random.next() % 6)], x: x, y: y, style: styles[Int(random.next() % 4)], limit: 2)
            }
            return buffer
        }
        let previous = frame(from: nil, changes: 60)
        let next = frame(from: previous, changes: Int(random.next() % 12))
        let expected = next.cells.indices.filter { next.cells[$0] != previous.cells[$0] && !next.cells[$0].isContinuation }
        #expect(BufferDiff.changedCells(from: previous, to: next) == expected)
    }

    private struct Seeded {
        private var state: UInt64
        init(_ seed: UInt64) { state = seed &+ 1 }
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }
}
