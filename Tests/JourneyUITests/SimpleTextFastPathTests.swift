import Testing
@testable import JourneyUI

/// Text whose scalars are each a one-column grapheme (the screen's rules, dots, dashes, accented
/// Latin) is measured, cut, wrapped and written scalar by scalar: it must give exactly what the
/// grapheme-by-grapheme way gives.
struct SimpleTextFastPathTests {
    /// Every scalar the fast path takes.
    static let simpleScalars: [Unicode.Scalar] = (0x20...0x25FF).compactMap(Unicode.Scalar.init)
        .filter { TextWidth.isSimple($0) } + ["\u{2713}"]

    /// Deterministic lines of ASCII and non-ASCII simple text, with spaces to break at.
    static let lines: [String] = {
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ["a", "café", " ", "  ", "── ", "─────────", "·", " – ", "…", "“quoted”", "✓", "←→", "≤",
                      "▲", "═══", "░", "£12", "\u{A0}", "\u{AD}", "naïve", "word", "(1)", "Łódź"]
        return ["─", "é", " ·", "▶ Timeline"] + (0..<300).map { _ in
            (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }()

    @Test func eachSimpleScalarIsOneColumnAndStandsAlone() {
        #expect(Self.simpleScalars.count > 1000)
        let neighbours: [String] = ["a", " ", "é", "─", "…", "\u{AD}", "\u{2713}", "▼", "\u{25FC}"]
        for scalar in Self.simpleScalars {
            let text = String(Character(scalar))
            #expect(TextWidth.of(Character(scalar)) == 1, "U+\(String(scalar.value, radix: 16))")
            #expect(Sanitizer.sanitize(text) == text, "U+\(String(scalar.value, radix: 16)) is safe as it is")
            for neighbour in neighbours {
                #expect((text + neighbour).count == 2 && (neighbour + text).count == 2,
                        "U+\(String(scalar.value, radix: 16)) beside \(neighbour.debugDescription)")
            }
        }
    }

    @Test func textThatIsNotSimpleTakesTheGraphemePath() {
        for text in ["e\u{301}", "─\u{FE0F}", "◽", "日本", "🇬🇧", "a\u{200D}b", "\u{1F600}", "tab\t", "\u{0600}1"] {
            #expect(!TextWidth.isSimple(text), "\(text.debugDescription)")
        }
    }

    @Test func measuringAndCuttingMatchTheGraphemePath() {
        for line in Self.lines {
            #expect(TextWidth.isSimple(line))
            #expect(TextWidth.of(line) == line.reduce(0) { $0 + TextWidth.of($1) })
            for width in 0...30 {
                #expect(TextWidth.truncate(line, to: width) == Self.truncatedByGraphemes(line, to: width),
                        "\(line.debugDescription) at \(width)")
            }
        }
    }

    @Test func puttingMatchesTheGeneralPath() {
        for line in Self.lines {
            for (x, width) in [(0, 12), (2, 5), (-3, 8), (7, 40), (12, 3), (1, 30)] {
                var fast = Buffer(width: 12, height: 2)
                var slow = fast
                let fastEnd = fast.put(line, x: x, y: 1, width: width, style: Style(attributes: .bold))
                let safe = TextWidth.truncate(Sanitizer.sanitize(line), to: width)
                let slowEnd = slow.writeGraphemes(safe, x: x, y: 1, style: Style(attributes: .bold), end: min(12, x + width))
                #expect(fast == slow && fastEnd == slowEnd, "\(line.debugDescription) at \(x), \(width)")
            }
        }
    }

    /// ``TextWidth/truncate(_:to:ellipsis:)``'s rule, grapheme by grapheme.
    private static func truncatedByGraphemes(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if text.reduce(0, { $0 + TextWidth.of($1) }) <= width { return text }
        var kept = ""
        var used = 0
        for grapheme in text {
            if used + TextWidth.of(grapheme) > width - 1 { break }
            kept.append(grapheme)
            used += TextWidth.of(grapheme)
        }
        return kept + "…"
    }
}
