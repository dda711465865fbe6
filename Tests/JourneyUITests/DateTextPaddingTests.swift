import Testing
@testable import JourneyUI

/// Padding fills a cell to its width in columns, never cuts, and runs past the kept spaces.
@Suite struct DateTextPaddingTests {
    @Test(arguments: [("", 0), ("", 3), ("ab", 5), ("abcdef", 4), ("日本", 5), ("x", 200), ("café", 4)])
    func textIsPaddedToItsWidthInColumns(text: String, width: Int) {
        let padded = DateText.padded(text, to: width)
        #expect(padded.hasPrefix(text))
        #expect(padded.dropFirst(text.count).allSatisfy { $0 == " " })
        #expect(TextWidth.of(padded) == max(width, TextWidth.of(text)))
    }
}
