import JourneyModel
import JourneyUI

/// Turns a frame into the bytes that change the screen from the last frame: the cells that
/// differ, each run placed with one cursor move, styles switched only where they change.
///
/// The terminal's own capabilities (``TerminalCapabilities``) spell every sequence, so nothing
/// assumes an ANSI terminal. Cell text is untrusted: a control character (general category Cc:
/// C0, DEL, C1) is written as `?`, so no byte of it can reach the terminal as a control
/// sequence. A frame starts and ends with the attributes reset (what curses leaves and assumes),
/// and the cursor is placed afresh after any glyph that is not ASCII, so a terminal that draws a
/// glyph wider or narrower than expected cannot shift what follows.
struct ScreenWriter {
    /// Unchanged cells between two changed ones on a row that are written again rather than
    /// jumped with a cursor move (which costs as many bytes, and a terminfo expansion).
    static let longestRewrittenGap = 6

    let capabilities: TerminalCapabilities
    /// The sequence that switches to each style met so far (a theme uses a dozen).
    private var styleSequences: [(style: Style, bytes: [UInt8])] = []
    /// Each `cup` made so far, by row and column (expanding one costs more than a frame's text).
    private var cursorMoves = CursorMoves()

    init(capabilities: TerminalCapabilities) {
        self.capabilities = capabilities
    }

    /// The bytes that turn a screen showing `previous` into one showing `next`.
    ///
    /// - Parameters:
    ///   - previous: what the screen shows; nil when it has just been cleared.
    ///   - next: the frame to show; cells beyond `screen` (a terminal that has just shrunk) are
    ///     left out.
    ///   - screen: the terminal's size.
    ///   - cursor: where to leave the cursor; nil to leave it anywhere (it is hidden).
    mutating func changes(from previous: Buffer?, to next: Buffer, screen: (width: Int, height: Int),
                          cursor: (x: Int, y: Int)?) -> [UInt8] {
        let shown = previous ?? Buffer(width: next.width, height: next.height)
        var output = Output(capabilities: capabilities, styleSequences: styleSequences, cursorMoves: cursorMoves,
                            screen: screen, frameWidth: next.width)
        // Only the output holds them while it writes, so adding to them copies nothing.
        (styleSequences, cursorMoves) = ([], CursorMoves())
        next.cells.withUnsafeBufferPointer { cells in
            var (row, rowStart) = (0, 0)
            for index in BufferDiff.changedCells(from: shown, to: next) {
                while index >= rowStart + next.width { (row, rowStart) = (row + 1, rowStart + next.width) }
                output.write(cellAt: index, row: row, column: index - rowStart, of: cells)
            }
        }
        output.finish(cursor: cursor)
        (styleSequences, cursorMoves) = (output.styleSequences, output.cursorMoves)
        return output.bytes
    }

    /// The byte of a cell that is one printable ASCII column (safe to write again to bridge a
    /// gap, and the one kind of cell written without a second look); nil for any other.
    @inline(__always)
    static func plainASCIIByte(of cell: Cell) -> UInt8? {
        guard let scalar = cell.scalar, (0x20...0x7E).contains(scalar.value), cell.width == 1 else { return nil }
        return UInt8(truncatingIfNeeded: scalar.value)
    }

    /// Whether two styles are the same, compared as bytes when a style is the five bytes of its
    /// two colours and attributes (each stored the same way for the same value, no padding):
    /// checked for every changed cell, so without calling the synthesised `==`. Otherwise `==`.
    @inline(__always)
    static func sameStyle(_ lhs: Style, _ rhs: Style) -> Bool {
        guard MemoryLayout<Style>.size == 5 else { return lhs == rhs }
        return withUnsafeBytes(of: lhs) { left in
            withUnsafeBytes(of: rhs) { right in
                left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self) && left[4] == right[4]
            }
        }
    }

    /// Appends a cell's text as UTF-8: `?` for one holding a control character, a space for none.
    ///
    /// - Returns: whether that was one ASCII byte, which moves the cursor one column.
    @discardableResult
    static func glyph(of cell: Cell, into bytes: inout [UInt8]) -> Bool {
        if let scalar = cell.scalar {
            if scalar.isControlCharacter {
                bytes.append(UInt8(ascii: "?"))
            } else if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
                return false
            }
            return true
        }
        let text = cell.text
        if text.isEmpty {
            bytes.append(UInt8(ascii: " "))
        } else if text.unicodeScalars.contains(where: { $0.isControlCharacter }) {
            bytes.append(UInt8(ascii: "?"))
        } else {
            bytes += text.utf8
            return false
        }
        return true
    }
}
