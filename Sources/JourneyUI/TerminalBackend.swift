/// What the run loop needs from a terminal. ``CursesTerminal`` is the real one; tests
/// use an in-memory backend.
public protocol TerminalBackend: AnyObject {
    /// The terminal's size in cells (columns, rows).
    var size: (width: Int, height: Int) { get }
    /// Shows a frame: writes the cells that differ from the last frame and places the cursor.
    func draw(_ frame: Frame)
    /// Waits up to `timeoutMilliseconds` for input; nil on timeout.
    func nextInput(timeoutMilliseconds: Int) -> Input?
    /// Gives the terminal to another program for the time `body` runs (an editor for a long
    /// note), then takes it back; the next frame repaints everything.
    func handOver(_ body: () -> Void)
}

extension TerminalBackend {
    /// Backends with no terminal to hand over simply run `body`.
    public func handOver(_ body: () -> Void) { body() }
}

/// Input from the terminal.
public enum Input: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size; read ``TerminalBackend/size``.
    case resize
    /// The program was resumed after a suspend (Ctrl-Z, then `fg`): redraw everything.
    case resumed
    /// A quit request from outside: SIGINT, SIGTERM or SIGHUP (the signal number).
    case signal(Int32)
}
