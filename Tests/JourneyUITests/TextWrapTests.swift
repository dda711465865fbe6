import JourneyUI
import Testing

@Suite struct TextWrapTests {
    @Test func wrapsAtWordBoundaries() {
        let rows = TextWrap.wrap(lines: ["the quick brown fox jumps"], width: 10)
        #expect(rows.map(\.text) == ["the quick", "brown fox", "jumps"])
        #expect(rows.map(\.sourceOffset) == [0, 10, 20])
        #expect(rows.allSatisfy { $0.sourceLine == 0 })
    }

    @Test func spacesAfterATooWideGlyphAreDroppedLikeAnyBreak() {
        #expect(TextWrap.wrap(lines: ["日 x"], width: 1).map(\.text) == ["?", "x"])
    }

    @Test func lineThatFitsIsOneRow() {
        let rows = TextWrap.wrap(lines: ["short line"], width: 10)
        #expect(rows == [WrappedLine(text: "short line", sourceLine: 0, sourceOffset: 0)])
    }

    @Test func spacesAtABreakAreDroppedAndIndentationKept() {
        let rows = TextWrap.wrap(lines: ["  indented    words here"], width: 10)
        #expect(rows.map(\.text) == ["  indented", "words here"])
        #expect(rows.map(\.sourceOffset) == [0, 14])
    }

    @Test func runOfSpacesAtABreakIsDroppedWhole() {
        let rows = TextWrap.wrap(lines: ["a    b"], width: 4)
        #expect(rows.map(\.text) == ["a", "b"])
        #expect(rows.map(\.sourceOffset) == [0, 5])
    }

    @Test func indentationWiderThanTheRowIsBrokenHard() {
        let rows = TextWrap.wrap(lines: ["      word"], width: 3)
        #expect(rows.map(\.text) == ["   ", "wor", "d"])
        #expect(rows.map(\.sourceOffset) == [0, 6, 9])
    }

