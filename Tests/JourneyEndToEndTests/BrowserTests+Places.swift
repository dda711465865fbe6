import Foundation
import Testing

/// Issue 13's points that lost the user's place, in the real terminal: every q goes back one
/// screen and only the first screen quits, Enter on an event opens that event, the row the user
/// came from is still selected on the way back, keys behind "terminal too small" change nothing,
/// Esc on the opening picker opens no council, and an unknown council never opens another.
extension BrowserTests {
    @Test func unknownCouncilIsAUsageErrorBeforeTheScreenIsTaken() async throws {
        try await withTmux { tmux in
            let root = try writeTwoCouncilRoot(in: tmux.directory)
            try tmux.start(command: "\(journey) --data '\(root)' --council wakefeld", width: 100, height: 30)
            #expect(try await tmux.waitForExit() == 64)
            let screen = try tmux.screen(history: true)
            #expect(screen.contains("no council 'wakefeld'; did you mean wakefield?"))
            #expect(!screen.contains("Barking"))
            try expectTerminalGivenBack(tmux)
        }
    }

    @Test func qFromAnEventOpenedInSearchGoesBackToTheResults() async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: 80, height: 24)
            try await press(tmux, "/", until: "Search:")
            try tmux.type("Jan Edwards")
            try await tmux.waitFor("Search · hit 1 of ")
            try await press(tmux, "Enter", until: "Event: ILACS standard inspection")
            try await press(tmux, "q", until: "Search · hit 1 of ")
            try tmux.sendKeys("q")
            try await waitForHomeStatus(tmux, onRow: 23)
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
        }
    }

    @Test func enterOnAnEventOpensItAndBackKeepsTheRow() async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: 120, height: 40)
            let home = try await select(tmux) { $0.contains("Sep 2024") && $0.contains("Revised statutory direction") }
            let position = try #require(timelinePosition(in: home))
            let event = try await press(tmux, "Enter", until: "Event: Revised statutory direction revoked")
            #expect(!event.contains("Dear Mayor Chris Cooke"), "Enter opened the event, not its letter")
            try await press(tmux, "Tab", until: "link 1 of ")
            try await press(tmux, "Enter", until: "Dear Mayor Chris Cooke")
            try await press(tmux, "Tab", until: "quote 1 of ")
            try await press(tmux, "Enter", until: "Event: ILACS standard inspection")
            for _ in 0..<3 { try tmux.sendKeys("q") }
            let back = try await waitForTimelinePosition(tmux, position)
            #expect(selectedRowText(in: back)?.contains("Sep 2024") == true, "back on the row the user came from")
            try await quit(tmux)
        }
    }

    @Test func keysTypedBehindTooSmallDoNotReachTheSearchBox() async throws {
        try await withTmux { tmux in
            try await startBrowser(tmux, width: 80, height: 24)
            try await press(tmux, "/", until: "Search:")
            try tmux.sendKeys("-l", "care")
            try await tmux.waitFor("Search: care")
            try tmux.resize(width: 30, height: 8)
            try await tmux.waitFor("Terminal too small")
            try tmux.sendKeys("-l", "xyz")
            try tmux.sendKeys("BSpace", "BSpace")
            try await tmux.waitUntilInputIsRead()
            try tmux.resize(width: 80, height: 24)
            let search = try await tmux.waitFor("Search: care")
            #expect(!search.contains("Search: carexyz") && !search.contains("Search: car\n"))
            // Esc leaves the query line and the search screen; q then quits from home.
            try tmux.sendKeys("Escape")
            try await waitForHomeStatus(tmux, onRow: 23)
            try await quit(tmux)
        }
    }

    @Test func escOnTheOpeningPickerOpensNoCouncil() async throws {
        try await withTmux { tmux in
            let root = try writeTwoCouncilRoot(in: tmux.directory)
            try tmux.start(command: "\(journey) --data '\(root)'", width: 100, height: 30)
            try await tmux.waitFor("Councils: 2 of 2")
            try tmux.sendKeys("Escape")
            let still = try await tmux.waitFor("Choose a council with Enter, or press q to quit.")
            #expect(still.contains("Councils: 2 of 2") && !still.contains("▶ Timeline"))
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
            try expectTerminalGivenBack(tmux)
        }
    }

    /// Two councils, Barking and Dagenham first, as an imported root lists them.
    func writeTwoCouncilRoot(in directory: String) throws -> String {
        let root = "\(directory)/two"
        for (id, name) in [("barking-and-dagenham", "Barking and Dagenham"), ("wakefield", "Wakefield")] {
            try FileManager.default.createDirectory(atPath: "\(root)/councils/\(id)", withIntermediateDirectories: true)
            try "council:\n  id: \(id)\n  name: \(name)\n".write(toFile: "\(root)/councils/\(id)/council.yaml",
                                                                  atomically: true, encoding: .utf8)
        }
        return root
    }
}
