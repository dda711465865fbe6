import Testing
@testable import JourneyUI

/// Letters' inline markup: parsed into plain text and styled runs; what does not pair is text.
@Suite struct InlineMarkupTests {
    @Test func underlineStrongAndEmphasis() {
        let parsed = InlineMarkup.parse("By email: <u>mayor@middlesbrough.gov.uk</u> and **do this** *now*.")
        #expect(parsed.text == "By email: mayor@middlesbrough.gov.uk and do this now.")
        #expect(parsed.spans == [
            InlineMarkup.Span(range: 10..<36, emphasis: .underline),
            InlineMarkup.Span(range: 41..<48, emphasis: .strong),
            InlineMarkup.Span(range: 49..<52, emphasis: .emphasis),
        ])
    }

    @Test func nestedRunsAreEachListed() {
        let parsed = InlineMarkup.parse("<u>see **this**</u>")
        #expect(parsed.text == "see this")
        #expect(parsed.spans == [InlineMarkup.Span(range: 0..<8, emphasis: .underline),
                                 InlineMarkup.Span(range: 4..<8, emphasis: .strong)])
    }

    @Test(arguments: ["5 * 3 * 2", "a*b*c", "** not strong **", "<u>unclosed", "snake_case and *", "* bullet"])
    func whatDoesNotPairIsText(line: String) {
        #expect(InlineMarkup.parse(line).text == line)
        #expect(InlineMarkup.parse(line).spans.isEmpty)
    }
}
