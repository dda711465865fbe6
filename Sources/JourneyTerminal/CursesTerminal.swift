import CNCursesW
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyUI
import Synchronization

/// The real terminal: ncursesw in wide-character mode.
///
/// Create one per process, on the main thread. It takes over the terminal (alternate screen,
/// keys unbuffered, no echo) and gives it back on every way out: ``restore()`` on a normal exit or
/// after an ``Input/signal(_:)``, `atexit`, and crash-signal handlers that reset the screen and the
/// terminal modes before the process dies. Ctrl-Z leaves curses, stops the process, and on `fg`
/// repaints and reports ``Input/resumed``.
///
/// Only cells reach the screen: there is no way to write raw text.
public final class CursesTerminal: TerminalBackend {
    /// Longest single wait for a key, so signals are noticed within this many milliseconds.
    private static let pollSliceMilliseconds = 50
    /// How long ncurses waits after Escape for the rest of a key sequence.
    private static let escapeDelayMilliseconds: Int32 = 25
    private static let atExitRegistered = Atomic<Bool>(false)

    private let window: UnsafeMutablePointer<WINDOW>
    /// Whether cells are drawn in colour (asked for, and the terminal has colours).
    public let usesColour: Bool
    private var replacedSignalActions: [(signal: Int32, replaced: SignalAction)]
    /// Writes the frames: curses only clears the screen (and keeps its own copy of it blank).
    private var writer: ScreenWriter
    private var previous: Buffer?
    private var needsFullRepaint = true
    private var cursorVisible: Bool?
    private var isRestored = false

    /// Takes over the terminal.
    ///
    /// - Parameter colour: false for monochrome (`--no-color`, `NO_COLOR`); attributes (bold, dim,
    ///   underline, reverse) are drawn either way. Colour is also off when the terminal has none.
    /// - Throws: ``CursesTerminalError`` when standard input or output is not a terminal, or `TERM`
    ///   is unset, `dumb` or unknown. The terminal is left untouched.
    public init(colour: Bool) throws {
        try Self.checkTerminal()
        Self.selectUTF8Locale()
        _ = CrashRestore.saveModes(of: STDOUT_FILENO)
        // Ours before newterm, so ncurses does not install its own SIGINT/SIGTERM/SIGTSTP handlers.
        var replaced = TerminalSignals.install()
        _ = set_escdelay(Self.escapeDelayMilliseconds)
        guard newterm(nil, fdopen(STDOUT_FILENO, "w"), fdopen(STDIN_FILENO, "r")) != nil,
              let window = cnc_stdscr() else {
            replaced.forEach { $0.replaced.reinstate(for: $0.signal) }
            throw CursesTerminalError.unknownTerminal(term: Self.environmentTERM ?? "")
        }
        guard let capabilities = Self.capabilities(colour: colour) else {
            _ = endwin()
            replaced.forEach { $0.replaced.reinstate(for: $0.signal) }
            throw CursesTerminalError.unsupportedTerminal(term: Self.environmentTERM)
        }
        self.window = window
        Self.configureInput(window)
        writer = ScreenWriter(capabilities: capabilities)
        usesColour = capabilities.usesColour
        CrashRestore.prepare(resetSequence: CrashRestore.resetSequence(
            from: ["sgr0", "cnorm", "rmkx", "rmcup"].compactMap(Self.terminfoString)))
        replaced += CrashRestore.installHandlers()
        replacedSignalActions = replaced
        CrashRestore.arm()
        Self.registerAtExit()
    }

    deinit { restore() }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cnc_getmaxyx(window, &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// Gives the terminal back: leaves curses (screen, modes, cursor) and puts back the signal
    /// handlers it replaced. Safe to call more than once; afterwards ``draw(_:)`` does nothing
    /// and ``nextInput(timeoutMilliseconds:)`` returns nil.
    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        CrashRestore.disarm()
        _ = endwin()
        replacedSignalActions.reversed().forEach { $0.replaced.reinstate(for: $0.signal) }
    }

    // MARK: - Output

