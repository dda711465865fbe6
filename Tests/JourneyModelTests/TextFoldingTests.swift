import Testing
@testable import JourneyModel

@Suite struct TextFoldingTests {
    @Test func looseMatchingIgnoresCaseAccentsAndKindsOfWhitespace() {
        let text = "gradual\nIMPROVEMENTS to the École"
        #expect(TextFolding.loose.occurrences(of: "gradual improvements", in: text) == [0..<20])
        #expect(TextFolding.loose.occurrences(of: "ecole", in: text) == [28..<33])
        #expect(TextFolding.caseAndDiacriticInsensitive.occurrences(of: "gradual improvements", in: text) == [])
    }

    /// The rule as written first: every grapheme's key as a string, compared key by key. The
    /// token-based search must find exactly what it finds.
    private static func reference(_ folding: TextFolding, _ phrase: String, _ text: String) -> [Range<Int>] {
        func keys(_ text: String) -> (keys: [String], offsets: [Int]) {
            var keys: [String] = [], offsets: [Int] = [], previousWasSpace = false
            for (offset, character) in text.enumerated() {
                if folding == .loose {
                    let isSpace = character.isWhitespace
                    defer { previousWasSpace = isSpace }
                    if isSpace && previousWasSpace { continue }
                }
                keys.append(folding.key(character))
                offsets.append(offset)
            }
            return (keys, offsets)
        }
        let wanted = keys(phrase).keys
        let (found, offsets) = keys(text)
        guard !wanted.isEmpty else { return [] }
        var result: [Range<Int>] = [], start = 0
        while start + wanted.count <= found.count {
            if Array(found[start..<(start + wanted.count)]) == wanted {
                result.append(offsets[start]..<(offsets[start + wanted.count - 1] + 1))
                start += wanted.count
            } else {
                start += 1
            }
        }
        return result
    }

    private static let texts = [
        "Gradual improvements to the École", "ecole ÉCOLE e\u{301}cole", "straße STRASSE strasse",
        "line one\r\nline two\r\n\r\nthree", "tabs\tand  spaces \u{00A0}and\u{2003}em", "cafe CAFÉ café",
        "🇬🇧 flags 👩‍👩‍👧 and e\u{301}", "", "aaaa aaa", "What needs to improve?: Children's homes",
        "A\u{301}B A B ab", "\r\n", "x\ry\nz", "  Children\t\tlooked after\n\n CHILDREN  children's ",
        "two\n  three two three\ttwo\u{0B}three",
    ]
    private static let phrases = [
        "ecole", "École", "e", "\u{301}", "strasse", "straße", "line two", "two\nthree", "two three",
        "and em", "and  spaces", "cafe", "café", "🇬🇧", "e\u{301}", "aa", "improve?: children", "ab", "a b",
        "\r\n", "\n", " ", "x\ry", "", "children", "looked after", " children", "children ",
    ]

    @Test(arguments: [TextFolding.exact, .caseInsensitive, .caseAndDiacriticInsensitive, .loose])
    func findsWhatComparingKeysFinds(_ folding: TextFolding) {
        for text in Self.texts {
            for phrase in Self.phrases {
                #expect(folding.occurrences(of: phrase, in: text) == Self.reference(folding, phrase, text),
                        "\(folding) \(phrase.debugDescription) in \(text.debugDescription)")
            }
        }
    }
}
