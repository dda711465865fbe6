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
        guard !cells.isEmpty else { return [] }
        return cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                var changed: [Int] = []
                let (new, old) = (new.baseAddress!, old.baseAddress!)
                for index in 0..<cells.count where !same(new + index, old + index) && !new[index].isContinuation {
                    changed.append(index)
                }
                return changed
            }
        }
    }

    /// Whether two cells are equal, compared as bytes when a cell is the ten bytes of its fields
    /// (scalar or table index, width, and a style of two colours and attributes, each stored
    /// the same way for the same value, with no padding between them): equal bytes are then
    /// equal cells, found without comparing field by field. Otherwise `==`.
    @inline(__always)
    static func same(_ lhs: UnsafePointer<Cell>, _ rhs: UnsafePointer<Cell>) -> Bool {
        guard MemoryLayout<Cell>.size == 10 else { return lhs.pointee == rhs.pointee }
        let (left, right) = (UnsafeRawPointer(lhs), UnsafeRawPointer(rhs))
        return left.loadUnaligned(as: UInt64.self) == right.loadUnaligned(as: UInt64.self)
            && left.loadUnaligned(fromByteOffset: 8, as: UInt16.self) == right.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
    }
}