    /// Writes the cells that differ from the last frame (all of them after a resize, or when the
    /// frame asks with `repaintsAll`, onto a screen curses has just cleared) in one write, and
    /// places or hides the cursor.
    public func draw(_ frame: Frame) {
        guard !isRestored else { return }
        let buffer = frame.buffer
        let sizeChanged = previous?.width != buffer.width || previous?.height != buffer.height
        if frame.repaintsAll || needsFullRepaint || sizeChanged {
            // curses' own copy of the screen stays blank: clearing it clears the terminal.
            _ = clearok(cnc_curscr(), true)
            _ = wrefresh(window)
            previous = nil
            needsFullRepaint = false
        }
        let screen = size
        let cursor = frame.cursor.flatMap { place in
            (0..<screen.width).contains(place.x) && (0..<screen.height).contains(place.y) ? place : nil
        }
        if cursor == nil { setCursorVisible(false) }
        Self.writeAll(writer.changes(from: previous, to: buffer, screen: screen, cursor: cursor))
        previous = buffer
        if cursor != nil { setCursorVisible(true) }
    }

    /// curses writes these itself, at once (`curs_set` flushes), and restores them on leaving.
    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        _ = curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    /// Writes all of `bytes` to the terminal, going on after a signal; gives up if it has gone.
    private static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}

