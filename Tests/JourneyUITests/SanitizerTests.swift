import JourneyUI
import Testing

@Suite struct SanitizerTests {
    @Test(arguments: ["Dear Director,", "日本語 👨‍👩‍👧‍👦 🇬🇧 ⚠️ café e\u{0301}", "", "(a) 100% — “quoted”", "\u{FFFD}"])
    func safeTextIsUnchanged(text: String) {
        #expect(Sanitizer.sanitize(text) == text)
        #expect(Sanitizer.sanitizeMultiline(text) == text)
    }

    // MARK: - C0, DEL, C1

    @Test(arguments: [
        ("\u{0}", "^@"), ("\u{1}", "^A"), ("\u{7}", "^G"), ("\u{8}", "^H"), ("\u{B}", "^K"), ("\u{C}", "^L"),
        ("\u{E}", "^N"), ("\u{1B}", "^["), ("\u{1C}", "^\\"), ("\u{1F}", "^_"), ("\u{7F}", "^?"),
    ])
    func c0ControlAndDeleteBecomeCaretNotation(control: String, shown: String) {
        #expect(Sanitizer.sanitize("a" + control + "b") == "a" + shown + "b")
    }

    @Test func nulDoesNotEndTheText() {
        #expect(Sanitizer.sanitize("before\u{0}after") == "before^@after")
    }

    @Test(arguments: [0x80, 0x85, 0x8D, 0x90, 0x9B, 0x9C, 0x9D, 0x9F] as [UInt32])
    func c1ControlBecomesCodePoint(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let hex = String(value, radix: 16, uppercase: true)
        #expect(Sanitizer.sanitize("x\(scalar)y") == "x<U+00\(hex)>y")
    }

    // MARK: - Escape sequences

    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m", "^[[31mred^[[0m"),
        ("\u{1B}[?25l", "^[[?25l"),
        ("\u{1B}[2J\u{1B}[H", "^[[2J^[[H"),
        ("\u{1B}[12;", "^[[12;"),
        ("\u{1B}[1;31", "^[[1;31"),
    ])
    func csiIsShownNotInterpreted(input: String, shown: String) {
        #expect(Sanitizer.sanitize(input) == shown)
    }

    @Test func oscTerminatedByBellOrStringTerminatorIsShown() {
        #expect(Sanitizer.sanitize("\u{1B}]0;evil title\u{7}text") == "^[]0;evil title^Gtext")
        let link = "\u{1B}]8;;https://example.invalid\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        #expect(Sanitizer.sanitize(link) == "^[]8;;https://example.invalid^[\\click^[]8;;^[\\")
    }

    @Test func unterminatedOscHidesNothingThatFollows() {
        let letter = "Dear Director,\n\u{1B}]52;c;SGVsbG8=the rest of this line\nSecond paragraph.\n"
        #expect(Sanitizer.lines(letter) == [
            "Dear Director,", "^[]52;c;SGVsbG8=the rest of this line", "Second paragraph.", "",
        ])
    }

    @Test(arguments: [
        ("\u{1B}P", "^[P"), ("\u{1B}X", "^[X"), ("\u{1B}^", "^[^"), ("\u{1B}_", "^[_"),
    ])
    func controlStringsAreShownTerminatedOrNot(introducer: String, shown: String) {
        let payload = "1$r q;payload"
        #expect(Sanitizer.sanitize(introducer + payload + "\u{1B}\\after") == shown + payload + "^[\\after")
        #expect(Sanitizer.sanitize(introducer + payload + "\u{9C}after") == shown + payload + "<U+009C>after")
        #expect(Sanitizer.sanitize(introducer + payload) == shown + payload)
    }

    @Test func eightBitIntroducersAreShown() {
        #expect(Sanitizer.sanitize("\u{9B}31mred") == "<U+009B>31mred")
        #expect(Sanitizer.sanitize("\u{9D}0;title\u{9C}rest") == "<U+009D>0;title<U+009C>rest")
        #expect(Sanitizer.sanitize("\u{9D}0;unterminated") == "<U+009D>0;unterminated")
        #expect(Sanitizer.sanitize("\u{90}q\u{9C}") == "<U+0090>q<U+009C>")
    }

    @Test(arguments: [
        ("\u{1B}c", "^[c"), ("\u{1B}7", "^[7"), ("\u{1B}8", "^[8"), ("\u{1B}=", "^[="),
        ("\u{1B}(B", "^[(B"), ("\u{1B}#8", "^[#8"), ("\u{1B}", "^["),
    ])
    func shortEscapeSequencesAreShown(input: String, shown: String) {
        #expect(Sanitizer.sanitize(input + "z") == shown + "z")
    }

