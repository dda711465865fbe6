import JourneyUI
import Testing

/// The untrusted-text layer (``Sanitizer``, ``TextWidth``, ``TextWrap``) against hostile text: a fixture
/// with every class of escape sequence and control, bidi controls, wide, combining and emoji text and a
/// 5000-character line, and pseudo-random text built from its pieces. Whatever goes in, nothing a
/// terminal could act on comes out, no line is lost or gained, no visible text is hidden, and wrapping
/// fits the width and gives the text back, as the documented rules say.
@Suite struct HostileTextTests {
    // MARK: - Fixture pieces

    /// Escape sequences of every class, each complete.
    static let escapeSequences = [
        "\u{1B}[1;31m", "\u{1B}[0m", "\u{1B}[38;5;196m",  // CSI: SGR
        "\u{1B}[10;20H", "\u{1B}[2A", "\u{1B}[5C", "\u{1B}[?25l",  // CSI: cursor
        "\u{1B}[2J", "\u{1B}[3J\u{1B}[H",  // CSI: clear screen
        "\u{1B}]0;evil title\u{7}", "\u{1B}]2;evil title\u{1B}\\",  // OSC title: BEL and ST
        "\u{1B}]52;c;cm0gLXJmIH4K\u{7}",  // OSC 52: clipboard write
        "\u{1B}P1$r0m\u{1B}\\", "\u{1B}Pq#0;2;0;0;0#0~~@@\u{1B}\\",  // DCS
        "\u{1B}_apc payload\u{1B}\\", "\u{1B}^pm payload\u{1B}\\", "\u{1B}Xsos payload\u{1B}\\",  // APC, PM, SOS
        "\u{9B}2J", "\u{9B}31m", "\u{9D}0;8-bit title\u{9C}",  // 8-bit CSI and OSC
        "\u{1B}c", "\u{1B}7", "\u{1B}8", "\u{1B}=", "\u{1B}(0", "\u{1B}#8", "\u{1B}D", "\u{1B}M",  // two-byte
    ]

    /// Single controls: C0 (with NUL, BEL, BS, CR, tab), DEL and C1.
    static let controls = [
        "\u{0}", "\u{7}", "\u{8}", "\r", "\t", "\u{B}", "\u{C}", "\u{1A}", "\u{1B}", "\u{1F}",
        "\u{7F}", "\u{80}", "\u{85}", "\u{8D}", "\u{90}", "\u{9B}", "\u{9C}", "\u{9D}", "\u{9F}",
    ]

