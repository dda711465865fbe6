import Foundation
import JourneyModel
import Testing
@testable import JourneyBrief

/// The HTML briefing, read by a strict parser: always runs, with or without a browser.
@Suite struct BriefingHTMLTests {
    private let html = BriefingHTML.render(BriefFixtures.wakefield())

    @Test func isWellFormedWithHeadingsInOrder() throws {
        let page = HTMLStructure(html)
        #expect(page.error == nil, "\(page.error ?? "")")
        #expect(page.named("h1").map(\.text) == ["Briefing: Wakefield on 1 June 2019"])
        #expect(page.named("h2").map(\.text) == ["Where it stands on 1 June 2019", "How it got there",
                                                 "What the advisor noted", "Sources"])
        #expect(page.named("html").first?.attributes["lang"] == "en-GB")
    }

    @Test func everyTableHeaderSaysWhatItHeads() {
        let headers = HTMLStructure(html).named("th")
        #expect(headers.count > 10)
        for header in headers { #expect(["row", "col"].contains(header.attributes["scope"] ?? ""), "\(header.text)") }
    }

    @Test func thePictureIsInlineSVGWithWordsForEveryMark() throws {
        let page = HTMLStructure(html)
        let svg = try #require(page.named("svg").first { $0.attributes["class"] == "journey" })
        #expect(svg.attributes["role"] == "img")
        #expect(svg.attributes["aria-labelledby"] == "journey-title journey-desc")
        let title = page.named("title").first { $0.attributes["id"] == "journey-title" }
        #expect(title?.text == "Journey of Wakefield, 2011 to 1 June 2019")
        let description = try #require(page.named("desc").first)
        #expect(description.text.contains("Inadequate (I)"))
        #expect(description.text.contains("Under statutory direction from 22 August 2018 to 1 June 2019"))
        let marks = page.named("g").filter { $0.attributes["class"] == "mark" }
        #expect(marks.count == 7)
        // Grades differ by shape and letter as well as colour: the inadequate mark is a diamond with its I.
        let inadequate = marks.filter { $0.text.contains("Inadequate (I)") }
        #expect(inadequate.count == 1 && inadequate[0].text.hasSuffix("I"))
        #expect(page.named("polygon").contains { $0.attributes["fill"] == "#b2182b" })
        #expect(page.named("rect").contains { $0.ancestors.contains("svg") && $0.attributes["fill"] == "#7a1f1f" })
    }

    @Test func showsTheNotesAndMarks() {
        let page = HTMLStructure(html)
        let notes = page.named("article")
        #expect(notes.count == 3)
        #expect(notes[0].text.contains("Check the direction's") && notes[0].text.contains("second paragraph."))
        #expect(notes[0].text.contains("aadvisor, 2 December 2026, 15:40 UTC"))
        #expect(notes[2].text.contains("orphaned"))
        #expect(page.named("ul").first { $0.attributes["class"] == "flagged" }?.text.contains("[gone-2012]") == true)
        let row = page.named("tr").first { $0.text.contains("dfe-direction-2018-08") }
        #expect(row?.text.contains("flagged, reviewed, 1 note") == true)
    }

    @Test func fetchesNothingAndRunsNothing() {
        for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "@import", "srcset",
                          "xlink:href", "@font-face"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        let urls = html.components(separatedBy: "url(").dropFirst()
        for use in urls { #expect(use.hasPrefix("#"), "url(\(use.prefix(20))") }
        // Addresses appear only as links a reader may follow and as their visible text.
        let page = HTMLStructure(html)
        for element in page.elements {
            #expect(!element.attributes.keys.contains { $0.lowercased().hasPrefix("on") }, "\(element.name)")
            for (name, value) in element.attributes where value.lowercased().contains("http") {
                #expect(element.name == "a" && name == "href", "\(element.name) \(name)=\(value)")
            }
        }
    }

    @Test func printRulesAreInline() {
        #expect(html.contains("@media print"))
        #expect(html.contains("print-color-adjust: exact"))
    }

    @Test func dataTextIsEscapedAndOnlyWebAddressesBecomeLinks() throws {
        let hostile = BriefingHTML.render(Briefing(council: BriefFixtures.hostile, day: BriefFixtures.wakefieldDay,
                                                   today: BriefFixtures.today))
        let page = HTMLStructure(hostile)
        #expect(page.error == nil, "\(page.error ?? "")")
        #expect(page.named("script").isEmpty && page.named("img").isEmpty && page.named("b").isEmpty)
        #expect(page.named("h1").first?.text == "Briefing: Evil <b>Council</b> & ^[[31mRed on 1 June 2019")
        #expect(!page.named("a").contains { $0.attributes["href"]?.lowercased().hasPrefix("javascript") == true })
        #expect(page.named("span").contains { $0.text == "javascript:alert(1)" })
    }
}