    // MARK: - Line breaks, CR, tab

    @Test func carriageReturnIsShown() {
        #expect(Sanitizer.sanitize("Outstanding\rInadequate") == "Outstanding^MInadequate")
        #expect(Sanitizer.sanitizeMultiline("Outstanding\rInadequate") == "Outstanding^MInadequate")
        #expect(Sanitizer.sanitizeMultiline("line\r") == "line^M")
    }

    @Test func singleLineVariantShowsLineBreaks() {
        #expect(Sanitizer.sanitize("one\ntwo") == "one^Jtwo")
        #expect(Sanitizer.sanitize("one\r\ntwo") == "one^M^Jtwo")
    }

    @Test func multilineVariantKeepsLineBreaksAndFoldsCRLF() {
        #expect(Sanitizer.sanitizeMultiline("one\r\ntwo\nthree") == "one\ntwo\nthree")
        #expect(Sanitizer.sanitizeMultiline("\r\r\n") == "^M\n")
    }

    @Test func linesSplitsOnLineFeedAndCRLF() {
        #expect(Sanitizer.lines("a\r\nb\n\nc\u{1B}[0m") == ["a", "b", "", "c^[[0m"])
        #expect(Sanitizer.lines("") == [""])
        #expect(Sanitizer.lines("end\n") == ["end", ""])
    }

    @Test func tabExpandsToNextTabStop() {
        #expect(Sanitizer.sanitize("\tx") == "        x")
        #expect(Sanitizer.sanitize("ab\tx") == "ab      x")
        #expect(Sanitizer.sanitize("12345678\tx") == "12345678        x")
        #expect(Sanitizer.sanitize("a\t\tx") == "a               x")
    }

    @Test func tabStopsCountDisplayColumnsAndPlaceholders() {
        #expect(Sanitizer.sanitize("日本\tx") == "日本    x")
        #expect(Sanitizer.sanitize("e\u{0301}\tx") == "e\u{0301}       x")
        #expect(Sanitizer.sanitize("\u{1B}\tx") == "^[      x")
    }

    @Test func tabStopsRestartOnEachLine() {
        #expect(Sanitizer.sanitizeMultiline("abc\n\tx") == "abc\n        x")
    }

    // MARK: - Bidi

    /// The bidirectional controls the sanitiser must show: ALM, LRM, RLM, embeddings, overrides, isolates.
    static let bidiControls: [UInt32] = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]

    @Test(arguments: bidiControls)
    func bidiControlBecomesCodePoint(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let hex = String(value, radix: 16, uppercase: true)
        let expected = "a<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">b"
        #expect(Sanitizer.sanitize("a\(scalar)b") == expected)
    }

    @Test func rightToLeftOverrideCannotReverseAFileName() {
        #expect(Sanitizer.sanitize("report\u{202E}fdp.exe") == "report<U+202E>fdp.exe")
    }

    @Test func rightToLeftLettersAreKept() {
        #expect(Sanitizer.sanitize("שלום مرحبا") == "שלום مرحبا")
    }

    // MARK: - Placeholders and invalid data

    @Test func everyPlaceholderIsPrintableAscii() {
        let dangerous = Array(0x00...0x9F as ClosedRange<UInt32>).filter { $0 < 0x20 || $0 >= 0x7F }
            + Self.bidiControls
        for value in dangerous where value != 0x09 && value != 0x0A {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let shown = Sanitizer.sanitize(String(scalar))
            #expect(!shown.isEmpty)
            #expect(shown.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }, "U+\(value): \(shown)")
        }
    }

    @Test func invalidUTF8ShowsAsReplacementCharacter() {
        let decoded = String(decoding: [0x61, 0xFF, 0x1B, 0x5B, 0x6D, 0xC3, 0x62] as [UInt8], as: UTF8.self)
        #expect(Sanitizer.sanitize(decoded) == "a\u{FFFD}^[[m\u{FFFD}b")
    }

    @Test func sanitisingTwiceChangesNothingMore() {
        let hostile = "a\tb\u{1B}[31m\r\n\u{9B}\u{202E}c\u{7F}\u{0}"
        let once = Sanitizer.sanitizeMultiline(hostile)
        #expect(once != hostile)
        #expect(Sanitizer.sanitizeMultiline(once) == once)
        #expect(Sanitizer.sanitize(Sanitizer.sanitize(hostile)) == Sanitizer.sanitize(hostile))
    }
}
