import Foundation
import Testing

/// The report reader in the real browser, in tmux at 120x40 and 80x24: Enter on the 2019
/// inspection (the third, after 2011's SLAC and 2015's SIF) opens its report with page markers and the judgement table in its columns, a grade
/// in the detail pane jumps to its section, `/` finds a phrase across line breaks, `]` turns pages.
@Suite("report reader in tmux")
struct ReportReaderTests {
    private let browser = BrowserTests()

    /// q leaves the reader, one level at a time, for the home screen; q again quits.
    private func backHome(_ tmux: TmuxHarness, height: Int, levels: Int = 1) async throws {
        for _ in 0..<levels { try tmux.sendKeys("q") }
        _ = try await tmux.waitUntil("the home screen") { browser.row(height - 1, of: $0).hasPrefix(BrowserTests.homeStatus) }
        try await browser.quit(tmux)
    }

    @Test(arguments: BrowserTests.fullSizes)
    func readsThe2019Report(width: Int, height: Int) async throws {
        try await browser.withTmux { tmux in
            try await browser.startBrowser(tmux, width: width, height: height)
            try tmux.sendKeys("2", "j", "j", "Enter")
            try await tmux.waitFor("Event: ILACS")
            try tmux.sendKeys("Enter")
            let report = try await tmux.waitFor("Report · page 1 of 13")
            #expect(browser.row(0, of: report).hasPrefix("Report: ILACS report (25 Nov 2019)"))
            #expect(report.contains("── page 1 of 13 ──"))
            #expect(report.contains("Lead inspector: Jan Edwards, Her Majesty’s Inspector"))
            let gradeRows = browser.rows(of: report).filter { $0.hasSuffix("Inadequate") || $0.contains("Inadequate ") }
            #expect(gradeRows.count >= 4, "the judgement table's grades stay in their column")
            #expect(report.contains("Judgement") && report.contains("Grade"))
            try tmux.sendKeys("/")
            try tmux.type("widespread failures that leave")
            let found = try await tmux.waitFor("match 1 of")
            #expect(found.contains("widespread failures that leave"))
            try tmux.sendKeys("]", "]")
            _ = try await tmux.waitUntil("page 3") { browser.row(height - 1, of: $0).contains("Report · page 3 of 13") }
            try await backHome(tmux, height: height, levels: 2)
        }
    }

    @Test(arguments: BrowserTests.fullSizes)
    func aGradeInTheDetailJumpsToItsSection(width: Int, height: Int) async throws {
        try await browser.withTmux { tmux in
            try await browser.startBrowser(tmux, width: width, height: height)
            try tmux.sendKeys("2", "j", "j", "Enter")
            try await tmux.waitFor("Event: ILACS")
            try tmux.sendKeys("Tab", "Tab", "Tab", "Enter")
            let section = try await tmux.waitFor("Report · page 3 of 13")
            #expect(browser.row(1, of: section).hasPrefix(" The experiences and progress of children who need help"))
            try await backHome(tmux, height: height, levels: 2)
        }
    }

    /// The advisor's task: what Ofsted asked Middlesbrough to improve in 2019 and in 2023, side by side.
    @Test(arguments: BrowserTests.fullSizes)
    func improvementsOf2019And2023SideBySide(width: Int, height: Int) async throws {
        try await browser.withTmux { tmux in
            try await browser.startBrowser(tmux, width: width, height: height)
            try tmux.sendKeys("2", "j", "j", "i")
            let screen = try await tmux.waitFor("What needs to improve · 25 Nov 2019 and 13 Mar 2023")
            let headings = browser.rows(of: screen).first { $0.contains("What needs to improve (15)") }
            #expect(headings?.contains("│ What needs to improve (6)") == true, "the two lists start level, side by side")
            #expect(screen.contains("1. The identification of and response") && screen.contains("1. The consistency of planning"))
            try await backHome(tmux, height: height)
        }
    }
}
