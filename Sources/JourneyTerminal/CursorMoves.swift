/// The `cup` sequences made so far, by row and column: the terminfo expansion costs more than
/// writing a frame's changed text, and the same places are visited key after key.
///
/// Kept in arrays by row and column, not a dictionary: the first use of a new dictionary type
/// costs the Swift runtime a scan of every conformance in the binary, before the first frame.
struct CursorMoves {
    private var rows: [[[UInt8]?]] = []

    /// The bytes that move the cursor to a row and a column (from 0).
    mutating func move(to row: Int, _ column: Int, with capabilities: TerminalCapabilities) -> [UInt8] {
        if row < rows.count, column < rows[row].count, let kept = rows[row][column] { return kept }
        let sequence = capabilities.moveCursor(row, column)
        if rows.count <= row { rows += Array(repeating: [], count: row + 1 - rows.count) }
        if rows[row].count <= column { rows[row] += Array(repeating: nil, count: column + 1 - rows[row].count) }
        rows[row][column] = sequence
        return sequence
    }
}
