/// A grid of cells that views render into. The backend flushes it to the terminal.
///
/// Writing never goes outside the grid, and a wide glyph that would straddle the right edge
/// of the area being written is replaced by a blank, so a buffer is always well-formed.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes a line of cells made earlier (a kept timeline row) at (x, y), clipped to the buffer.
    mutating func place(_ line: [Cell], x: Int, y: Int) {
        guard y >= 0, y < height else { return }
        let first: Int = max(0, x)
        let last: Int = min(width, x + line.count)
        guard first < last else { return }
        let row: Int = y * width
        let target: Range<Int> = (row + first)..<(row + last)
        cells.replaceSubrange(target, with: line[(first - x)..<(last - x)])
    }

    /// Fills a rectangle (clipped to the buffer) with blanks of a style, or with a one-column
    /// glyph (a pane title's rule).
    public mutating func fill(_ rect: Rect, with glyph: Unicode.Scalar = " ", style: Style = .plain) {
        let blank = Cell(glyph, width: 1, style: style)
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                self[x, y] = blank
            }
        }
    }

    /// Writes already-sanitised text at (x, y), clipped to `limit` columns (and the buffer).
    ///
    /// - Returns: the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        if TextWidth.isPrintableASCII(text) {
            return writeASCII(text.utf8, x: x, y: y, style: style, end: end)
        }
        if TextWidth.isSimple(text) {
            return writeScalars(text.unicodeScalars, x: x, y: y, style: style, end: end)
        }
        return writeGraphemes(text, x: x, y: y, style: style, end: end)
    }

    /// Any text, grapheme by grapheme (and, in tests, the check on the ASCII path).
    mutating func writeGraphemes(_ text: String, x: Int, y: Int, style: Style, end: Int) -> Int {
        var column = x
        for grapheme in text {
            let glyphWidth = TextWidth.of(grapheme)
            if glyphWidth == 0 { continue }
            if column + glyphWidth > end {
                if column < end, column >= 0 { self[column, y] = Cell(" ", style: style) }
                return end
            }
            if column >= 0 {
                self[column, y] = Cell(String(grapheme), width: glyphWidth, style: style)
                if glyphWidth == 2 { self[column + 1, y] = .continuation(style: style) }
            }
            column += glyphWidth
        }
        return column
    }

    /// Printable ASCII, one column a byte: what ``write(_:x:y:style:limit:)`` does for it,
    /// without walking graphemes (most of what the screen shows, and every key redraws).
    mutating func writeASCII(_ bytes: String.UTF8View, x: Int, y: Int, style: Style, end: Int) -> Int {
        guard !bytes.isEmpty else { return x }
        let first = max(x, 0)
        let last = min(end, x + bytes.count)
        guard first < last else { return last }
        let row = y * width
        var text = String(bytes)
        text.withUTF8 { bytes in
            cells.withUnsafeMutableBufferPointer { cells in
                for column in first..<last {
                    cells[row + column] = Cell(Unicode.Scalar(bytes[column - x]), width: 1, style: style)
                }
            }
        }
        return last
    }

    /// Text whose scalars are each a one-column grapheme (``TextWidth/isSimple(_:)-(String)``):
    /// what ``writeGraphemes(_:x:y:style:end:)`` does for it, scalar by scalar.
    mutating func writeScalars(_ scalars: String.UnicodeScalarView, x: Int, y: Int, style: Style,
                                       end: Int) -> Int {
        var column = x
        for scalar in scalars {
            if column >= end { return end }
            if column >= 0 { self[column, y] = Cell(scalar, width: 1, style: style) }
            column += 1
        }
        return column
    }

    /// Each row as plain text (continuation cells omitted, trailing spaces kept).
    public var lines: [String] {
        (0..<height).map { y in
            (0..<width).reduce(into: "") { line, x in line += self[x, y].text }
        }
    }
}