    @Test func emptyLinesStayAsEmptyRows() {
        let rows = TextWrap.wrap(lines: ["first", "", "third"], width: 20)
        #expect(rows == [
            WrappedLine(text: "first", sourceLine: 0, sourceOffset: 0),
            WrappedLine(text: "", sourceLine: 1, sourceOffset: 0),
            WrappedLine(text: "third", sourceLine: 2, sourceOffset: 0),
        ])
    }

    @Test(arguments: [0, -1, Int.min])
    func widthOfZeroOrLessGivesNoRows(width: Int) {
        #expect(TextWrap.wrap(lines: ["some text", ""], width: width).isEmpty)
    }

    @Test func longWordIsBrokenHard() {
        let rows = TextWrap.wrap(lines: ["see abcdefghij"], width: 4)
        #expect(rows.map(\.text) == ["see", "abcd", "efgh", "ij"])
        #expect(rows.map(\.sourceOffset) == [0, 4, 8, 12])
    }

    @Test func cjkBreaksBetweenIdeographs() {
        let rows = TextWrap.wrap(lines: ["日本語のテキスト"], width: 5)
        #expect(rows.map(\.text) == ["日本", "語の", "テキ", "スト"])
        #expect(rows.map(\.sourceOffset) == [0, 2, 4, 6])
    }

    @Test func wideGlyphAtWidthOneBecomesPlaceholder() {
        let rows = TextWrap.wrap(lines: ["a日👨‍👩‍👧‍👦b"], width: 1)
        #expect(rows.map(\.text) == ["a", "?", "?", "b"])
        #expect(rows.map(\.sourceOffset) == [0, 1, 2, 3])
    }

    @Test func zeroWidthGraphemesStayWithTheGlyphBefore() {
        #expect(TextWrap.wrap(lines: ["ab\u{200B}cd"], width: 2).map(\.text) == ["ab\u{200B}", "cd"])
        #expect(TextWrap.wrap(lines: ["日\u{200B}x"], width: 1).map(\.text) == ["?\u{200B}", "x"])
    }

    @Test func emojiSequencesAreNeverSplit() {
        let family = "👨‍👩‍👧‍👦"
        let flag = "🇬🇧"
        let rows = TextWrap.wrap(lines: [family + flag + family], width: 3)
        #expect(rows.map(\.text) == [family, flag, family])
    }

    @Test func noBreakSpaceDoesNotBreak() {
        let rows = TextWrap.wrap(lines: ["a 10\u{00A0}km"], width: 6)
        #expect(rows.map(\.text) == ["a", "10\u{00A0}km"])
    }

    @Test func rowOffsetsLocateASearchMatch() throws {
        let line = "The local authority has made insufficient progress in improving services."
        let rows = TextWrap.wrap(lines: [line], width: 20)
        let target = Array(line).firstRange(of: Array("insufficient"))
        let start = try #require(target?.lowerBound)
        let row = try #require(rows.last { $0.sourceOffset <= start })
        #expect(Array(row.text)[(start - row.sourceOffset)...].starts(with: Array("insufficient")))
    }

    @Test(arguments: [1, 2, 10, 40, 80])
    func everyRowFitsAndRowsRebuildTheSource(width: Int) {
        let lines = Self.mixedParagraphs
        let rows = TextWrap.wrap(lines: lines, width: width)
        Self.expectFaithfulWrap(rows, of: lines, width: width)
    }

    // MARK: - Shared invariants

    static let mixedParagraphs = [
        "Ofsted judged the local authority’s children’s services to be inadequate in 2022.",
        "",
        "子ども向けサービスの改善に関する報告書です。日本語の文章には空白がありません。",
        "Families 👨‍👩‍👧‍👦 and flags 🇬🇧🇫🇷 and warnings ⚠️ mixed with ZWJ 🧑‍💻 text 👍🏽.",
        String(repeating: "supercalifragilistic", count: 20),
        "Combining: cafe\u{0301} re\u{0301}sume\u{0301} Z\u{0335}\u{0321}a\u{0336}l\u{0337}g\u{0338}o\u{0334}",
        "   indented   and    spaced   ",
        "한국어 텍스트와 ｆｕｌｌｗｉｄｔｈ forms 𠀋𡈽𡌛",
    ]

    /// Checks the wrap invariants: every row fits in `width`; rows come in source order and each
    /// source line has at least one row, the first starting at offset 0; each row is the run of source
    /// graphemes its offset names (with ``TextWrap/placeholder`` only for a glyph wider than the row);
    /// and what lies between rows is only the spaces dropped at breaks, so the rows give back the source.
    static func expectFaithfulWrap(
        _ rows: [WrappedLine], of lines: [String], width: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var problems = rows.filter { TextWidth.of($0.text) > width }.map { "too wide: \($0)" }
        if rows.map(\.sourceLine) != rows.map(\.sourceLine).sorted() { problems.append("rows out of order") }
        let rowsByLine = Dictionary(grouping: rows, by: \.sourceLine)
        for (index, line) in lines.enumerated() {
            let lineProblems = rebuildProblems(line, from: rowsByLine[index] ?? [], width: width)
            problems += lineProblems.map { "line \(index): \($0)" }
        }
        if rowsByLine.keys.contains(where: { !lines.indices.contains($0) }) { problems.append("row for no line") }
        #expect(problems.isEmpty, "width \(width): \(problems.prefix(5))", sourceLocation: sourceLocation)
    }

    private static func rebuildProblems(_ line: String, from rows: [WrappedLine], width: Int) -> [String] {
        guard rows.first?.sourceOffset == 0 else { return ["first row does not start the line"] }
        let source = Array(line)
        var cursor = 0
        for row in rows {
            let piece = Array(row.text)
            guard row.sourceOffset >= cursor, row.sourceOffset + piece.count <= source.count else {
                return ["row out of place: \(row), cursor \(cursor)"]
            }
            if !source[cursor..<row.sourceOffset].allSatisfy(isSpace) {
                return ["dropped more than spaces before \(row)"]
            }
            for (shown, original) in zip(piece, source[row.sourceOffset...]) where shown != original {
                if shown != TextWrap.placeholder || TextWidth.of(original) <= width {
                    return ["\(shown) shown for \(original) in \(row)"]
                }
            }
            cursor = row.sourceOffset + piece.count
        }
        return source[cursor...].allSatisfy(isSpace) ? [] : ["source not covered after \(cursor)"]
    }

    private static func isSpace(_ grapheme: Character) -> Bool {
        grapheme.unicodeScalars.count == 1
            && grapheme.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
    }
}
