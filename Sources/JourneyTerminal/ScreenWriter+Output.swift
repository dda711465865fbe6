import JourneyUI

extension ScreenWriter {
    /// One frame's bytes as they are made, with where the terminal's cursor is and the style it
    /// draws in.
    struct Output {
        let capabilities: TerminalCapabilities
        private(set) var styleSequences: [(style: Style, bytes: [UInt8])]
        private(set) var cursorMoves: CursorMoves
        let screen: (width: Int, height: Int)
        let frameWidth: Int
        private(set) var bytes: [UInt8] = []
        /// The index of the cell the cursor is on; nil when unknown (at the start, after a glyph
        /// that is not ASCII, after the last column).
        private var cursor: Int?
        /// Plain at the start of a frame: curses leaves the attributes reset, and so does every frame.
        private var style = Style.plain

        init(capabilities: TerminalCapabilities, styleSequences: [(style: Style, bytes: [UInt8])],
             cursorMoves: CursorMoves, screen: (width: Int, height: Int), frameWidth: Int) {
            self.capabilities = capabilities
            self.styleSequences = styleSequences
            self.cursorMoves = cursorMoves
            self.screen = screen
            self.frameWidth = frameWidth
            bytes.reserveCapacity(4096)
        }

        /// Writes the cell at `index` (`row`, `column`) of the frame, unless it lies off the screen
        /// (or is the bottom-right cell of a terminal that would scroll).
        mutating func write(cellAt index: Int, row: Int, column: Int, of cells: UnsafeBufferPointer<Cell>) {
            let cell = cells[index]
            if index == cursor, let byte = ScreenWriter.plainASCIIByte(of: cell), ScreenWriter.sameStyle(cell.style, style) {
                // Nearly every changed cell: the next column, one byte, the style already set.
                bytes.append(byte)
                cursor = cursor(after: index, row: row, column: column)
                return
            }
            let end = column + max(1, cell.width)
            guard end <= screen.width, row < screen.height else { return }
            if capabilities.lastCellScrolls, row == screen.height - 1, end == screen.width { return }
            move(to: index, row: row, column: column, cells: cells)
            let oneByte = put(cell)
            cursor = oneByte && cell.width == 1 ? cursor(after: index, row: row, column: column) : nil
        }

        /// Where the cursor is after one column written at `index`: on the next cell, unless that
        /// is off the screen (the terminal's cursor then waits at the edge) or must not be written.
        private func cursor(after index: Int, row: Int, column: Int) -> Int? {
            guard column + 1 < screen.width else { return nil }
            if capabilities.lastCellScrolls, row == screen.height - 1, column + 2 == screen.width { return nil }
            return index + 1
        }

        /// Resets the attributes and leaves the cursor where the frame wants it.
        mutating func finish(cursor target: (x: Int, y: Int)?) {
            if style != .plain { switchStyle(to: .plain) }
            guard let target, (0..<screen.width).contains(target.x), (0..<screen.height).contains(target.y) else { return }
            bytes += cursorMoves.move(to: target.y, target.x, with: capabilities)
        }

        /// Moves the cursor to a cell: nothing when it is there, the few unchanged cells before it
        /// written again when they are plain ASCII on the same row, otherwise `cup`.
        private mutating func move(to index: Int, row: Int, column: Int, cells: UnsafeBufferPointer<Cell>) {
            guard cursor != index else { return }
            if let cursor, cursor < index, index - cursor <= ScreenWriter.longestRewrittenGap,
               cursor / frameWidth == row,
               (cursor..<index).allSatisfy({ ScreenWriter.plainASCIIByte(of: cells[$0]) != nil }) {
                for gap in cursor..<index { put(cells[gap]) }
                return
            }
            bytes += cursorMoves.move(to: row, column, with: capabilities)
        }

        /// Writes a cell in its style (its attributes alone in monochrome); true when its glyph
        /// was one ASCII byte.
        @discardableResult
        private mutating func put(_ cell: Cell) -> Bool {
            let wanted = capabilities.usesColour ? cell.style : Style(attributes: cell.style.attributes)
            if !ScreenWriter.sameStyle(wanted, style) { switchStyle(to: wanted) }
            return ScreenWriter.glyph(of: cell, into: &bytes)
        }

        private mutating func switchStyle(to next: Style) {
            if let kept = styleSequences.first(where: { $0.style == next }) {
                bytes += kept.bytes
            } else {
                let sequence = capabilities.sequence(for: next)
                styleSequences.append((next, sequence))
                bytes += sequence
            }
            style = next
        }
    }
}
