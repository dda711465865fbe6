/// The `cup` sequences made so far, by row and column: the terminfo expansion costs more than
/// writing a frame's changed text, and the same places are visited key after key.
struct CursorMoves {
    /// Row and column packed into one key; sequences for at most a screen's cells are kept.
    private var made: [Int: [UInt8]] = [:]

    /// The bytes that move the cursor to a row and a column (from 0).
    mutating func move(to row: Int, _ column: Int, with capabilities: TerminalCapabilities) -> [UInt8] {
        let key = row << 32 | column
        if let kept = made[key] { return kept }
        let sequence = capabilities.moveCursor(row, column)
        made[key] = sequence
        return sequence
    }
}
