import JourneyModel
import JourneyUI
import Testing

@Suite struct JourneyStripViewTests {
    /// The date cursor at the file's first day: its ▲ must not cut into the first year's label.
    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24)])
    func cursorNeverCoversAYearLabel(size: Size) throws {
        let atStart = Fixtures.press(Array(repeating: Key.character("["), count: 15), from: Fixtures.home(size))
        let text = Fixtures.text(of: atStart)
        let axis = try #require(text.first { $0.contains("▲") && $0.contains("2012") })
        #expect(axis.hasPrefix("▲"))
        #expect(!axis.contains("▲0") && !axis.contains("▲1") && !axis.contains("▲2"))
        #expect(!axis.contains("2011"), "the label under the cursor is left out, not overwritten")
        #expect(axis.contains("2025"))
    }
}