    /// Bidi embeddings, overrides, isolates and marks.
    static let bidiControls = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
    ]

    /// Safe text that is hard to measure: CJK, emoji sequences, flags, combining marks, odd spaces.
    static let scripts = [
        "日本語のテキスト", "한국어", "👨‍👩‍👧‍👦", "🇬🇧", "🇺🇦🇫🇷", "👍🏽", "🧑🏿‍💻", "⚠️", "❤️", "e\u{301}",
        "a\u{301}\u{302}\u{323}\u{20DD}", "Z\u{335}\u{321}a\u{336}l\u{337}", "\u{200B}", "\u{A0}", "\u{3000}",
        "Ofsted", "improvement", "inadequate", " ", "   ",
    ]

    /// Line breaks, real and false.
    static let breaks = ["\n", "\r\n", "\r", "\r\r\n", "\n\n"]

    // MARK: - Fixture

    /// Text after an unterminated sequence, which must still be shown.
    static let survivingTail = "this text is still shown"

    /// Every class of hostile text, on lines ended by LF, CR LF, or nothing.
    static let hostileLines = "Dear Director,\r\n"
        + "    \u{2022} An indented point, \u{1B}[1mbold\u{1B}[0m and in a list\n"
        + "SGR \u{1B}[1;31mInadequate\u{1B}[0m \u{1B}[38;5;196mred cursor \u{1B}[10;20H\u{1B}[2A\u{1B}[5C"
        + "moved \u{1B}[?25l clear \u{1B}[2J\u{1B}[3J\u{1B}[Hcleared\n"
        + "Titles \u{1B}]0;evil title\u{7} and \u{1B}]2;other title\u{1B}\\ clipboard \u{1B}]52;c;cm0gLXJmIH4K\u{7}\n"
        + "DCS \u{1B}P1$r0m\u{1B}\\ APC \u{1B}_apc\u{1B}\\ PM \u{1B}^pm\u{1B}\\ SOS \u{1B}Xsos\u{1B}\\\n"
        + "8-bit \u{9B}2J\u{9B}31mred \u{9D}0;8-bit title\u{9C} two-byte \u{1B}c\u{1B}7\u{1B}8\u{1B}=\u{1B}(0\u{1B}#8\n"
        + "C0 NUL\u{0}BEL\u{7}BS\u{8}\u{8}\u{8}CR alone\rover \u{B}\u{C}\u{1A} 日本\ttab DEL\u{7F} C1 \u{80}\u{85}\u{8D}\u{90}\u{9F}\r\n"
        + "Bidi \u{202A}a\u{202B}b\u{202C} \u{202D}c\u{202E}fdp.exe \u{2066}d\u{2067}e\u{2068}f\u{2069} \u{200E}\u{200F}\u{061C}\n"
        + "日本語のテキストと한국어 👨‍👩‍👧‍👦 🇬🇧🇺🇦 👍🏽 🧑🏿‍💻 ⚠️ ❤️ cafe\u{301} Z\u{335}\u{321}a\u{336}\u{337}l\u{338}g\u{334}o\n"
        + "Unterminated OSC \u{1B}]0;\(survivingTail)\n"
        + "The line after the OSC is shown.\n"
        + "Unterminated DCS \u{1B}Pq#0;2;0;0;0 \(survivingTail)\r\n"
        + "The line after the DCS is shown.\n"

    /// 5000 graphemes of words, CJK, emoji, flags and combining marks, with no control.
    static let longLine = String(
        String(repeating: "Improvement 改善 plan 👨‍👩‍👧‍👦 e\u{301}tude 🇬🇧 ", count: 200).prefix(5000)
    )

    /// The last line: an 8-bit OSC never terminated, not even by a line break.
    static let lastLine = "Unterminated 8-bit OSC \u{9D}2;\(survivingTail)"

    /// The whole hostile fixture.
    static let fixture = hostileLines + longLine + "\n" + lastLine

    // MARK: - 1. The fixture, sanitised

    @Test func sanitisedFixtureIsSafeAndKeepsItsLines() {
        let output = Sanitizer.sanitizeMultiline(Self.fixture)
        #expect(Self.unsafeScalars(in: output).isEmpty, "\(Self.unsafeScalars(in: output))")
        let lineFeeds = Self.fixture.unicodeScalars.count { $0 == "\n" }
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).count == lineFeeds + 1)
        #expect(Sanitizer.lines(Self.fixture).count == lineFeeds + 1)
        #expect(Sanitizer.lines(Self.fixture) == Self.sourceLines(of: Self.fixture).map(Sanitizer.sanitize))
        #expect(Sanitizer.sanitizeMultiline(output) == output)
        let problems = Self.sanitisingProblems(Self.fixture)
        #expect(problems.isEmpty, "\(problems)")
    }

    // MARK: - 2. The fixture, wrapped

    @Test(arguments: [40, 80, 120])
    func fixtureWrapsSafelyAndFaithfully(width: Int) {
        let lines = Sanitizer.lines(Self.fixture)
        let problems = Self.wrapProblems(lines, width: width)
        #expect(problems.count == 0, "\(problems.prefix(5))")
        let rows = TextWrap.wrap(lines: lines, width: width)
        #expect(rows.count > lines.count, "the fixture has lines wider than \(width) columns")
        let breaksAtSpaces = zip(rows, rows.dropFirst()).count { row, next in
            row.sourceLine == next.sourceLine && next.sourceOffset > row.sourceOffset + row.text.count
        }
        #expect(breaksAtSpaces > 0, "some rows end at a space, which is dropped")
    }

    // MARK: - 3. Unterminated sequences

    @Test func unterminatedSequencesHideNothing() throws {
        let lines = Sanitizer.lines(Self.fixture)
        let osc = try #require(lines.firstIndex(of: "Unterminated OSC ^[]0;" + Self.survivingTail))
        #expect(lines.dropFirst(osc + 1).first == "The line after the OSC is shown.")
        let dcs = try #require(lines.firstIndex(of: "Unterminated DCS ^[Pq#0;2;0;0;0 " + Self.survivingTail))
        #expect(lines.dropFirst(dcs + 1).first == "The line after the DCS is shown.")
        #expect(lines.dropFirst(dcs + 2).first == Self.longLine)
        #expect(lines.last == "Unterminated 8-bit OSC <U+009D>2;" + Self.survivingTail)

        let fromFirstOSC = try #require(Self.fixture.firstRange(of: "\u{1B}]0;\(Self.survivingTail)"))
        let rest = String(Self.fixture[fromFirstOSC.lowerBound...])
        #expect(Self.keepsVisibleText(of: rest, in: Sanitizer.sanitizeMultiline(rest)))
        #expect(Sanitizer.lines(rest).count == rest.unicodeScalars.count { $0 == "\n" } + 1)
    }

    // MARK: - 4. Generated and mutated text

    @Test func generatedTextIsSanitisedAndWrappedSafely() {
        var generator = SplitMix64(seed: 0x4A6F_7572_6E65_7901)
        let texts = (0..<300).map { _ in Self.generatedText(using: &generator) }
        let failures = Self.robustnessFailures(texts)
        #expect(failures.count == 0, "\(failures.prefix(3))")
        #expect(texts.count { Sanitizer.sanitizeMultiline($0) != $0 } > texts.count / 2, "the texts are hostile")
    }

    @Test func mutatedFixtureIsSanitisedAndWrappedSafely() {
        var generator = SplitMix64(seed: 0x4A6F_7572_6E65_7902)
        let texts = (0..<300).map { _ in Self.mutatedFixture(using: &generator) }
        let failures = Self.robustnessFailures(texts)
        #expect(failures.count == 0, "\(failures.prefix(3))")
        #expect(texts.count { Sanitizer.sanitizeMultiline($0) != $0 } > texts.count / 2, "the texts are hostile")
    }

    // MARK: - 5. The long line

    /// 5000 narrow graphemes (letters, accented and combining) with no space, so every row is full.
    static let narrowLongLine = String(String(repeating: "Inadequatee\u{301}жω", count: 400).prefix(5000))
    /// 5000 wide graphemes (CJK, Hangul, emoji sequences, flags) with no space.
    static let wideLongLine = String(String(repeating: "日本語👨‍👩‍👧‍👦🇬🇧한국👍🏽", count: 700).prefix(5000))

    @Test(arguments: [1, 2, 3, 7, 40, 79, 80, 120])
    func longLineSurvivesSanitising(width: Int) {
        for line in [Self.longLine, Self.narrowLongLine, Self.wideLongLine] {
            #expect(Sanitizer.sanitize(line) == line)
            #expect(Sanitizer.sanitize(line).count == 5000)
            #expect(Self.wrapProblems([line], width: width).isEmpty)
        }
        #expect(Sanitizer.lines(Self.fixture).contains(Self.longLine))

        let narrowRows = TextWrap.wrap(Self.narrowLongLine, width: width)
        #expect(narrowRows.count == (5000 + width - 1) / width)
        #expect(narrowRows.dropLast().allSatisfy { TextWidth.of($0.text) == width })
        let glyphsPerRow = max(1, width / 2)
        let wideRows = TextWrap.wrap(Self.wideLongLine, width: width)
        #expect(wideRows.count == (5000 + glyphsPerRow - 1) / glyphsPerRow)
        #expect(wideRows.allSatisfy { TextWidth.of($0.text) <= width })
        let mixedRows = TextWrap.wrap(Self.longLine, width: width)
        // Rows hold all but break spaces, a glyph wider than the row taking a row as its placeholder.
        let columnsToShow = Self.longLine.reduce(0) { columns, grapheme in
            columns + (Self.isBreakSpace(grapheme) ? 0 : min(width, TextWidth.of(grapheme)))
        }
        #expect(mixedRows.count >= (columnsToShow + width - 1) / width)
        #expect(mixedRows.allSatisfy { TextWidth.of($0.text) <= width })
    }

    @Test func longLineWithControlsGrowsByItsPlaceholders() {
        let hundreds = stride(from: 0, to: 5000, by: 100).map { start in
            String(Self.narrowLongLine.dropFirst(start).prefix(100))
        }
        let withEscapes = hundreds.joined(separator: "\u{1B}")
        let sanitised = Sanitizer.sanitize(withEscapes)
        #expect(sanitised == hundreds.joined(separator: "^["))
        #expect(sanitised.count == 5000 + 2 * (hundreds.count - 1))
    }
}

