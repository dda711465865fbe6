import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The real `journey` browser in a tmux pane, driven by keys as a user drives it: the home screen,
/// the 2019 inspection, the revocation letter, search, the status on a date, resizing, suspending,
/// every way of quitting, hostile text, and the terminals and pipes it refuses or prints to.
///
/// Every step waits for the screen it expects (never a fixed sleep) and reads the positions it
/// checks (selected row, line number) from the screen, so the tests follow the data as a user would.
@Suite("journey browser in tmux")
struct BrowserTests {
    let journey = "'\(TmuxHarness.productPath("journey"))'"

    /// The start of the home screen's bottom line.
    static let homeStatus = " timeline "

    /// The sizes with the full layout (side by side, stacked).
    static let fullSizes = [(120, 40), (80, 24)]

    // MARK: - 1. Opening and moving

    @Test(arguments: fullSizes)
    func opensOnTheHomeScreen(width: Int, height: Int) async throws {
        try await withTmux { tmux in
            let screen = try await startBrowser(tmux, width: width, height: height)
            #expect(row(0, of: screen).hasPrefix("Middlesbrough Council"))
            #expect(screen.contains("Statutory direction revoked on 6 September 2024"))
            #expect(screen.contains("Latest judgement: Requires improvement to be good (RI)"))
            #expect(row(height - 1, of: screen).hasPrefix(Self.homeStatus + "1/"))
            try await expectCursorFollowsSelection(tmux, from: screen)
            try await quit(tmux)
        }
    }

    /// The stacked layout at the smallest size that still shows it.
    @Test func opensOnTheHomeScreenAt40x12() async throws {
        try await withTmux { tmux in
            let screen = try await startBrowser(tmux, width: 40, height: 12)
            #expect(row(0, of: screen).hasPrefix("Middlesbrough Council"))
            #expect(screen.contains("▶ Timeline") && screen.contains("─ Detail"))
            try await expectCursorFollowsSelection(tmux, from: screen)
            try await quit(tmux)
        }
    }

    /// j moves the selection and the hardware cursor down a row, k back up.
    private func expectCursorFollowsSelection(_ tmux: TmuxHarness, from screen: String) async throws {
        let first = try #require(selectedRow(in: screen))
        try await waitForCursor(tmux, row: first)
        try tmux.sendKeys("j")
        let moved = try await waitForTimelinePosition(tmux, 2)
        #expect(selectedRow(in: moved) == first + 1)
        try await waitForCursor(tmux, row: first + 1)
        try tmux.sendKeys("k")
        try await waitForTimelinePosition(tmux, 1)
        try await waitForCursor(tmux, row: first)
    }

    // MARK: - 2. The 2019 inspection

