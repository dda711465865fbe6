import Foundation
import Testing

/// The briefing as an advisor meets it in a terminal: `B` in the browser writes it and says
/// where; the Markdown briefing read in `less`.
extension BrowserTests {
    @Test func bWritesTheBriefingForTheDateCursorsDayAndSaysWhere() async throws {
        try await withTmux { tmux in
            let data = "\(tmux.directory)/xdg"
            try await startBrowser(tmux, width: 120, height: 40,
                                   command: "XDG_DATA_HOME='\(data)' \(journey) --council wakefield")
            try await press(tmux, "d", until: "Go to date")
            try tmux.type("2019-06-01")
            try await tmux.waitFor("On 1 June 2019")
            let path = "\(data)/journey/briefings/wakefield-2019-06-01.html"
            try await press(tmux, "B", until: "Wrote \(path)")
            let html = try String(contentsOfFile: path, encoding: .utf8)
            #expect(html.contains("<h1>Briefing: Wakefield on 1 June 2019</h1>"))
            #expect(html.contains("<svg class=\"journey\""))
            try await quit(tmux)
        }
    }

    @Test func bNeverWritesIntoTheDataRoot() async throws {
        try await withTmux { tmux in
            let root = try writeTwoCouncilRoot(in: tmux.directory)
            let before = try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
            try await startBrowser(tmux, width: 120, height: 40,
                                   command: "XDG_DATA_HOME='\(root)/councils' \(journey) --data '\(root)' --council wakefield")
            let screen = try await press(tmux, "B", until: "No briefing written")
            #expect(screen.contains("inside the data root"))
            #expect(try FileManager.default.subpathsOfDirectory(atPath: root).sorted() == before)
            try await quit(tmux)
        }
    }

    @Test(arguments: [(100, 30), (80, 24)])
    func theMarkdownBriefingReadsWellInLess(width: Int, height: Int) async throws {
        try await withTmux { tmux in
            try tmux.start(command: "\(journey) brief --council wakefield --on 2019-06-01 | LESS= less", width: width,
                           height: height)
            let first = try await tmux.waitFor("# Briefing: Wakefield on 1 June 2019")
            #expect(first.contains("## Where it stands on 1 June 2019"))
            try tmux.sendKeys("/", "Journey 2011")
            try tmux.sendKeys("Enter")
            let strip = try await tmux.waitFor("[═+")
            #expect(strip.contains("▲"))
            #expect(strip.contains("| Date | Event | Outcome | Review | Id |"))
            try tmux.sendKeys("G")
            let end = try await tmux.waitFor("(END)")
            #expect(end.contains("Next inspection estimate") || end.contains("cypnow"))
            for screen in [first, strip, end] {
                for leak in ["^[", "<U+", "&amp;", "&lt;", "ESC"] { #expect(!screen.contains(leak), "\(leak)") }
            }
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit() == 0)
        }
    }
}