// MARK: - Invariants

extension HostileTextTests {
    /// Scalars a terminal could act on, or that could reorder text: controls other than LF,
    /// DEL, C1 and bidi controls.
    static func unsafeScalars(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
                || scalar.properties.isBidiControl
        }
    }

    /// The source's lines as the documented rules split them: at every LF, with a CR just before
    /// the LF belonging to the break; any other CR stays in its line.
    static func sourceLines(of text: String) -> [String] {
        let pieces = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        return pieces.enumerated().map { index, piece in
            var line = ""
            line.unicodeScalars.append(contentsOf: piece)
            if index < pieces.count - 1, line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return line
        }
    }

    /// Whether every scalar of `source` that the rules keep (all but controls, DEL, C1, bidi
    /// controls and tabs; LF is kept) appears in `output` in the same order.
    static func keepsVisibleText(of source: String, in output: String) -> Bool {
        var remaining = output.unicodeScalars[...]
        for scalar in source.unicodeScalars where scalar == "\n" || unsafeScalars(in: String(scalar)).isEmpty {
            guard let found = remaining.firstIndex(of: scalar) else { return false }
            remaining = remaining[remaining.index(after: found)...]
        }
        return true
    }

    /// What is wrong with the sanitised forms of `source`: anything unsafe left, a line lost or gained,
    /// a line not sanitised as it would be on its own, visible text hidden, a change on a second pass.
    static func sanitisingProblems(_ source: String) -> [String] {
        var problems: [String] = []
        let multiline = Sanitizer.sanitizeMultiline(source)
        let single = Sanitizer.sanitize(source)
        if !unsafeScalars(in: multiline).isEmpty { problems.append("unsafe scalar left in multiline output") }
        if single.unicodeScalars.contains(where: { $0 == "\n" }) || !unsafeScalars(in: single).isEmpty {
            problems.append("unsafe scalar left in single-line output")
        }
        let lineFeeds = source.unicodeScalars.count { $0 == "\n" }
        if Sanitizer.lines(source).count != lineFeeds + 1 { problems.append("\(lineFeeds + 1) lines expected") }
        if Sanitizer.lines(source) != sourceLines(of: source).map(Sanitizer.sanitize) {
            problems.append("a line differs from the line sanitised on its own")
        }
        if !keepsVisibleText(of: source, in: multiline) { problems.append("visible text hidden") }
        if Sanitizer.sanitizeMultiline(multiline) != multiline || Sanitizer.sanitize(single) != single {
            problems.append("sanitising twice changed the text")
        }
        return problems
    }

    /// The sanitising and wrapping problems (widths 1 to 40) of each text, named by the text.
    static func robustnessFailures(_ texts: [String]) -> [String] {
        texts.enumerated().flatMap { index, text in
            let lines = Sanitizer.lines(text)
            let problems = sanitisingProblems(text) + (1...40).flatMap { wrapProblems(lines, width: $0) }
            return problems.map { "text \(index) \(text.debugDescription): \($0)" }
        }
    }

    /// What is wrong with wrapping `lines` to `width`: rows out of line order, a line with no row,
    /// or a line whose rows break a rule (see ``lineWrapProblems(_:rows:width:)``).
    static func wrapProblems(_ lines: [String], width: Int) -> [String] {
        let rows = TextWrap.wrap(lines: lines, width: width)
        let lineOrder = rows.map(\.sourceLine)
        guard lineOrder == lineOrder.sorted(), Set(lineOrder) == Set(lines.indices) else {
            return ["width \(width): rows do not cover the lines in order"]
        }
        let rowsByLine = Dictionary(grouping: rows, by: \.sourceLine)
        return lines.indices.flatMap { index in
            lineWrapProblems(lines[index], rows: rowsByLine[index] ?? [], width: width)
                .map { "width \(width), line \(index): \($0)" }
        }
    }

    /// Checks one line's rows against the rules of ``TextWrap``: the first row starts the line and
    /// only an empty line has an empty row; each row fits and is the run of source graphemes its offset
    /// names, except that a glyph wider than the row is the placeholder on a row of its own; between
    /// rows, and after the last, only breaking spaces are dropped, and all of them; and a row ends
    /// early only where the next word would not have fitted.
    static func lineWrapProblems(_ line: String, rows: [WrappedLine], width: Int) -> [String] {
        let source = Array(line)
        guard rows.first?.sourceOffset == 0 else { return ["no row starts the line"] }
        var cursor = 0
        for (index, row) in rows.enumerated() {
            let length = row.text.count
            guard row.sourceOffset >= cursor, row.sourceOffset + length <= source.count,
                  length > 0 || (source.isEmpty && index == 0)
            else { return ["row \(row) out of place after grapheme \(cursor)"] }
            if let problem = rowProblem(row, in: source, width: width, after: cursor, isFirst: index == 0) {
                return ["\(problem): \(row.text.debugDescription) at \(row.sourceOffset)"]
            }
            cursor = row.sourceOffset + length
        }
        return source[cursor...].allSatisfy(isBreakSpace) ? [] : ["graphemes after \(cursor) dropped"]
    }

    /// The rule a row within its source line breaks, if any; `cursor` is where the row before ended.
    private static func rowProblem(
        _ row: WrappedLine, in source: [Character], width: Int, after cursor: Int, isFirst: Bool
    ) -> String? {
        let offset = row.sourceOffset
        let piece = Array(row.text)
        if TextWidth.of(row.text) > width { return "row wider than \(width)" }
        if !source[cursor..<offset].allSatisfy(isBreakSpace) { return "more than break spaces dropped before" }
        guard offset < source.count else { return nil }
        if !isFirst, isBreakSpace(source[offset]) { return "row starts with a space kept from a break" }
        let original = source[offset..<(offset + piece.count)]
        if TextWidth.of(source[offset]) > width {
            let alone = piece.dropFirst().allSatisfy { TextWidth.of($0) == 0 }
            let shown = piece.first == TextWrap.placeholder && piece.dropFirst().elementsEqual(original.dropFirst())
            return alone && shown ? nil : "glyph wider than the row not shown as a placeholder on its own"
        }
        if !piece.elementsEqual(original) { return "row differs from its source graphemes" }
        let end = offset + piece.count
        if end < source.count, !nextWordOverflows(source, rowStart: offset, rowEnd: end, width: width) {
            return "row broken although the next word fitted"
        }
        return nil
    }

    /// Whether the row from `rowStart` to `rowEnd`, the spaces after it and the next word together are
    /// wider than `width`, so that the row had to end where it did.
    private static func nextWordOverflows(_ source: [Character], rowStart: Int, rowEnd: Int, width: Int) -> Bool {
        var used = 0
        var inNextWord = false
        for index in rowStart..<source.count {
            let isSpace = isBreakSpace(source[index])
            if index >= rowEnd {
                if inNextWord, isSpace { return false }
                inNextWord = inNextWord || !isSpace
            }
            used += TextWidth.of(source[index])
            if used > width { return true }
        }
        return false
    }

    /// A space a line may break at: a lone space separator other than the no-break spaces
    /// (U+00A0, U+2007, U+202F).
    static func isBreakSpace(_ grapheme: Character) -> Bool {
        guard grapheme.unicodeScalars.count == 1, let scalar = grapheme.unicodeScalars.first else { return false }
        return scalar.properties.generalCategory == .spaceSeparator && ![0x00A0, 0x2007, 0x202F].contains(scalar.value)
    }
}

