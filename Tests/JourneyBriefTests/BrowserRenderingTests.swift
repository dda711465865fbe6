import Foundation
import JourneyModel
import Testing
@testable import JourneyBrief

/// The HTML briefing in a real browser: headless Chromium renders it with the network cut off
/// and a net log of every request. Skipped, saying why, where Chromium is not installed (the
/// parser tests in BriefingHTMLTests always run).
@Suite(.enabled(if: HeadlessChromium.installed != nil, "chromium is not installed (apt-get install chromium)"),
       .serialized)
struct BrowserRenderingTests {
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-brief-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func page(_ html: String, named name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try html.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func rendersTheNotesAndThePictureAndFetchesNothing() throws {
        let chromium = try #require(HeadlessChromium.installed)
        let file = try page(BriefingHTML.render(BriefFixtures.wakefield()), named: "wakefield.html")
        let rendering = try chromium.render(file, in: folder)
        #expect(rendering.dom.contains("<svg class=\"journey\""))
        #expect(rendering.dom.contains("<title id=\"journey-title\">Journey of Wakefield, 2011 to 1 June 2019</title>"))
        #expect(rendering.dom.contains("Check the direction's"))
        #expect(rendering.dom.contains("Ask about the commissioner's second report."))
        #expect(rendering.dom.contains("aadvisor, 2 December 2026, 15:40 UTC"))
        #expect(rendering.requests.isEmpty, "\(rendering.requests)")
        #expect(!rendering.dom.contains("<script"))
    }

    /// The check can fail: a page that does fetch something is seen doing it.
    @Test func theRequestLogSeesAPageThatFetches() throws {
        let chromium = try #require(HeadlessChromium.installed)
        let file = try page("<!DOCTYPE html><html><body><img src=\"https://example.org/x.png\" alt=\"x\"/></body></html>",
                            named: "fetching.html")
        let rendering = try chromium.render(file, in: folder)
        #expect(rendering.requests.contains("https://example.org/x.png"))
    }

    @Test func hostileTextStaysText() throws {
        let chromium = try #require(HeadlessChromium.installed)
        let html = BriefingHTML.render(Briefing(council: BriefFixtures.hostile, day: BriefFixtures.wakefieldDay,
                                                today: BriefFixtures.today))
        let rendering = try chromium.render(try page(html, named: "hostile.html"), in: folder)
        #expect(!rendering.dom.contains("<img") && !rendering.dom.contains("<script") && !rendering.dom.contains("<b>"))
        #expect(rendering.dom.contains("ILACS &lt;img src=x onerror=alert(1)&gt;"))
        #expect(rendering.requests.isEmpty, "\(rendering.requests)")
    }

    @Test func screenshotShowsAPage() throws {
        let chromium = try #require(HeadlessChromium.installed)
        let file = try page(BriefingHTML.render(BriefFixtures.wakefield()), named: "shot.html")
        let png = folder.appendingPathComponent("shot.png")
        _ = try chromium.render(file, in: folder, screenshot: png)
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(data.count > 20_000)
    }
}
