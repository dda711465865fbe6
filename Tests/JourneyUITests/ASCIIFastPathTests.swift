import Testing
@testable import JourneyUI

/// Printable ASCII (and the simple text of ``SimpleTextFastPathTests``) takes a short way through
/// wrapping and writing (no grapheme walking): it must give exactly what the grapheme-by-grapheme
/// way gives.
struct ASCIIFastPathTests {
    /// Deterministic ASCII lines with runs of spaces, long words and punctuation.
    static let lines: [String] = {
        var seed: UInt64 = 12
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ["a", "word", " ", "  ", "   ", "supercalifragilistic", "x.", "-", "~", "ab cd", "(1)"]
        return ["", " ", "   ", "a", "  indented line", "trailing   "] + (0..<300).map { _ in
            (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }()

    /// The ASCII lines, and the simple text of ``SimpleTextFastPathTests``: both short ways.
    static let lineSets = [lines, SimpleTextFastPathTests.lines]

    @Test(arguments: lineSets) func wrappingMatchesTheGraphemePath(_ lines: [String]) {
        for line in lines {
            for width in 1...24 {
                #expect(TextWrap.wrap(line, width: width, sourceLine: 3)
                        == TextWrap.wrapGraphemes(line, width: width, sourceLine: 3), "\(line.debugDescription) at \(width)")
            }
        }
    }

    @Test(arguments: lineSets) func writingMatchesTheGraphemePath(_ lines: [String]) {
        for line in lines {
            for (x, limit) in [(0, nil), (2, 5), (-3, 8), (7, 40), (9, 0), (12, 3)] as [(Int, Int?)] {
                var fast = Buffer(width: 12, height: 2)
                var slow = fast
                let end = min(12, limit.map { x + max(0, $0) } ?? 12)
                let fastEnd = fast.write(line, x: x, y: 1, style: Style(attributes: .bold), limit: limit)
                let slowEnd = slow.writeGraphemes(line, x: x, y: 1, style: Style(attributes: .bold), end: end)
                #expect(fast == slow && fastEnd == slowEnd, "\(line.debugDescription) at \(x), \(String(describing: limit))")
            }
        }
    }
}