    @Test(arguments: fullSizes)
    func showsThe2019InspectionJudgements(width: Int, height: Int) async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: width, height: height)
            let screen = try await select(tmux) { $0.contains("Nov 2019") && $0.contains("ILACS standard inspection") }
            #expect(screen.components(separatedBy: "I  Inadequate").count - 1 == 4, "four Inadequate judgements")
            for area in ["Overall effectiveness", "Impact of leaders", "Help and protection", "Children in care"] {
                #expect(screen.contains(area))
            }
            try await waitForCursor(tmux, row: try #require(selectedRow(in: screen)))
            try await quit(tmux)
        }
    }

    // MARK: - 3. The revocation letter

    @Test(arguments: fullSizes)
    func readsScrollsAndSearchesTheRevocationLetter(width: Int, height: Int) async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: width, height: height)
            let home = try await select(tmux) { $0.contains("Sep 2024") && $0.contains("Revised statutory direction") }
            let eventPosition = try #require(timelinePosition(in: home))
            try await openRevocationLetter(tmux)
            try await scrollLetter(tmux, height: height)
            try await searchLetter(tmux)
            try tmux.sendKeys("q")
            try await tmux.waitFor("Event: Revised statutory direction revoked")
            try await followFirstQuote(tmux)
            try tmux.sendKeys("q")
            try await waitForTimelinePosition(tmux, eventPosition)
            try await quit(tmux)
        }
    }

    /// Enter opens the revocation event; Tab selects its letter, Enter opens it.
    private func openRevocationLetter(_ tmux: TmuxHarness) async throws {
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Event: Revised statutory direction revoked")
        try tmux.sendKeys("Tab")
        try await tmux.waitFor("link 1 of ")
        try tmux.sendKeys("Enter")
        let letter = try await tmux.waitFor("Dear Mayor Chris Cooke")
        #expect(row(0, of: letter).hasPrefix("Letter: MIDDLESBROUGH COUNCIL: CHILDREN'S SERVICES STATUTORY DIRECTION"))
        #expect(letter.contains("From:      Janet Daby MP"))
        #expect(letterLine(in: letter)?.line == 1)
    }

    /// Space pages down, G goes to the end, g back to the start.
    private func scrollLetter(_ tmux: TmuxHarness, height: Int) async throws {
        try tmux.sendKeys("Space")
        let paged = try await tmux.waitUntil("a page down") { (letterLine(in: $0)?.line ?? 1) > 1 }
        #expect(!paged.contains("From:      Janet Daby MP"))
        try tmux.sendKeys("G")
        let end = try await tmux.waitUntil("the end") { $0.contains("100%") }
        let lastText = rows(of: end).prefix(height - 1).last { !$0.allSatisfy { $0 == " " } }
        #expect(lastText?.contains("Janet Daby MP Minister for Children and Families") == true)
        try tmux.sendKeys("g")
        try await tmux.waitUntil("the start") { letterLine(in: $0)?.line == 1 }
    }

    /// `/revoke` finds the decision and highlights it; n and N step through several matches.
    private func searchLetter(_ tmux: TmuxHarness) async throws {
        try tmux.sendKeys("/")
        try tmux.type("revoke")
        let found = try await tmux.waitFor("match 1 of 1")
        #expect(found.contains("decided to revoke"))
        #expect(try tmux.screen(escapes: true).contains(/\x1B\[[0-9;]*mrevoke/), "the match is not highlighted")
        try tmux.sendKeys("/")
        try tmux.type("improve")
        // Like less, the search starts from the top line shown, so the first match may be any.
        let several = try await tmux.waitUntil("several matches") { (matchNumber(in: $0)?.total ?? 0) > 1 }
        let (first, total) = try #require(matchNumber(in: several))
        try tmux.sendKeys("n")
        try await tmux.waitFor("match \(first % total + 1) of \(total)")
        try tmux.sendKeys("N")
        try await tmux.waitFor("match \(first) of \(total)")
    }

    /// From the revocation event back to its letter, Tab to its first quote, Enter to the cited
    /// event's own screen, q back to the letter at the quote, and q again to the revocation event.
    private func followFirstQuote(_ tmux: TmuxHarness) async throws {
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Dear Mayor Chris Cooke")
        try tmux.sendKeys("Tab")
        let quoted = try await tmux.waitFor("quote 1 of ")
        #expect(quoted.contains("gradual improvements to practice"))
        try tmux.sendKeys("Enter")
        let cited = try await tmux.waitFor("Event: ILACS standard inspection")
        #expect(cited.contains("Inspected: 13–24 March 2023"))
        try tmux.sendKeys("q")
        try await tmux.waitFor("quote 1 of ")
        try tmux.sendKeys("q")
        try await tmux.waitFor("Event: Revised statutory direction revoked")
    }

    // MARK: - 4. Search from home

    @Test(arguments: fullSizes)
    func searchesAndOpensALetterHitAtItsLine(width: Int, height: Int) async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: width, height: height)
            try tmux.sendKeys("/")
            try await tmux.waitFor("Search:")
            try tmux.type("care leavers")
            // Results follow the typing; the hints change once Enter has accepted the query.
            let results = try await tmux.waitUntil("the accepted query") {
                $0.contains("Search · hit 1 of ") && $0.contains("/ edit")
            }
            #expect(rows(of: results).filter { $0.localizedCaseInsensitiveContains("care leavers") }.count > 2)
            try await selectLetterHit(tmux)
            try tmux.sendKeys("Enter")
            let letter = try await tmux.waitFor("Letter · match ")
            #expect(letter.contains("arrangements for care leavers"))
            #expect(try tmux.screen(escapes: true).contains(/\x1B\[[0-9;]*mcare leavers/), "the match is not highlighted")
            #expect(letter.contains("match 1 of 1"))
            try tmux.sendKeys("n")
            try await tmux.waitFor("Search wrapped to the top.")
            try await quit(tmux, backs: 2)
        }
    }

    /// Moves down the results until the hit under the cursor is in a letter.
    private func selectLetterHit(_ tmux: TmuxHarness) async throws {
        for step in 1...40 {
            let cursor = try #require(Int(try tmux.display("#{cursor_y}")))
            if row(cursor, of: try tmux.screen()).drop(while: { $0 == " " }).hasPrefix("Letter ") { return }
            try tmux.sendKeys("j")
            try await tmux.waitFor("hit \(step + 1) of ")
        }
        Issue.record("no letter hit in the results")
    }

    // MARK: - 5. Status on a date

    @Test(arguments: fullSizes)
    func showsTheStatusOnAChosenDate(width: Int, height: Int) async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: width, height: height)
            try await moveDateCursor(tmux, toMonth: 6, year: 2021)
            let screen = try tmux.screen()
            #expect(row(0, of: screen).contains("On 1 June 2021"))
            #expect(row(1, of: screen).hasPrefix("Under statutory direction since 2020"))
            #expect(screen.contains("Latest judgement: Inadequate (I)"))
            try tmux.sendKeys("t")
            try await tmux.waitUntil("today") { row(0, of: $0).contains("Today, ") }
            try await quit(tmux)
        }
    }

    /// Steps the date cursor with `[`/`]` (years), then Left/Right (months), reading the date the
    /// strip's legend shows after every key.
    private func moveDateCursor(_ tmux: TmuxHarness, toMonth month: Int, year: Int) async throws {
        var shown = try #require(cursorDate(in: try tmux.screen()))
        var presses = 0
        while shown != (year, month) && presses < 60 {
            presses += 1
            let key = shown.year != year ? (shown.year < year ? "]" : "[")
                : (shown.month < month ? "Right" : "Left")
            try tmux.sendKeys(key)
            let before = shown
            let screen = try await tmux.waitUntil("the date cursor to move") {
                cursorDate(in: $0).map { $0 != before } ?? false
            }
            shown = try #require(cursorDate(in: screen))
        }
        #expect(shown == (year, month))
    }

    // MARK: - 6. Resizing

    @Test func relaysOutAtEverySize() async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: 120, height: 40)
            for (width, height) in [(80, 24), (40, 12)] {
                try tmux.resize(width: width, height: height)
                let screen = try await waitForHomeStatus(tmux, onRow: height - 1)
                #expect(rows(of: screen).allSatisfy { $0.count <= width })
                #expect(rows(of: screen).contains { $0.hasPrefix("─ Detail") }, "stacked layout at \(width)x\(height)")
                try await waitForCursor(tmux, row: try #require(selectedRow(in: screen)))
            }
            try tmux.resize(width: 30, height: 10)
            let small = try await tmux.waitFor("Terminal too small")
            #expect(small.contains("Need 40x12, have 30x10"))
            #expect(!small.contains("Timeline"))
            try tmux.resize(width: 100, height: 30)
            let large = try await waitForHomeStatus(tmux, onRow: 29)
            #expect(!large.contains("too small"))
            #expect(rows(of: large).contains { $0.contains("▶ Timeline") && $0.contains("─ Detail") }, "side by side")
            try await waitForCursor(tmux, row: try #require(selectedRow(in: large)))
            try await quit(tmux)
        }
    }

    // MARK: - 7. Suspending

    /// As in ``TerminalBackendTests``: an interactive bash, so Ctrl-Z stops the job and `fg` resumes it.
    @Test func suspendsOnCtrlZAndRedrawsOnFg() async throws {
        try await withTmux { tmux in
            try tmux.startShell()
            try await tmux.waitFor("shell$")
            try tmux.type("stty -g > \(tmux.directory)/before; \(journey)")
            try await waitForHomeStatus(tmux, onRow: 29)
            try tmux.sendKeys("C-z")
            let stopped = try await tmux.waitFor("Stopped")
            #expect(!stopped.contains(Self.homeStatus))
            #expect(try tmux.display("#{alternate_on}") == "0")

            try tmux.type("fg")
            let resumed = try await waitForHomeStatus(tmux, onRow: 29)
            #expect(!resumed.contains("Stopped") && !resumed.contains("shell$"))
            #expect(row(0, of: resumed).hasPrefix("Middlesbrough Council"))
            try tmux.sendKeys("j")
            try await waitForTimelinePosition(tmux, 2)

            try tmux.sendKeys("q")
            try await tmux.waitUntil("the prompt") { $0.split(separator: "\n").last == "shell$" }
            try tmux.type("s=$?; stty -g > \(tmux.directory)/after; echo \"[exit $s]\"")
            #expect(try await tmux.waitForExit() == 0)
            let modes = try tmux.terminalModes()
            #expect(modes.before == modes.after)
        }
    }

    // MARK: - 8. Quitting

    @Test(arguments: [("q", 0), ("C-c", 130), ("TERM", 143), ("HUP", 129)])
    func givesTheTerminalBack(how: String, status: Int) async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: 120, height: 40)
            switch how {
            case "TERM": #expect(kill(try journeyPID(tmux), SIGTERM) == 0)
            case "HUP": #expect(kill(try journeyPID(tmux), SIGHUP) == 0)
            default: try tmux.sendKeys(how)
            }
            #expect(try await tmux.waitForExit() == status)
            try expectTerminalGivenBack(tmux)
        }
    }

    // MARK: - 9. Untrusted text

    @Test func showsEscapeSequencesAsPlaceholders() async throws {
        try await withTmux { tmux in
            let root = try writeHostileRoot(in: tmux.directory)
            try tmux.start(command: "until [ -e \(tmux.directory)/go ]; do sleep 0.02; done; \(journey) --data '\(root)'",
                           width: 120, height: 40)
            // With set-clipboard on, an OSC 52 that reached tmux would become a paste buffer.
            try tmux.tmux(["set-option", "-g", "set-clipboard", "on"])
            let title = try tmux.display("#{pane_title}")
            try Data().write(to: URL(fileURLWithPath: "\(tmux.directory)/go"))

            let home = try await tmux.waitFor(" timeline 1/1 (all)")
            for text in ["Summary start", "^[]0;pwned-title^G^[[2J^[[31mRED^[[0m^Mmid", "^[]52;c;Y2xpcA==^G",
                         "<U+202E>evil<U+202C> summary end"] {
                #expect(home.contains(text))
            }
            try tmux.sendKeys("Enter")
            try await tmux.waitFor("Event: ILACS inspection")
            try tmux.sendKeys("Tab")
            try await tmux.waitFor("link 1 of 1")
            try tmux.sendKeys("Enter")
            let letter = try await tmux.waitFor("Letter end")
            try expectHostileLetterDefanged(letter, tmux: tmux)
            #expect(try tmux.display("#{pane_title}") == title)
            #expect(try tmux.tmux(["list-buffers"]).isEmpty, "the clipboard was written")

            try await quit(tmux, backs: 2)
            try expectTerminalGivenBack(tmux)
            #expect(try tmux.display("#{pane_title}") == title)
        }
    }

    private func expectHostileLetterDefanged(_ letter: String, tmux: TmuxHarness) throws {
        #expect(row(0, of: letter).hasPrefix("Letter: Hostile subject"))
        #expect(row(1, of: letter).hasPrefix(" From:      Sender"))
        #expect(row(39, of: letter).hasPrefix(" Letter · line 1 of "))
        let expected = [
            " Letter start", #" ^[]2;pwned-two^[\ after-osc2 ^[]0;pwned-zero^G after-osc0"#,
            " ^[]52;c;Y2xpcGJvYXJk^G after-osc52", " ^[[2J^[[H after-clear ^[[31mred-text^[[0m after-sgr",
            " ^[[10;10H after-move ^[[5A up", #" ^[P+q544e^[\ after-dcs"#, " carriage^Mreturn",
            " <U+202E>bidi-override<U+202C> after-bidi", " Letter end",
        ]
        let start = try #require(rows(of: letter).firstIndex { $0.hasPrefix(" Letter start") })
        for (offset, line) in expected.enumerated() {
            #expect(row(start + offset, of: letter) == line)
        }
        let redLine = try #require(rows(of: try tmux.screen(escapes: true)).first { $0.contains("red-text") })
        #expect(!redLine.contains("\u{1B}[31m"), "the letter's SGR reached the terminal")
    }

    /// A council whose event summary and letter carry escape sequences, CR and bidi overrides.
    private func writeHostileRoot(in directory: String) throws -> String {
        let root = "\(directory)/root"
        let folder = "\(root)/councils/hostile"
        try FileManager.default.createDirectory(atPath: "\(folder)/letters", withIntermediateDirectories: true)
        try """
            council:
              id: hostile
              name: Hostile Borough Council
            events:
              - id: ilacs-2020
                kind: inspection
                framework: ILACS
                start: 2020-02-03
                judgements:
                  overall-effectiveness: Inadequate
                summary: "Summary start \\e]0;pwned-title\\a\\e[2J\\e[31mRED\\e[0m\\rmid \\e]52;c;Y2xpcA==\\a \\u202Eevil\\u202C summary end"
                sources: [https://example.org]
                letters: [hostile-letter]

            """.write(toFile: "\(folder)/council.yaml", atomically: true, encoding: .utf8)
        let esc = "\u{1B}"
        let body = [
            "Letter start", "\(esc)]2;pwned-two\(esc)\\ after-osc2 \(esc)]0;pwned-zero\u{7} after-osc0",
            "\(esc)]52;c;Y2xpcGJvYXJk\u{7} after-osc52", "\(esc)[2J\(esc)[H after-clear \(esc)[31mred-text\(esc)[0m after-sgr",
            "\(esc)[10;10H after-move \(esc)[5A up", "\(esc)P+q544e\(esc)\\ after-dcs", "carriage\rreturn",
            "\u{202E}bidi-override\u{202C} after-bidi", "Letter end",
        ]
        let front = "---\nid: hostile-letter\ndate: 2021-05-04\nfrom: Sender\nto: Receiver\nsubject: Hostile subject\n"
            + "events: [ilacs-2020]\n---\n"
        try (front + body.joined(separator: "\n") + "\n")
            .write(toFile: "\(folder)/letters/hostile-letter.md", atomically: true, encoding: .utf8)
        return root
    }

    // MARK: - 10. No usable terminal

    @Test func refusesADumbTerminalAndPointsAtSummary() async throws {
        try await withTmux { tmux in
            try tmux.start(command: "TERM=dumb \(journey)")
            #expect(try await tmux.waitForExit() == 69)
            let screen = try tmux.screen(history: true)
            #expect(screen.contains("TERM=dumb") && screen.contains("use `journey summary`"))
            #expect(try tmux.display("#{alternate_on}") == "0")
            let modes = try tmux.terminalModes()
            #expect(modes.before == modes.after)
        }
    }

    @Test func printsTheSummaryIntoAPipe() async throws {
        try await withTmux { tmux in
            try tmux.start(command: "set -o pipefail; \(journey) | cat")
            #expect(try await tmux.waitForExit() == 0)
            let screen = try tmux.screen(history: true)
            #expect(screen.contains("Middlesbrough Council (E06000002)"))
            #expect(screen.contains("Where it stands on") && screen.contains("How it got there"))
            #expect(!screen.contains("\u{1B}"))
            #expect(try tmux.display("#{alternate_on}") == "0")
        }
    }

    // MARK: - 11. Monochrome

    /// NO_COLOR and --no-color draw no colour at all, but the selection is still bold and reversed.
    /// The default run is the control: it must show colour, or the check proves nothing.
    @Test(arguments: [("NO_COLOR=1 JOURNEY", false), ("JOURNEY --no-color", false), ("JOURNEY", true)])
    func colourOnlyWhenAllowed(command: String, colour: Bool) async throws {
        try await withTmux { tmux in
            let screen = try await startBrowser(tmux, width: 80, height: 24,
                                                command: command.replacingOccurrences(of: "JOURNEY", with: journey))
            let escapes = try tmux.screen(escapes: true)
            let parameters = sgrParameters(in: escapes)
            #expect(parameters.contains { $0.contains(where: Self.isColour) } == colour)
            let selected = try #require(selectedRow(in: screen))
            let selection = sgrParameters(in: row(selected, of: escapes))
            #expect(selection.contains { $0.contains(1) } && selection.contains { $0.contains(7) },
                    "the selected row is not bold and reversed")
            try await quit(tmux)
        }
    }

    /// Foreground or background colour (30–38, 40–48, 90–97, 100–107); 39 and 49 are the defaults.
    private static func isColour(_ parameter: Int) -> Bool {
        (30...38).contains(parameter) || (40...48).contains(parameter)
            || (90...97).contains(parameter) || (100...107).contains(parameter)
    }

    /// The parameters of every SGR sequence (`ESC [ … m`) in `text`.
    private func sgrParameters(in text: String) -> [[Int]] {
        text.matches(of: /\x1B\[([0-9;]*)m/).map { match in
            match.1.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        }
    }
}