// MARK: - Generation

extension HostileTextTests {
    /// SplitMix64: a tiny seeded generator, so every run builds the same texts.
    struct SplitMix64: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }

        /// One of `items`, which must not be empty.
        mutating func pick<Item>(_ items: [Item]) -> Item {
            items[Int.random(in: items.indices, using: &self)]
        }
    }

    /// Ranges that hold controls, bidi controls, marks, selectors, joiners, regional indicators,
    /// skin tones, jamo, tags, odd spaces and separators, and finally all of Unicode.
    static let dangerousRanges: [ClosedRange<UInt32>] = [
        0x00...0x1F, 0x7F...0x9F, 0x0300...0x036F, 0x0600...0x0605, 0x061C...0x061C, 0x1100...0x11FF,
        0x2000...0x206F, 0x20D0...0x20FF, 0x3000...0x3000, 0xFE00...0xFE0F, 0xFEFF...0xFEFF,
        0xFFF9...0xFFFD, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0000...0xE007F, 0x0...0x10FFFF,
    ]

    /// A scalar from one of the dangerous ranges (a surrogate value gives U+FFFD).
    static func dangerousScalar(using generator: inout SplitMix64) -> Unicode.Scalar {
        let value = UInt32.random(in: generator.pick(dangerousRanges), using: &generator)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// One piece of hostile text: a sequence, control, bidi control, script sample, break or scalars.
    static func hostilePiece(using generator: inout SplitMix64) -> String {
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: return generator.pick(escapeSequences)
        case 1: return generator.pick(controls + bidiControls)
        case 2: return generator.pick(scripts)
        case 3: return generator.pick(breaks)
        default:
            var scalars = ""
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                scalars.unicodeScalars.append(dangerousScalar(using: &generator))
            }
            return scalars
        }
    }

    /// Up to 40 hostile pieces run together.
    static func generatedText(using generator: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...40, using: &generator)).map { _ in hostilePiece(using: &generator) }.joined()
    }

    /// A slice of the fixture's scalars of up to `maxLength`, cutting sequences, pairs and CR LF anywhere.
    static func fixtureSlice(_ scalars: [Unicode.Scalar], maxLength: Int, using generator: inout SplitMix64)
        -> ArraySlice<Unicode.Scalar>
    {
        let start = Int.random(in: 0..<scalars.count, using: &generator)
        let length = Int.random(in: 0...maxLength, using: &generator)
        return scalars[start..<min(scalars.count, start + length)]
    }

    static let hostileScalars = Array(hostileLines.unicodeScalars)
    static let longLineScalars = Array((longLine + "\n" + lastLine).unicodeScalars)

    /// A slice of the fixture with pieces, other slices (of the hostile lines or the long line)
    /// spliced in and runs cut out, at random scalar positions.
    static func mutatedFixture(using generator: inout SplitMix64) -> String {
        var scalars = Array(fixtureSlice(hostileScalars, maxLength: 240, using: &generator))
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
            let position = Int.random(in: 0...scalars.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0:
                scalars.insert(contentsOf: hostilePiece(using: &generator).unicodeScalars, at: position)
            case 1:
                scalars.insert(contentsOf: fixtureSlice(hostileScalars, maxLength: 80, using: &generator), at: position)
            case 2:
                scalars.insert(contentsOf: fixtureSlice(longLineScalars, maxLength: 80, using: &generator), at: position)
            default:
                let end = min(scalars.count, position + Int.random(in: 0...20, using: &generator))
                scalars.removeSubrange(position..<end)
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
