import Foundation
import JourneyModel
import Testing
@testable import JourneyBrief

/// The Markdown briefing reads well as text and as GitHub renders it.
@Suite struct BriefingMarkdownTests {
    private let text = BriefingMarkdown.render(BriefFixtures.wakefield())
    private var lines: [String] { text.components(separatedBy: "\n") }

    @Test func hasTheSectionsInOrder() {
        let headings = lines.filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Where it stands on 1 June 2019", "## How it got there", "## What the advisor noted",
                             "## Sources"])
        #expect(lines.first == "# Briefing: Wakefield on 1 June 2019")
    }

    @Test func everyTableRowHasItsTablesColumns() {
        checkTables(lines)
    }

    private func checkTables(_ lines: [String]) {
        var columns: Int?
        for line in lines {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let count = cells(line)
            if let columns { #expect(count == columns, "\(line)") } else { columns = count }
        }
    }

    @Test func noHTMLEntityOrTagLeaksIntoTheText() {
        for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&#", "<br", "<p>", "<span"] {
            #expect(!text.contains(entity), "\(entity)")
        }
    }

    @Test func proseLinesAreOfSensibleWidth() {
        var inFence = false
        for line in lines {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { #expect(line.count <= 72, "\(line)"); continue }
            guard !line.hasPrefix("|"), !line.hasPrefix("#") else { continue }
            let longestWord = line.split(separator: " ").map(\.count).max() ?? 0
            #expect(line.count <= BriefingMarkdown.width || longestWord > BriefingMarkdown.width / 2, "\(line)")
        }
    }

    @Test func showsTheNotesTheirAuthorsAndTimes() {
        #expect(text.contains("### Direction: Statutory direction issued, 2018-08-22 \\[dfe-direction-2018-08\\]"))
        #expect(text.contains("*aadvisor, 2 December 2026, 15:40 UTC*"))
        #expect(text.contains("> Check the direction's\n> second paragraph."))
        #expect(text.contains("An event since removed \\[gone-2012\\] (orphaned: no longer in the council's data)"))
        #expect(text.contains("- Direction: Statutory direction issued"))
        #expect(text.contains("1 of 7 events marked reviewed."))
        #expect(!text.contains("No notes recorded."))
    }

    @Test func anEmptyReviewSaysSoHonestly() {
        let empty = BriefingMarkdown.render(BriefFixtures.wakefield(review: .empty))
        #expect(empty.contains("No notes recorded."))
        #expect(empty.contains("Nothing flagged. 0 of 7 events marked reviewed."))
    }

    @Test func thePictureIsTheTextStrip() {
        let fence = lines.drop { $0 != "```text" }.dropFirst().prefix { $0 != "```" }
        #expect(fence.first == "Journey 2011–2019, to 1 June 2019 (▲)")
        #expect(fence.dropFirst().first?.contains("I") == true)
        #expect(fence.contains { $0.contains("[═+═") })
        #expect(fence.contains { $0.hasSuffix("▲") })
        #expect(fence.contains { $0.hasPrefix("Key:") })
    }

    @Test func dataTextCannotBecomeMarkup() {
        let hostile = BriefingMarkdown.render(Briefing(council: BriefFixtures.hostile, day: BriefFixtures.wakefieldDay,
                                                       today: BriefFixtures.today))
        #expect(hostile.components(separatedBy: "<").dropLast().allSatisfy { $0.hasSuffix("\\") || $0.hasSuffix(" ") })
        #expect(hostile.contains("\\<script\\>"))
        #expect(!hostile.contains("<javascript:"))
        let region = hostile.components(separatedBy: "\n").first { $0.contains("Heading") }
        #expect(region?.hasPrefix("\\#") == true || region?.hasPrefix("#") == false)
        checkTables(hostile.components(separatedBy: "\n"))
    }

    @Test func onlyUnderscoresThatCouldBeEmphasisAreEscaped() {
        #expect(BriefingMarkdown.inline("LA_inspections_2009") == "LA_inspections_2009")
        #expect(BriefingMarkdown.inline("_emphasis_ and __strong__") == "\\_emphasis\\_ and \\_\\_strong\\_\\_")
    }

    @Test func longLinesWrapWithoutStartingMarkup() {
        let words = "word - 1. + more text that goes on " + String(repeating: "and on ", count: 30)
        for line in BriefingMarkdown.wrapped(words).dropFirst() {
            #expect(!line.hasPrefix("-") && !line.hasPrefix("+") && !line.hasPrefix("1."))
            #expect(line.count <= BriefingMarkdown.width)
        }
    }

    /// Columns of a GFM table row: pipes not escaped with a backslash, less the outer two.
    private func cells(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count - 1
    }
}
