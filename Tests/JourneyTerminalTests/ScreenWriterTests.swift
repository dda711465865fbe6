@testable import JourneyTerminal
import JourneyUI
import Testing

/// The screen writer with capabilities spelt as readable tokens (`<row,column>` for a cursor
/// move, `[b]` for bold, `[f 1]` for a foreground colour), so its output can be read and replayed.
@Suite("ScreenWriter")
struct ScreenWriterTests {
    static func capabilities(colours: Int = 256, defaultColours: Bool = true, lastCellScrolls: Bool = false) -> TerminalCapabilities {
        var capabilities = TerminalCapabilities(moveCursor: { Array("<\($0),\($1)>".utf8) }, resetAttributes: Array("[0]".utf8))
        (capabilities.bold, capabilities.dim) = (Array("[b]".utf8), Array("[d]".utf8))
        (capabilities.underline, capabilities.reverse) = (Array("[u]".utf8), Array("[r]".utf8))
        capabilities.lastCellScrolls = lastCellScrolls
        guard colours > 0 else { return capabilities }
        capabilities.originalColours = Array("[op]".utf8)
        capabilities.setForeground = { Array("[f \($0)]".utf8) }
        capabilities.setBackground = { Array("[g \($0)]".utf8) }
        capabilities.colourCount = colours
        capabilities.hasDefaultColours = defaultColours
        return capabilities
    }

