/// The cells a backend writes to turn the screen from one frame into the next: only those that
/// differ, so a key that moves one row writes that row and what follows from it, not the screen.
public enum BufferDiff {
    /// The indices (`y * width + x`) of the cells of `next` to write: those that differ from
    /// `previous`, or every cell when there is no previous frame or its size differs.
    /// Continuation cells are left out: the wide glyph to their left covers them.
    public static func changedCells(from previous: Buffer?, to next: Buffer) -> [Int] {
        let cells = next.cells
        guard let previous, previous.width == next.width, previous.height == next.height else {
            return cells.indices.filter { !cells[$0].isContinuation }
        }
        return cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                var changed: [Int] = []
                for index in new.indices where new[index] != old[index] && !new[index].isContinuation {
                    changed.append(index)
                }
                return changed
            }
        }
    }
}
