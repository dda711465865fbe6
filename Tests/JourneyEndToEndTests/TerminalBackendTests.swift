import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// CursesTerminal, through the journey-terminal-check program in a tmux pane: what it draws,
/// the keys it decodes, and that the terminal is given back (modes, screen, cursor) on every way
/// out: q, Ctrl-C, SIGTERM, SIGHUP, a crash, and a refusal to start.
@Suite("CursesTerminal in tmux")
struct TerminalBackendTests {
    let program = "'\(TmuxHarness.productPath("journey-terminal-check"))'"

    /// Runs `body` with a fresh harness, always stopping its server.
    private func withTmux(_ body: (TmuxHarness) async throws -> Void) async throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try await body(tmux)
    }

    /// The screen line starting with `prefix`, without trailing spaces.
    private func line(_ prefix: String, in screen: String) -> String? {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .first { $0.hasPrefix(prefix) }
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    /// Row `index` of the screen (from 0), nil if the screen is shorter.
    private func row(_ index: Int, of screen: String) -> Substring? {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.indices.contains(index) ? rows[index] : nil
    }

    private func pid(in screen: String) throws -> pid_t {
        let match = try #require(screen.firstMatch(of: /pid: (\d+)/))
        return try #require(pid_t(match.1))
    }

    /// Expects what every exit must leave: the modes from before, the normal screen, a visible
    /// cursor, and cursor keys back in normal mode.
    private func expectTerminalGivenBack(_ tmux: TmuxHarness) throws {
        let modes = try tmux.terminalModes()
        #expect(modes.before == modes.after, "stty -g differs after the program")
        let state = try tmux.display("alternate #{alternate_on}, cursor #{cursor_flag}, keypad #{keypad_cursor_flag}")
        #expect(state == "alternate 0, cursor 1, keypad 0")
        #expect(!(try tmux.screen(history: true)).contains("wide: 漢字"), "the program's screen is still shown")
    }

    @Test func drawsWideEmojiAndCombiningText() async throws {
        try await withTmux { tmux in
            try tmux.start(command: program)
            let screen = try await tmux.waitFor("key: none")
            #expect(line("size:", in: screen) == "size: 100x30")
            #expect(line("wide:", in: screen) == "wide: 漢字 end")
            #expect(line("emoji:", in: screen) == "emoji: 🙂 end")
            // String == compares canonically: "é" here matches e + U+0301 on the screen.
            #expect(line("combining:", in: screen) == "combining: été ñ end")
            #expect(row(29, of: screen)?.hasPrefix("q quits") == true)
            #expect(try tmux.display("#{cursor_x} #{cursor_y} #{cursor_flag}") == "0 4 1")
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
        }
    }

    @Test func decodesKeys() async throws {
        let keys = [
            ("Up", "Up"), ("Left", "Left"), ("F5", "F5"), ("F12", "F12"), ("Home", "Home"), ("End", "End"),
            ("NPage", "PgDn"), ("PPage", "PgUp"), ("Tab", "Tab"), ("BTab", "Shift-Tab"), ("Enter", "Enter"),
            ("BSpace", "Backspace"), ("DC", "Delete"), ("C-a", "Ctrl-A"), ("C-k", "Ctrl-K"), ("é", "é"),
            // Flow control is off, so Ctrl-S and Ctrl-Q reach the program instead of freezing the screen.
            ("C-s", "Ctrl-S"), ("C-q", "Ctrl-Q"), ("x", "x"),
        ]
        try await withTmux { tmux in
            try tmux.start(command: program)
            try await tmux.waitFor("key: none")
            for (name, shown) in keys {
                try tmux.sendKeys(name)
                try await tmux.waitUntil("key: \(shown) after \(name)") { line("key:", in: $0) == "key: \(shown)" }
            }
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
        }
    }

    /// ncurses waits a second after Escape for the rest of a key sequence unless told otherwise.
    /// Each Escape is timed against a plain key sent just before it, so the time the loaded
    /// machine takes to draw and read the screen cancels out: with the one-second delay every
    /// Escape is at least a second slower than its plain key; without it the fastest of five is
    /// well within half a second of it.
    @Test func decodesEscapeAtOnce() async throws {
        try await withTmux { tmux in
            try tmux.start(command: program)
            try await tmux.waitFor("key: none")
            var smallestDelay = Duration.seconds(10)
            for _ in 0..<5 {
                let plain = try await ContinuousClock().measure {
                    try tmux.sendKeys("a")
                    try await tmux.waitUntil("key: a") { line("key:", in: $0) == "key: a" }
                }
                let escape = try await ContinuousClock().measure {
                    try tmux.sendKeys("Escape")
                    try await tmux.waitUntil("key: Esc") { line("key:", in: $0) == "key: Esc" }
                }
                smallestDelay = min(smallestDelay, escape - plain)
            }
            #expect(smallestDelay < .milliseconds(500))
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
        }
    }

    @Test(arguments: [
        ("q", 0, "bye"), ("C-c", 130, "caught signal 2"), ("TERM", 143, "caught signal 15"),
        ("HUP", 129, "caught signal 1"),
    ])
    func givesTheTerminalBack(how: String, status: Int, message: String) async throws {
        try await withTmux { tmux in
            try tmux.start(command: program)
            let screen = try await tmux.waitFor("key: none")
            switch how {
            case "TERM": #expect(kill(try pid(in: screen), SIGTERM) == 0)
            case "HUP": #expect(kill(try pid(in: screen), SIGHUP) == 0)
            default: try tmux.sendKeys(how)
            }
            #expect(try await tmux.waitForExit() == status)
            #expect(try tmux.screen(history: true).contains("journey-terminal-check: \(message)"))
            try expectTerminalGivenBack(tmux)
        }
    }

    /// The crash handlers restore the terminal, then the process still dies from the signal
    /// (`fatalError` traps: SIGILL on x86-64, SIGTRAP on arm64).
    @Test func givesTheTerminalBackOnACrash() async throws {
        try await withTmux { tmux in
            try tmux.start(command: "ulimit -c 0; \(program) --crash")
            let status = try await tmux.waitForExit()
            #expect([128 + Int(SIGILL), 128 + Int(SIGTRAP)].contains(status))
            try expectTerminalGivenBack(tmux)
            let screen = try tmux.screen()
            #expect(line("[exit", in: screen) == "[exit \(status)]")
        }
    }

    @Test func relaysOutOnResize() async throws {
        try await withTmux { tmux in
            try tmux.start(command: program)
            try await tmux.waitFor("size: 100x30")
            try tmux.resize(width: 80, height: 24)
            // A frame may be caught half-written: wait for its last row as well as its first.
            let smaller = try await tmux.waitUntil("the 80x24 frame") {
                $0.contains("size: 80x24") && row(23, of: $0)?.hasPrefix("q quits") == true
            }
            #expect(line("resizes:", in: smaller) == "resizes: 1 resumes: 0")
            try tmux.resize(width: 120, height: 40)
            let larger = try await tmux.waitUntil("the 120x40 frame") {
                $0.contains("size: 120x40") && row(39, of: $0)?.hasPrefix("q quits") == true
            }
            #expect(row(23, of: larger)?.allSatisfy { $0 == " " } == true, "the old bottom line was not cleared")
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
        }
    }

    /// Job control needs an interactive shell: under the `bash -c` of ``TmuxHarness/start(command:)``
    /// the program's process group is orphaned, so the kernel does not stop it (see the next test).
    /// So this types the command into `bash -i`, which runs it as a job that Ctrl-Z stops and `fg`
    /// continues.
    @Test func suspendsOnCtrlZAndRepaintsOnFg() async throws {
        try await withTmux { tmux in
            try tmux.startShell()
            try await tmux.waitFor("shell$")
            try tmux.type("stty -g > \(tmux.directory)/before; \(program)")
            // The whole first frame, down to its last row, so the program is surely running.
            let first = try await tmux.waitUntil("the first frame") {
                $0.contains("key: none") && $0.contains("q quits")
            }
            let pid = try pid(in: first)
            try tmux.sendKeys("C-z")
            let stopped = try await tmux.waitFor("Stopped", timeout: .seconds(20))
            #expect(!stopped.contains("wide: 漢字"))
            #expect(try tmux.display("#{alternate_on}") == "0")
            #expect(try processState(pid) == "T")
            // A stopped job gets no SIGWINCH: the backend must notice the new size on resume.
            try tmux.resize(width: 90, height: 25)

            try tmux.type("fg")
            let resumed = try await tmux.waitFor("resumes: 1")
            #expect(line("size:", in: resumed) == "size: 90x25")
            #expect(line("wide:", in: resumed) == "wide: 漢字 end")
            #expect(!resumed.contains("Stopped"))
            try tmux.sendKeys("Up")
            try await tmux.waitUntil("key: Up after fg") { line("key:", in: $0) == "key: Up" }

            try tmux.sendKeys("q")
            try await tmux.waitFor("journey-terminal-check: bye\nshell$")   // the shell has the terminal again
            try tmux.type("s=$?; stty -g > \(tmux.directory)/after; echo \"[exit $s]\"")
            #expect(try await tmux.waitForExit() == 0)
            let modes = try tmux.terminalModes()
            #expect(modes.before == modes.after)
        }
    }

    /// Without job control Ctrl-Z cannot stop the program; it must carry on, not hang.
    @Test func carriesOnAfterCtrlZWithoutJobControl() async throws {
        try await withTmux { tmux in
            try tmux.start(command: program)
            try await tmux.waitFor("key: none")
            try tmux.sendKeys("C-z")
            let screen = try await tmux.waitFor("resumes: 1")
            #expect(line("wide:", in: screen) == "wide: 漢字 end")
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
            try expectTerminalGivenBack(tmux)
        }
    }

    @Test(arguments: [
        ("TERM=dumb PROGRAM", "(TERM=dumb)"), ("TERM=nosuchterm PROGRAM", "TERM=nosuchterm is not in the terminfo"),
        ("env -u TERM PROGRAM", "TERM is not set"), ("PROGRAM </dev/null", "needs a terminal on standard input"),
        ("set -o pipefail; PROGRAM | cat", "needs a terminal on standard input"),
    ])
    func refusesAnUnusableTerminal(command: String, message: String) async throws {
        try await withTmux { tmux in
            try tmux.start(command: command.replacingOccurrences(of: "PROGRAM", with: program))
            #expect(try await tmux.waitForExit() == 69)
            #expect(try tmux.screen(history: true).contains(message))
            let modes = try tmux.terminalModes()
            #expect(modes.before == modes.after)
            #expect(try tmux.display("#{alternate_on}") == "0")
        }
    }

    /// Attributes are drawn with or without colour; colour only when allowed.
    @Test(arguments: [false, true])
    func drawsAttributesAndColour(noColour: Bool) async throws {
        try await withTmux { tmux in
            try tmux.start(command: (noColour ? "NO_COLOR=1 " : "") + program)
            let screen = try await tmux.waitFor("key: none")
            #expect(line("colour:", in: screen) == (noColour ? "colour: off" : "colour: on"))
            let escapes = try tmux.screen(escapes: true)
            for sgr in ["1", "2", "4", "7"] {
                #expect(escapes.contains("\u{1B}[\(sgr)m"), "no SGR \(sgr)")
            }
            #expect(escapes.contains("\u{1B}[36m") == !noColour)
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
        }
    }

    /// The state letter from /proc/<pid>/stat (R, S, T for stopped, ...).
    private func processState(_ pid: pid_t) throws -> String {
        let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
        let afterName = try #require(stat.range(of: ") ", options: .backwards))
        return String(stat[afterName.upperBound...].prefix(1))
    }
}
