/// What one frame shows: the cells, and where the terminal's hardware cursor goes.
///
/// The cursor sits on the selected row so that screen readers and braille displays follow it.
public struct Frame: Hashable, Sendable {
    public var buffer: Buffer
    /// Column and row of the hardware cursor, or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { Position(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: Position?
    /// Whether the backend must repaint every cell instead of only those that changed since the
    /// last frame (after Ctrl-L, or on resuming from Ctrl-Z when the screen may hold anything).
    public var repaintsAll: Bool

    private struct Position: Hashable, Sendable {
        var x: Int
        var y: Int
    }

    public init(buffer: Buffer, cursor: (x: Int, y: Int)? = nil, repaintsAll: Bool = false) {
        self.buffer = buffer
        self.repaintsAll = repaintsAll
        self.cursor = cursor
    }
}
