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
    /// Whether colour -1 means the terminal's own foreground or background.
    private let hasDefaultColours: Bool
    private var replacedSignalActions: [(signal: Int32, replaced: SignalAction)]
    /// The colour pairs allocated, pair n at index n - 1 (a theme uses a dozen: searched, not
    /// hashed, so that start-up pays no conformance look-up for the key type).
    private var colourPairs: [ColourPair] = []
    private var previous: Buffer?
    private var needsFullRepaint = true
    private var cursorVisible: Bool?
    private var lastRendition: (style: Style, attributes: attr_t, pair: Int16, blank: cchar_t)?
    private var isRestored = false

    private struct ColourPair: Equatable {
        var foreground: Style.Color
        var background: Style.Color
    }

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
        self.window = window
        Self.configureInput(window)
        (usesColour, hasDefaultColours) = Self.startColour(wanted: colour)
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
    /// frame asks with `repaintsAll`), places or hides the cursor, and refreshes once.
    public func draw(_ frame: Frame) {
        guard !isRestored else { return }
        let buffer = frame.buffer
        let sizeChanged = previous?.width != buffer.width || previous?.height != buffer.height
        if frame.repaintsAll || needsFullRepaint || sizeChanged {
            _ = werase(window)
            _ = clearok(cnc_curscr(), true)
            previous = nil
            needsFullRepaint = false
        }
        let (width, height) = size
        withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: max(1, buffer.width)) { run in
            writeChanges(to: buffer, width: width, height: height, run: run.baseAddress!)
        }
        previous = buffer
        placeCursor(frame.cursor, width: width, height: height)
        _ = wrefresh(window)
    }

    /// Writes the cells that differ from the last frame: each run of adjacent printable ASCII
    /// cells of a row in one call (`wadd_wchnstr`, from `cchar_t`s made from a per-style blank),
    /// any other cell on its own (`mvwadd_wch`), so a wide glyph is always placed where it belongs.
    private func writeChanges(to buffer: Buffer, width: Int, height: Int, run: UnsafeMutablePointer<cchar_t>) {
        let fits = buffer.width <= width && buffer.height <= height
        var runStart = 0
        var runLength = 0
        var runEnd = 0
        var runStyle: (style: Style, blank: cchar_t)?
        func flush() {
            guard runLength > 0 else { return }
            let (y, x) = runStart.quotientAndRemainder(dividingBy: buffer.width)
            _ = wmove(window, Int32(y), Int32(x))
            _ = wadd_wchnstr(window, run, Int32(runLength))
            runLength = 0
        }
        buffer.cells.withUnsafeBufferPointer { cells in
            for index in BufferDiff.changedCells(from: previous, to: buffer) {
                let cell = cells[index]
                if !fits {
                    let (y, x) = index.quotientAndRemainder(dividingBy: buffer.width)
                    guard x < width && y < height else { continue }
                }
                guard let scalar = cell.scalar, (0x20...0x7E).contains(scalar.value) else {
                    flush()
                    let (y, x) = index.quotientAndRemainder(dividingBy: buffer.width)
                    put(cell, x: x, y: y)
                    continue
                }
                if runLength > 0 && (index != runStart + runLength || index == runEnd) { flush() }
                if runLength == 0 {
                    runStart = index
                    runEnd = (index / buffer.width + 1) * buffer.width
                }
                if let kept = runStyle, kept.style == cell.style {
                    run[runLength] = kept.blank
                } else {
                    run[runLength] = rendition(of: cell.style).blank
                    runStyle = (cell.style, run[runLength])
                }
                run[runLength].chars.0 = wchar_t(bitPattern: scalar.value)
                runLength += 1
            }
        }
        flush()
    }

    /// One cell through the wide-character API: its grapheme's scalars (base plus combining
    /// marks) in one `cchar_t`. A wide glyph covers the next column itself.
    private func put(_ cell: Cell, x: Int, y: Int) {
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CNC_CCHARW_MAX) + 1) { buffer in
            let glyphs = buffer.baseAddress!
            var glyph = cchar_t()
            let (attributes, pair, _) = rendition(of: cell.style)
            if let scalar = cell.scalar { Self.spell(scalar, into: glyphs) } else { Self.spell(cell.text, into: glyphs) }
            if setcchar(&glyph, glyphs, attributes, pair, nil) == ERR {
                Self.spell("?", into: glyphs)
                _ = setcchar(&glyph, glyphs, attributes, pair, nil)
            }
            _ = mvwadd_wch(window, Int32(y), Int32(x), &glyph)
        }
    }

    /// A cell's text as a NUL-terminated `wchar_t` string of at most `CCHARW_MAX` scalars, written
    /// into `glyphs` (no allocation per cell). Control characters (general category Cc: C0, DEL,
    /// C1) never reach the terminal (curses would act on a newline or tab): the cell becomes `?`.
    private static func spell(_ text: String, into glyphs: UnsafeMutablePointer<wchar_t>) {
        var count = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) {
                glyphs[0] = wchar_t(UInt8(ascii: "?"))
                count = 1
                break
            }
            if count < Int(CNC_CCHARW_MAX) {
                glyphs[count] = wchar_t(bitPattern: value)
                count += 1
            }
        }
        if count == 0 {
            glyphs[0] = wchar_t(UInt8(ascii: " "))
            count = 1
        }
        glyphs[count] = 0
    }

    /// A cell of one scalar (nearly every one), spelled as ``spell(_:into:)-(String,_)`` would.
    private static func spell(_ scalar: Unicode.Scalar, into glyphs: UnsafeMutablePointer<wchar_t>) {
        let value = scalar.value
        let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
        glyphs[0] = isControl ? wchar_t(UInt8(ascii: "?")) : wchar_t(bitPattern: value)
        glyphs[1] = 0
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, width: Int, height: Int) {
        guard let cursor, (0..<width).contains(cursor.x), (0..<height).contains(cursor.y) else {
            setCursorVisible(false)
            return
        }
        setCursorVisible(true)
        _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        _ = curs_set(visible ? 1 : 0)
        _ = leaveok(window, !visible)
        cursorVisible = visible
    }

    // MARK: - Style

    /// A style's attributes, colour pair and a blank drawn in it (for ASCII cells to copy); the
    /// last one is kept, as neighbouring cells mostly share a style.
    private func rendition(of style: Style) -> (attributes: attr_t, pair: Int16, blank: cchar_t) {
        if let last = lastRendition, last.style == style { return (last.attributes, last.pair, last.blank) }
        let attributes = Self.attributes(of: style)
        let pair = colourPair(for: style)
        var blank = cchar_t()
        var space: [wchar_t] = [wchar_t(UInt8(ascii: " ")), 0]
        _ = setcchar(&blank, &space, attributes, pair, nil)
        lastRendition = (style, attributes, pair, blank)
        return (attributes, pair, blank)
    }

    /// Attributes are always drawn: in monochrome they carry what colour would.
    private static func attributes(of style: Style) -> attr_t {
        attributeTable.reduce(attr_t(A_NORMAL)) { style.attributes.contains($1.0) ? $0 | $1.1 : $0 }
    }

    private static let attributeTable: [(Style.Attributes, attr_t)] = [
        (.bold, CNC_A_BOLD), (.dim, CNC_A_DIM), (.underline, CNC_A_UNDERLINE), (.reverse, CNC_A_REVERSE),
    ]

    /// The colour pair for a style's colours, allocated on first use; 0 (the terminal's own
    /// colours) in monochrome, for default colours, or when the terminal has no pairs left.
    private func colourPair(for style: Style) -> Int16 {
        let key = ColourPair(foreground: style.foreground, background: style.background)
        guard usesColour, key != ColourPair(foreground: .default, background: .default) else { return 0 }
        if let index = colourPairs.firstIndex(of: key) { return Int16(index + 1) }
        let next = colourPairs.count + 1
        guard next < min(Int(cnc_color_pairs()), Int(Int16.max)) else { return 0 }
        _ = init_pair(Int16(next), colourNumber(key.foreground, isBackground: false),
                      colourNumber(key.background, isBackground: true))
        colourPairs.append(key)
        return Int16(next)
    }

    private func colourNumber(_ colour: Style.Color, isBackground: Bool) -> Int16 {
        let named: Int32? = switch colour {
        case .black: COLOR_BLACK
        case .red: COLOR_RED
        case .green: COLOR_GREEN
        case .yellow: COLOR_YELLOW
        case .blue: COLOR_BLUE
        case .magenta: COLOR_MAGENTA
        case .cyan: COLOR_CYAN
        case .white: COLOR_WHITE
        case .default, .indexed: nil
        }
        if let named { return Int16(named) }
        if case .indexed(let index) = colour, Int(index) < Int(cnc_colors()) { return Int16(index) }
        if case .indexed(let index) = colour, index < 16 { return Int16(index % 8) }
        if hasDefaultColours { return -1 }
        return Int16(isBackground ? COLOR_BLACK : COLOR_WHITE)
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
        _ = clearok(cnc_curscr(), true)
        _ = wrefresh(window)   // Back to curses' terminal modes and screen.
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

    /// Colour with the terminal's own background kept (`use_default_colors`).
    private static func startColour(wanted: Bool) -> (usesColour: Bool, hasDefaultColours: Bool) {
        guard wanted, has_colors(), start_color() == OK else { return (false, false) }
        return (true, use_default_colors() == OK)
    }

    /// A string capability of the terminal (after `newterm`), nil if it has none.
    private static func terminfoString(_ name: String) -> String? {
        cnc_tigetstr(name).map { String(cString: $0) }
    }

    private static func registerAtExit() {
        guard !atExitRegistered.exchange(true, ordering: .relaxed) else { return }
        atexit {
            CrashRestore.disarm()
            if !isendwin() { _ = endwin() }
        }
    }
}
