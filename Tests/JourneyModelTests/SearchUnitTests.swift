import Testing
@testable import JourneyModel

/// A report page's hits are those of the whole page matched loosely (whitespace runs alike,
/// line breaks included), whether the page is searched whole or line by line.
@Suite struct SearchUnitTests {
    /// The definition: the query matched loosely over the page's lines joined, each hit on
    /// the line it starts on and cut at that line's end.
    func pageHitsByDefinition(of query: String, in lines: [String]) -> [String] {
        var starts: [Int] = []
        var next = 0
        for line in lines {
            starts.append(next)
            next += line.count + 1
        }
        return TextFolding.loose.occurrences(of: query, in: lines.joined(separator: "\n")).map { match in
            let index = (starts.lastIndex { $0 <= match.lowerBound }) ?? 0
            let column = match.lowerBound - starts[index]
            let end = min(match.upperBound - starts[index], lines[index].count)
            return "\(index + 1):\(column)+\(max(column, end) - column)"
        }
    }

    func places(_ hits: [SearchHit]) -> [String] { hits.map { "\($0.line):\($0.column)+\($0.length)" } }

    static let page = [
        "Children’s services in Middlesbrough", "CHILDREN and young people; children", "",
        "  the childrén of e\u{301}cole", "café\tchildren\u{301} children", "social", "   care leavers’ children",
        "childrenchildren", "Ça ira: ÉCOLE", "\u{301}children",
    ]

    @Test(arguments: ["children", "CHILDREN", "children’s", "é", "e", "cole", "ÉCOLE", "café", "ça", "\u{301}",
                      "social care", "social\ncare", "leavers’ children", "s; c", "renchil", "zzz"])
    func aPageFindsWhatMatchingTheWholePageFinds(query: String) {
        let unit = SearchUnit(owner: .report, ownerID: "r", eventID: "e", page: 3, field: .text, line: 1,
                              fileLine: 40, lines: Self.page)
        let hits = unit.hits(of: SearchPhrase(query))
        #expect(places(hits) == pageHitsByDefinition(of: query, in: Self.page))
        #expect(hits.allSatisfy { $0.page == 3 && $0.eventID == "e" && $0.fileLine == 39 + $0.line })
    }

    @Test func somePageQueriesAreFound() {
        let unit = SearchUnit(owner: .report, ownerID: "r", page: 1, field: .text, line: 1, lines: Self.page)
        #expect(unit.hits(of: SearchPhrase("children")).count == 10)
        #expect(unit.hits(of: SearchPhrase("social care")).map(\.line) == [6])
        #expect(unit.hits(of: SearchPhrase("   ")).isEmpty)
    }
}

/// ASCII text is searched byte by byte; it finds what the grapheme-by-grapheme search finds.
@Suite struct TextFoldingASCIITests {
    @Test(arguments: [TextFolding.exact, .caseInsensitive, .caseAndDiacriticInsensitive, .loose])
    func asciiTextFindsWhatTheGeneralSearchFinds(folding: TextFolding) {
        var generator = SplitMix64(seed: 12)
        let alphabet = Array("aAbB \t\n")
        for _ in 0..<400 {
            let text = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let phrase = String((0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            // A snowman at the end makes the text not ASCII, so it is searched grapheme by grapheme.
            #expect(folding.occurrences(of: phrase, in: text) == folding.occurrences(of: phrase, in: text + "\u{2603}"),
                    "\(folding) \(phrase.debugDescription) in \(text.debugDescription)")
        }
    }
}

/// A long line of Latin letters and typographic punctuation is cut scalar by scalar, as it
/// would be grapheme by grapheme.
@Suite struct SearchHitContextTests {
    @Test func everyScalarCutAloneIsAGraphemeOfItsOwn() {
        let scalars = (0...0x2FFF).compactMap(Unicode.Scalar.init).filter(SearchHit.isGraphemeOfItsOwn)
        #expect(scalars.count > 600)
        for scalar in scalars {
            let alone = String(Character(scalar))
            #expect(("a" + alone + "a").count == 3 && (alone + alone).count == 2 && ("é" + alone + "é").count == 3,
                    "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func aLineCutByScalarIsCutAsByGrapheme() {
        var generator = SplitMix64(seed: 7)
        let pieces = ["word", " ", "  ", "\t", "é", "“", "”", "’", "—", "…", "Ł", "ǅ", "\u{A0}", "children", ","]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 30...120, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let count = text.count
            let start = Int.random(in: 0..<count, using: &generator)
            let match = start..<min(count, start + Int.random(in: 0...90, using: &generator))
            // As a line of at most the width's graphemes is kept whole.
            let byGrapheme = count <= SearchHit.contextWidth ? (text: text, column: match.lowerBound)
                : SearchHit.context(of: Array(text), around: match, space: " ", isBlank: SearchHit.isBlank,
                                    isWhitespace: \.isWhitespace, string: { String($0) })
            let cut = SearchHit.context(of: text, around: match)
            #expect(cut.text == byGrapheme.text && cut.column == byGrapheme.column, "\(text.debugDescription) \(match)")
        }
    }
}

/// Every folding but the loose one finds, left to right and without overlaps, the runs of
/// graphemes whose keys are the phrase's, in ASCII text and in text with accents and CRs at any
/// place (the byte-wise paths must tell them apart).
@Suite struct TextFoldingReferenceTests {
    func byGraphemes(_ folding: TextFolding, _ phrase: String, _ text: String) -> [Range<Int>] {
        let keys = Array(text).map(folding.key), wanted = Array(phrase).map(folding.key)
        guard !wanted.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + wanted.count <= keys.count {
            if Array(keys[start..<(start + wanted.count)]) == wanted {
                found.append(start..<(start + wanted.count))
                start += wanted.count
            } else {
                start += 1
            }
        }
        return found
    }

    @Test(arguments: [TextFolding.exact, .caseInsensitive, .caseAndDiacriticInsensitive])
    func findsWhatComparingKeysFinds(folding: TextFolding) {
        var generator = SplitMix64(seed: 31)
        let alphabet = ["a", "A", "b", "B", " ", "\t", "\n", "é", "\r", "\r\n", "É"]
        for round in 0..<600 {
            let pieces = round % 3 == 0 ? Array(alphabet.prefix(7)) : alphabet
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let phrase = (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            #expect(folding.occurrences(of: phrase, in: text) == byGraphemes(folding, phrase, text),
                    "\(folding) \(phrase.debugDescription) in \(text.debugDescription)")
        }
    }
}