    private func text(_ previous: Buffer?, _ next: Buffer, capabilities: TerminalCapabilities = capabilities(colours: 0),
                      screen: (width: Int, height: Int)? = nil, cursor: (x: Int, y: Int)? = nil) -> String {
        var writer = ScreenWriter(capabilities: capabilities)
        let bytes = writer.changes(from: previous, to: next, screen: screen ?? (next.width, next.height), cursor: cursor)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func buffer(_ rows: [String], width: Int = 10) -> Buffer {
        var buffer = Buffer(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { buffer.write(row, x: 0, y: y) }
        return buffer
    }

    @Test func writesOnlyWhatDiffersFromAClearedScreen() {
        var next = Buffer(width: 10, height: 3)
        next.write("ab", x: 2, y: 1)
        #expect(text(nil, next) == "<1,2>ab")
    }

    @Test func rewritesAShortGapButMovesOverALongOne() {
        let previous = buffer(["abcdefghij", "abcdefghij"])
        let next = buffer(["XbcdeFghij", "Xbcdefghi."])
        #expect(text(previous, next) == "<0,0>XbcdeF<1,0>X<1,9>.")
    }

    @Test func switchesStylesOnlyWhereTheyChangeAndEndsPlain() {
        var next = Buffer(width: 10, height: 1)
        next.write("AB", x: 0, y: 0, style: Style(attributes: [.bold, .underline]))
        next.write("c", x: 2, y: 0)
        next.write("D", x: 3, y: 0, style: Style(attributes: .reverse))
        #expect(text(nil, next) == "<0,0>[0][b][u]AB[0]c[0][r]D[0]")
    }

    @Test(arguments: [
        (256, true, "[0][op][f 1][g 200]x[0][op]"),
        (8, true, "[0][op][f 1]x[0][op]"),   // 200 is beyond 8 colours: the terminal's own
        (8, false, "[0][op][f 1][g 0]x[0][op][f 7][g 0]"),   // no default colours: white on black
        (0, true, "x"),   // monochrome: colours alone are no change
    ])
    func spellsColoursTheTerminalHas(colours: Int, defaultColours: Bool, expected: String) {
        var next = Buffer(width: 2, height: 1)
        next.write("x", x: 0, y: 0, style: Style(foreground: .red, background: .indexed(200)))
        let written = text(nil, next, capabilities: Self.capabilities(colours: colours, defaultColours: defaultColours))
        #expect(written == "<0,0>" + expected)
    }

    @Test func neverWritesAControlCharacterFromACell() {
        var next = Buffer(width: 6, height: 1)
        next[0, 0] = Cell("\u{1B}")
        next[1, 0] = Cell("\u{9B}")
        next[2, 0] = Cell("\u{7F}")
        next[3, 0] = Cell("e\u{1B}[2J")
        next[4, 0] = Cell("e\u{301}")
        let written = text(nil, next)
        #expect(written == "<0,0>????e\u{301}")
        #expect(!written.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func placesTheCursorAfreshAfterAGlyphThatIsNotASCII() {
        let next = buffer(["漢a é b"])
        // The blank between a and é is rewritten rather than jumped.
        #expect(text(nil, next) == "<0,0>漢<0,2>a é<0,6>b")
    }

    @Test func leavesOutWhatTheScreenCannotHold() {
        let next = buffer(["abcde漢", "abcdefghij"], width: 10)
        #expect(text(nil, next, screen: (6, 1)) == "<0,0>abcde")
    }

    @Test(arguments: [false, true])
    func writesTheBottomRightCellOnlyWhereThatCannotScroll(scrolls: Bool) {
        let next = buffer(["", "  xy"], width: 4)
        let written = text(nil, next, capabilities: Self.capabilities(colours: 0, lastCellScrolls: scrolls))
        #expect(written == (scrolls ? "<1,2>x" : "<1,2>xy"))
    }

    @Test func leavesTheCursorWhereTheFrameAsks() {
        let next = buffer(["ab"], width: 4)
        #expect(text(nil, next, cursor: (3, 0)) == "<0,0>ab<0,3>")
        #expect(text(next, next, cursor: (1, 0)) == "<0,1>")
    }

    @Test(arguments: [
        ("\u{1B}[m$<2>", "\u{1B}[m"), ("\u{1B}[1m$<2.5*/>x", "\u{1B}[1mx"), ("a$<x>b", "a$<x>b"), ("$<5", "$<5"),
    ])
    func dropsPadding(capability: String, expected: String) {
        #expect(TerminalCapabilities.withoutPadding(Array(capability.utf8)) == Array(expected.utf8))
    }

    /// Random frames over random screens, in colour and monochrome, on terminals that may scroll
    /// at the bottom-right cell: replaying the bytes on a model terminal gives the frame (but for
    /// that cell, left as it was where writing it would scroll).
    @Test(arguments: 0..<60)
    func replayedOutputShowsTheFrame(seed: UInt64) throws {
        var random = SplitMix(seed: seed)
        let scrolls = seed % 2 == 1
        let capabilities = Self.capabilities(colours: seed % 3 == 0 ? 0 : 8, lastCellScrolls: scrolls)
        let previous = random.next() % 4 == 0 ? nil : randomBuffer(&random)
        var next = randomBuffer(&random)
        let shown = previous ?? Buffer(width: next.width, height: next.height)
        var terminal = ModelTerminal(showing: shown, capabilities: capabilities)
        try terminal.replay(text(previous, next, capabilities: capabilities))
        let (right, bottom) = (next.width - 1, next.height - 1)
        if scrolls {   // a wide glyph ending in that cell is not written either
            if next[right, bottom].isContinuation { next[right - 1, bottom] = shown[right - 1, bottom] }
            next[right, bottom] = shown[right, bottom]
        }
        #expect(terminal.screen == ModelTerminal(showing: next, capabilities: capabilities).screen)
        #expect(terminal.attributes.isEmpty && terminal.foreground == nil && terminal.background == nil)
    }

    private func randomBuffer(_ random: inout SplitMix) -> Buffer {
        let styles = [Style.plain, Style(attributes: .bold), Style(foreground: .red),
                      Style(foreground: .white, background: .blue, attributes: .reverse)]
        let pieces = ["a", "b", "cd", " ", "漢", "é"]
        var buffer = Buffer(width: 12, height: 4)
        for y in 0..<4 {
            var x = 0
            while x < 12 {
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                x = buffer.write(piece, x: x, y: y, style: styles[Int(random.next() % UInt64(styles.count))])
            }
        }
        return buffer
    }
}

/// A small deterministic random number generator, so a failing seed can be run again.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The writer compares styles as bytes: that must agree with `==` for every pair of colours.
@Suite("ScreenWriter.sameStyle")
struct SameStyleTests {
    @Test func agreesWithEquality() {
        let named: [Style.Color] = [.default, .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
        let colours = named + (0...255).map { Style.Color.indexed(UInt8($0)) }
        let attributes: [Style.Attributes] = [[], .bold, [.dim, .reverse], [.bold, .dim, .underline, .reverse]]
        let styles = colours.flatMap { colour in
            attributes.flatMap { [Style(foreground: colour, attributes: $0), Style(background: colour, attributes: $0)] }
        }
        var disagreements = 0
        for (index, style) in styles.enumerated() {
            for other in styles[index...] where ScreenWriter.sameStyle(style, other) != (style == other) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }
}
