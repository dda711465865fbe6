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

    /// Year labels never run into each other, whatever the width (columns per year are rounded).
    @Test func yearLabelsAreApartAtEveryWidth() throws {
        for width in 40...130 {
            let text = Fixtures.text(of: Fixtures.home(Size(width: width, height: 30)))
            let axis = try #require(text.first { $0.contains("▲") }, "width \(width)")
            #expect(axis.firstMatch(of: /\d{5}/) == nil, "labels touch at width \(width): \(axis)")
            let labels = axis.matches(of: /\d{4}/).count
            #expect(labels >= min(4, width / 20), "too few labels at width \(width): \(axis)")
        }
    }
}
