import Testing
@testable import JourneyModel

/// Front matter and lines are split by UTF-8 byte; they must come out exactly as splitting by
/// Unicode scalar gave them (the rule as first written, kept here as the reference).
struct LineSplittingTests {
    private static let texts = [
        "", "\n", "---", "---\n", "---\n---", "---\n---\n", "---\nid: a\n---\nbody\n", "---\r\nid: é\r\n---\r\nbody\r\nmore",
        "---\nid: a\n---", "--- \nid: a\n---\nbody", "text\n---\nid\n---\n", "---\nx: 1\n\n---\n\n\nlast line\n",
        "---\nnote: ünïcödé — “quotes”\n---\n=== page 1 of 2 ===\nLine ✓\r\n\r\n", "\r\n\r", "a\rb\nc\r",
        "---\n👩‍👩‍👧\n---\ne\u{301}\n",
    ]

    private static func referenceLines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var line = String(String.UnicodeScalarView(scalars))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return line
        }
    }

    private static func referenceSplit(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring.UnicodeScalarView) -> Bool {
            String(String.UnicodeScalarView(line)) == "---" || String(String.UnicodeScalarView(line)) == "---\r"
        }
        guard let first = lines.first, isFence(first),
              let close = lines.dropFirst().firstIndex(where: isFence) else { return nil }
        let join = { (part: ArraySlice<Substring.UnicodeScalarView>) in
            part.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        }
        return (join(lines[1..<close]), join(lines[(close + 1)...]), close + 2)
    }

    @Test(arguments: texts)
    func linesAreWhatScalarSplittingGave(_ text: String) {
        #expect(Letter.lines(of: text) == Self.referenceLines(text))
    }

    @Test(arguments: texts)
    func frontMatterIsWhatScalarSplittingGave(_ text: String) {
        let split = FrontMatter.split(text)
        let reference = Self.referenceSplit(text)
        #expect(split?.yaml == reference?.yaml)
        #expect(split?.body == reference?.body)
        #expect(split?.bodyLine == reference?.bodyLine)
    }

    @Test func markersAreFoundAndOtherLinesPassedBy() {
        #expect(ReportFile.markerNumbers("=== page 2 of 9 ===")! == (2, 9))
        for line in ["=== page 2 of 9", "== page 2 of 9 ===", "=== Page 2 of 9 ===", "", "text", "=== page x of 9 ==="] {
            #expect(ReportFile.markerNumbers(line) == nil, "\(line)")
        }
    }
}
