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
        var output = Output(capabilities: capabilities, styleSequences: styleSequences,
                            screen: screen, frameWidth: next.width)
        next.cells.withUnsafeBufferPointer { cells in
            for index in BufferDiff.changedCells(from: shown, to: next) {
                output.write(cellAt: index, of: cells)
            }
        }
        output.finish(cursor: cursor)
        styleSequences = output.styleSequences
        return output.bytes
    }

    /// Whether a cell is safe to write again to bridge a gap: one printable ASCII column.
    static func isPlainASCII(_ cell: Cell) -> Bool {
        guard let scalar = cell.scalar, cell.width == 1 else { return false }
        return (0x20...0x7E).contains(scalar.value)
    }

    /// Appends a cell's text as UTF-8: `?` for one holding a control character, a space for none.
    ///
    /// - Returns: whether that was one ASCII byte, which moves the cursor one column.
    @discardableResult
    static func glyph(of cell: Cell, into bytes: inout [UInt8]) -> Bool {
        if let scalar = cell.scalar {
            if isControl(scalar) {
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
        } else if text.unicodeScalars.contains(where: isControl) {
            bytes.append(UInt8(ascii: "?"))
        } else {
            bytes += text.utf8
            return false
        }
        return true
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
