import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Driving the browser and reading its screen: what is selected, where the cursor is, which line
/// of a letter is shown, and how the terminal was left.
extension BrowserTests {
    /// Runs `body` with a fresh harness, always stopping its server.
    func withTmux(_ body: (TmuxHarness) async throws -> Void) async throws {
        let tmux = try TmuxHarness()
        defer { tmux.stop() }
        try await body(tmux)
    }

    /// Starts `command` (the browser on the bundled data by default) and waits for the home screen.
    @discardableResult
    func startBrowser(_ tmux: TmuxHarness, width: Int, height: Int, command: String? = nil) async throws -> String {
        try tmux.start(command: command ?? journey, width: width, height: height)
        return try await waitForHomeStatus(tmux, onRow: height - 1)
    }

    /// Presses a key (tmux's name for it) and waits for `text` to appear; returns that screen.
    @discardableResult
    func press(_ tmux: TmuxHarness, _ key: String, until text: String) async throws -> String {
        try tmux.sendKeys(key)
        return try await tmux.waitFor(text)
    }

    /// Quits from a screen `backs` levels above home with q, and expects exit status 0.
    func quit(_ tmux: TmuxHarness, backs: Int = 0) async throws {
        for _ in 0...backs { try tmux.sendKeys("q") }
        #expect(try await tmux.waitForExit() == 0)
    }

    /// The screen's rows, without the newline after the last.
    func rows(of screen: String) -> [Substring] {
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        if rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    /// Row `index` of the screen (from 0) without trailing spaces; empty when there is no such row.
    func row(_ index: Int, of screen: String) -> String {
        let rows = rows(of: screen)
        guard rows.indices.contains(index) else { return "" }
        return String(rows[index].reversed().drop { $0 == " " }.reversed())
    }

    /// Waits until the home screen's status line is the bottom row of a screen `row + 1` rows high.
    @discardableResult
    func waitForHomeStatus(_ tmux: TmuxHarness, onRow row: Int) async throws -> String {
        try await tmux.waitUntil("the status line on row \(row)") { screen in
            let rows = rows(of: screen)
            return rows.count == row + 1 && rows.last?.hasPrefix(Self.homeStatus) == true
        }
    }

    /// The row of the selected timeline event (marked `>`), from 0.
    func selectedRow(in screen: String) -> Int? {
        rows(of: screen).firstIndex { $0.hasPrefix("> ") }
    }

    func selectedRowText(in screen: String) -> Substring? {
        selectedRow(in: screen).map { row($0, of: screen)[...] }
    }

    /// The selected event's position in the timeline, from the status line ("timeline 6/27").
    func timelinePosition(in screen: String) -> Int? {
        screen.firstMatch(of: /\n (?:timeline|detail|people) (\d+)\//).flatMap { Int($0.1) }
    }

    @discardableResult
    func waitForTimelinePosition(_ tmux: TmuxHarness, _ position: Int) async throws -> String {
        try await tmux.waitUntil("timeline position \(position)") { timelinePosition(in: $0) == position }
    }

    /// Presses j until the selected timeline row satisfies `isWanted`; returns that screen.
    func select(_ tmux: TmuxHarness, where isWanted: (Substring) -> Bool) async throws -> String {
        var screen = try tmux.screen()
        while let row = selectedRowText(in: screen), !isWanted(row) {
            let position = try #require(timelinePosition(in: screen))
            try tmux.sendKeys("j")
            screen = try await waitForTimelinePosition(tmux, position + 1)
        }
        _ = try #require(selectedRowText(in: screen), "no such event in the timeline")
        return screen
    }

    /// Polls until the hardware cursor is on `row`: screen readers and braille displays follow it.
    /// Like ``TmuxHarness/waitUntil(_:history:timeout:_:)``, it looks once more after the deadline.
    func waitForCursor(_ tmux: TmuxHarness, row: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let shown = try tmux.display("#{cursor_y} #{cursor_flag}")
            if shown == "\(row) 1" { return }
            guard ContinuousClock.now < deadline else {
                Issue.record("the cursor is at row and visibility \(shown), not on the selected row \(row)")
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The letter reader's position from its status line ("Letter · line 22 of 59, 40%").
    func letterLine(in screen: String) -> (line: Int, total: Int)? {
        screen.firstMatch(of: /line (\d+) of (\d+), \d+%/).flatMap { match in
            Int(match.1).flatMap { line in Int(match.2).map { (line, $0) } }
        }
    }

    /// The current search match and the number of matches, from the letter's status line ("match 2 of 9").
    func matchNumber(in screen: String) -> (match: Int, total: Int)? {
        screen.firstMatch(of: /match (\d+) of (\d+)/).flatMap { found in
            Int(found.1).flatMap { match in Int(found.2).map { (match, $0) } }
        }
    }

    /// The date cursor's month and year, from the header ("On 1 June 2021", "Today, 2 Dec 2026").
    func cursorDate(in screen: String) -> (year: Int, month: Int)? {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard let match = screen.firstMatch(of: /(?:On|Today,) \d{1,2} ([A-Z][a-z]+) (\d{4})/),
              let month = months.firstIndex(of: String(match.1.prefix(3))), let year = Int(match.2) else { return nil }
        return (year, month + 1)
    }

    /// The browser's process id: the only child of the pane's bash.
    func journeyPID(_ tmux: TmuxHarness) throws -> pid_t {
        let shell = try tmux.display("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let pids = children.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(pids.count == 1, "the pane's shell has children \(pids)")
        return pids[0]
    }

    /// Expects what every exit must leave: the modes from before, the normal screen with the
    /// browser's screen gone, a visible cursor, and cursor keys back in normal mode.
    func expectTerminalGivenBack(_ tmux: TmuxHarness) throws {
        let modes = try tmux.terminalModes()
        #expect(modes.before == modes.after, "stty -g differs after the browser")
        let state = try tmux.display("alternate #{alternate_on}, cursor #{cursor_flag}, keypad #{keypad_cursor_flag}")
        #expect(state == "alternate 0, cursor 1, keypad 0")
        #expect(!(try tmux.screen(history: true)).contains("▶ Timeline"), "the browser's screen is still shown")
    }
}
