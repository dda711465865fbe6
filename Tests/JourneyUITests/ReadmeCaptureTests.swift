import Foundation
import JourneyUI
import Testing

/// README shows a text capture of the home screen; it must be what the browser draws.
@Suite struct ReadmeCaptureTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func readmeShowsTheCurrentHomeScreen() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- home-screen:begin -->\n```text\n"))
        let end = try #require(text.range(of: "\n```\n<!-- home-screen:end -->"))
        let captured = String(text[begin.upperBound..<end.lowerBound])
        let rendered = Renderer.frame(for: Fixtures.home(Size(width: 80, height: 24)), theme: .color).buffer.lines
            .map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
            .joined(separator: "\n")
        #expect(captured == rendered, "README's capture is stale; copy the home-80x24 snapshot's text into README")
    }
}
