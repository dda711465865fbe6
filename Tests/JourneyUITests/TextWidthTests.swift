import JourneyUI
import Testing

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("", 0), ("hello", 5), ("Ofsted: requires improvement", 28),
        ("café", 4), ("naïve résumé", 12), ("…", 1), ("Привет", 6), ("αβγ", 3),
    ])
    func narrowTextTakesOneColumnPerGrapheme(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }

    @Test(arguments: [
        ("日本語", 6), ("汉字", 4), ("한국어", 6), ("ひらがな", 8), ("カタカナ", 8),
        ("ＡＢＣ", 6), ("\u{3000}", 2), ("\u{20B9F}", 2), ("\u{30000}", 2), ("\u{2A6D6}", 2),
    ])
    func eastAsianWideAndFullwidthTakeTwoColumns(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }

    @Test func halfwidthKatakanaTakesOneColumn() {
        #expect(TextWidth.of("ｶﾀｶﾅ") == 4)
    }

    @Test func combiningMarkJoinsItsBase() {
        let decomposed = "e\u{0301}"
        #expect(decomposed.count == 1)
        #expect(TextWidth.of(Character(decomposed)) == 1)
        #expect(TextWidth.of("cafe\u{0301} re\u{0301}sume\u{0301}") == 11)
        #expect(TextWidth.of("a\u{0301}\u{0302}\u{0303}\u{20DD}") == 1)
    }

    @Test func conjoiningHangulJamoFormOneWideGlyph() {
        let syllable = "\u{1100}\u{1161}\u{11A8}"
        #expect(syllable.count == 1)
        #expect(TextWidth.of(syllable) == 2)
    }

    @Test(arguments: ["👨‍👩‍👧‍👦", "🧑‍💻", "🏳️‍🌈", "❤️‍🔥", "👍🏽", "🇬🇧", "🇫🇷", "😀", "⌚", "1️⃣"])
    func emojiGraphemeTakesTwoColumns(emoji: String) {
        #expect(emoji.count == 1)
        #expect(TextWidth.of(emoji) == 2)
    }

    @Test func flagsSideBySideTakeTwoColumnsEach() {
        #expect(TextWidth.of("🇬🇧🇫🇷🇩🇪") == 6)
    }

    @Test func loneRegionalIndicatorTakesOneColumn() {
        #expect(TextWidth.of("\u{1F1EC}") == 1)
    }

    @Test func variationSelector16WidensTextDefaultEmoji() {
        #expect(TextWidth.of("\u{26A0}") == 1)
        #expect(TextWidth.of("\u{26A0}\u{FE0F}") == 2)
        #expect(TextWidth.of("\u{2764}") == 1)
        #expect(TextWidth.of("\u{2764}\u{FE0F}") == 2)
    }

    @Test func variationSelector16DoesNotWidenPlainLetters() {
        #expect(TextWidth.of("a\u{FE0F}") == 1)
    }

    @Test(arguments: ["\u{200B}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\u{0301}", "\u{2060}", "\u{FEFF}", "\u{1161}"])
    func zeroWidthCharacterOnItsOwnTakesNoColumns(text: String) {
        #expect(TextWidth.of(text) == 0)
    }

    @Test(arguments: ["\u{0}", "\u{7}", "\u{1B}", "\r\n", "\u{7F}", "\u{9B}"])
    func controlCharacterTakesNoColumns(text: String) {
        #expect(TextWidth.of(text) == 0)
    }

    @Test func softHyphenAndArabicNumberSignAreVisible() {
        #expect(TextWidth.of("\u{00AD}") == 1)
        #expect(TextWidth.of("\u{0600}") == 1)
    }

    @Test func stringWidthIsSumOfGraphemeWidths() {
        let text = "Report 日本 👨‍👩‍👧‍👦 e\u{0301}\u{200B}🇬🇧!"
        #expect(TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.of($1) })
        #expect(TextWidth.of(text) == 7 + 4 + 1 + 2 + 1 + 1 + 0 + 2 + 1)
    }

    // MARK: - truncate

    @Test func truncateKeepsTextThatFits() {
        #expect(TextWidth.truncate("short", to: 5) == "short")
        #expect(TextWidth.truncate("日本", to: 4) == "日本")
    }

    @Test func truncateEndsWithEllipsisWithinWidth() {
        #expect(TextWidth.truncate("hello world", to: 5) == "hell…")
        #expect(TextWidth.truncate("hello world", to: 8, ellipsis: "...") == "hello...")
    }

    @Test func truncateDoesNotSplitWideGlyphs() {
        #expect(TextWidth.truncate("日本語テキスト", to: 5) == "日本…")
        #expect(TextWidth.truncate("日本語テキスト", to: 4) == "日…")
        #expect(TextWidth.truncate("日本語", to: 1) == "…")
    }

    @Test func truncateDoesNotSplitEmojiSequences() {
        let family = "👨‍👩‍👧‍👦"
        #expect(TextWidth.truncate(family + family, to: 3) == family + "…")
        #expect(TextWidth.truncate(family + family, to: 2) == "…")
        #expect(TextWidth.truncate("e\u{0301}e\u{0301}e\u{0301}", to: 2) == "e\u{0301}…")
    }

    @Test func truncateDropsEllipsisWiderThanWidth() {
        #expect(TextWidth.truncate("abcdef", to: 2, ellipsis: "...") == "ab")
        #expect(TextWidth.truncate("日本", to: 1, ellipsis: "……") == "")
    }

    @Test(arguments: [0, -3])
    func truncateToNothingGivesEmptyText(width: Int) {
        #expect(TextWidth.truncate("anything", to: width) == "")
    }

    @Test(arguments: 1...12)
    func truncateNeverExceedsWidthAndKeepsAPrefix(width: Int) {
        let samples = ["Ofsted 日本語 👨‍👩‍👧‍👦 🇬🇧 café", "e\u{0301}\u{0302}xyz", "ＡＢＣＤＥＦ", "plain ascii text"]
        for sample in samples {
            let cut = TextWidth.truncate(sample, to: width)
            #expect(TextWidth.of(cut) <= width)
            if cut != sample {
                #expect(cut.hasSuffix("…"))
                #expect(Array(sample).starts(with: Array(cut.dropLast())))
            }
        }
    }
}