// MARK: - Input

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` for a key, a resize, a resume or a quit signal.
    ///
    /// A pending quit signal comes first; a pending Ctrl-Z suspends here and returns
    /// ``Input/resumed`` after `fg`. Keys the backend does not know are skipped.
    public func nextInput(timeoutMilliseconds: Int) -> Input? {
        guard !isRestored else { return nil }
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(max(0, timeoutMilliseconds))
        repeat {
            if let signal = TerminalSignals.takeQuitSignal() { return .signal(signal) }
            if TerminalSignals.takeSuspendRequest() { return suspendUntilContinued() }
            let remaining = clock.now.duration(to: deadline).components
            let milliseconds = max(0, remaining.seconds * 1000 + remaining.attoseconds / 1_000_000_000_000_000)
            wtimeout(window, Int32(min(Int64(Self.pollSliceMilliseconds), milliseconds)))
            if let input = readInput() { return input }
        } while clock.now < deadline
        return nil
    }

    /// The quit signal (Ctrl-C, SIGTERM, SIGHUP) received since it was last asked, if any,
    /// without reading input: for work done before the run loop (reading a data root's
    /// councils), which must stop on Ctrl-C but leave typed keys to the browser.
    public func takeQuitSignal() -> Int32? {
        TerminalSignals.takeQuitSignal()
    }

    private func readInput() -> Input? {
        var character: wint_t = 0
        switch wget_wch(window, &character) {
        case KEY_CODE_YES: return input(forKeyCode: Int32(bitPattern: character))
        case OK: return Key(terminalCharacter: UInt32(character)).map(Input.key)
        default: return nil
        }
    }

    /// Keys curses reports as key codes, besides F1–F12 and resize.
    private static let keyCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace, KEY_DC: .delete,
    ]

    private func input(forKeyCode code: Int32) -> Input? {
        if let key = Self.keyCodes[code] { return .key(key) }
        if (cnc_key_f(1)...cnc_key_f(12)).contains(code) { return .key(.function(Int(code - cnc_key_f(0)))) }
        guard code == KEY_RESIZE else { return nil }
        needsFullRepaint = true
        return .resize
    }

    /// Leaves curses, stops the process as Ctrl-Z asked, and on `fg` takes the terminal back and
    /// repaints the last frame at once.
    private func suspendUntilContinued() -> Input {
        CrashRestore.disarm()
        _ = endwin()
        SignalAction.install(nil, for: SIGTSTP)
        _ = raise(SIGTSTP)   // Stops here until SIGCONT; returns at once in an orphaned process group.
        TerminalSignals.installSuspendHandler()
        CrashRestore.arm()
        adoptKernelSize()
        cursorVisible = nil
        needsFullRepaint = true
        _ = wrefresh(window)   // Back to curses' terminal modes.
        // ncurses would re-enable keypad mode only at the next get_wch, so a key pressed before
        // that would arrive in the terminal's other encoding; enable (and flush) it now.
        _ = keypad(window, true)
        return .resumed
    }

    /// Leaves curses while another program (an editor) uses the terminal, then takes it back
    /// as after Ctrl-Z: modes restored, the size re-read, the next frame painted whole.
    public func handOver(_ body: () -> Void) {
        guard !isRestored else { return body() }
        CrashRestore.disarm()
        _ = endwin()
        body()
        CrashRestore.arm()
        adoptKernelSize()
        cursorVisible = nil
        needsFullRepaint = true
        _ = clearok(cnc_curscr(), true)
        _ = wrefresh(window)
        _ = keypad(window, true)
    }

    /// Follows a size change that happened while stopped (SIGWINCH goes only to the foreground).
    private func adoptKernelSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard cnc_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0,
              is_term_resized(rows, columns) else { return }
        _ = resizeterm(rows, columns)
        needsFullRepaint = true
    }
}

// MARK: - Setup

extension CursesTerminal {
    private static var environmentTERM: String? {
        getenv("TERM").map { String(cString: $0) }
    }

    /// Refuses before curses touches anything: no terminal, or one that cannot address the cursor.
    private static func checkTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CursesTerminalError.notATerminal
        }
        guard let term = environmentTERM, !term.isEmpty, term != "dumb" else {
            throw CursesTerminalError.unsupportedTerminal(term: environmentTERM)
        }
    }

    /// The user's locale, so ncursesw encodes wide characters; if that is not UTF-8 (often just
    /// an unset `LANG`), C.UTF-8 for character handling, as the data is UTF-8.
    private static func selectUTF8Locale() {
        _ = setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        if codeset != "UTF-8" { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// Keys at once (Ctrl-C and Ctrl-Z still signal), no echo, no newline translation, curses
    /// key codes for arrows and function keys.
    private static func configureInput(_ window: UnsafeMutablePointer<WINDOW>) {
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        disableFlowControl()
    }

    /// Turns off XON/XOFF, so Ctrl-S does not freeze the screen until Ctrl-Q. Ctrl-C and
    /// Ctrl-Z still raise signals (unlike `raw()`). Saved as curses' program mode, so a
    /// resume after Ctrl-Z keeps it; `endwin` puts the shell's own modes back.
    private static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        _ = def_prog_mode()
    }

    /// What the screen writer needs, from the terminal's entry; nil when it cannot move the
    /// cursor. Colour (with the terminal's own background kept) when wanted and the terminal
    /// has `setaf` and `setab`.
    private static func capabilities(colour: Bool) -> TerminalCapabilities? {
        guard let cursorAddress = cnc_tigetstr("cup") else { return nil }
        var capabilities = TerminalCapabilities(
            moveCursor: { row, column in terminfoBytes(cnc_tiparm2(cursorAddress, Int32(row), Int32(column))) },
            resetAttributes: terminfoBytes("sgr0"))
        (capabilities.bold, capabilities.dim) = (terminfoBytes("bold"), terminfoBytes("dim"))
        (capabilities.underline, capabilities.reverse) = (terminfoBytes("smul"), terminfoBytes("rev"))
        capabilities.lastCellScrolls = cnc_tigetflag("am") == 1 && cnc_tigetflag("xenl") == 0
        guard colour, has_colors(), start_color() == OK,
              let foreground = cnc_tigetstr("setaf"), let background = cnc_tigetstr("setab") else { return capabilities }
        capabilities.hasDefaultColours = use_default_colors() == OK
        capabilities.colourCount = Int(cnc_colors())
        capabilities.originalColours = terminfoBytes("op")
        capabilities.setForeground = { terminfoBytes(cnc_tiparm1(foreground, Int32($0))) }
        capabilities.setBackground = { terminfoBytes(cnc_tiparm1(background, Int32($0))) }
        return capabilities
    }

    /// A string capability of the terminal (after `newterm`), nil if it has none.
    private static func terminfoString(_ name: String) -> String? {
        cnc_tigetstr(name).map { String(cString: $0) }
    }

    /// A string capability's bytes, without padding; empty if the terminal has none.
    private static func terminfoBytes(_ name: String) -> [UInt8] {
        terminfoBytes(cnc_tigetstr(name))
    }

    private static func terminfoBytes(_ string: UnsafePointer<CChar>?) -> [UInt8] {
        guard let string else { return [] }
        return TerminalCapabilities.withoutPadding(Array(UnsafeRawBufferPointer(start: string, count: strlen(string))))
    }

    private static func registerAtExit() {
        guard !atExitRegistered.exchange(true, ordering: .relaxed) else { return }
        atexit {
            CrashRestore.disarm()
            if !isendwin() { _ = endwin() }
        }
    }
}
