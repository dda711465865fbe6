import Testing
@testable import JourneyUI

/// A cell is a plain value (a scalar inline, a longer grapheme by table index): its text reads
/// back as written, and the byte comparison that ``BufferDiff`` uses agrees with `==`.
struct CellTests {
    static let colours: [Style.Color] = [.default, .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white,
                                         .indexed(0), .indexed(1), .indexed(8), .indexed(255)]
    static let texts = [" ", "a", "é", "e\u{301}", "─", "日", "", "👩‍👩‍👧", "🇬🇧", "\u{0}", "?"]

    /// Cells of every text, width, colour (as foreground and as background) and attribute.
    static let cells: [Cell] = texts.flatMap { text in
        [0, 1, 2].flatMap { width in
            colours.flatMap { colour in
                (0..<16).flatMap { bits in
                    let attributes = Style.Attributes(rawValue: UInt8(bits))
                    return [Cell(text, width: width, style: Style(foreground: colour, attributes: attributes)),
                            Cell(text, width: width, style: Style(background: colour, attributes: attributes))]
                }
            }
        }
    }

    @Test func textReadsBackAsWritten() {
        for text in Self.texts {
            #expect(Cell(text).text == text, "\(text.debugDescription)")
        }
        #expect(Cell("e\u{301}") == Cell("e\u{301}"))
        #expect(Cell("e\u{301}") != Cell("é"), "different scalars draw differently, so they differ")
        #expect(Cell("👩‍👩‍👧").scalar == nil && Cell("a").scalar == "a")
        #expect(Cell.continuation(style: .plain).isContinuation && Cell.continuation(style: .plain).text.isEmpty)
    }

    @Test func theByteComparisonAgreesWithEquality() {
        #expect(MemoryLayout<Cell>.size == 10, "BufferDiff compares cells as their ten bytes")
        var cells = Self.cells
        cells.withUnsafeMutableBufferPointer { cells in
            let base = cells.baseAddress!
            for index in cells.indices {
                for other in [index, (index + 1) % cells.count, (index * 7 + 3) % cells.count, (index + 26) % cells.count] {
                    #expect(BufferDiff.same(base + index, base + other) == (cells[index] == cells[other]),
                            "\(cells[index]) and \(cells[other])")
                }
            }
        }
    }
}
