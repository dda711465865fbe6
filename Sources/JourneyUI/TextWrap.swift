/// Wraps lines of sanitised text (see ``Sanitizer``) into rows of at most a given number of columns.
///
/// Rules:
/// - A line breaks at the last space that lets the row fit. The spaces at a break are dropped (they
///   belong to neither row); spaces at the start of a source line (indentation) are kept.
/// - A word wider than the row is broken between graphemes, so CJK text, which has no spaces,
///   breaks between ideographs. A grapheme is never split, so an emoji ZWJ sequence or flag stays whole.
/// - A row never exceeds the width. A glyph wider than the whole row (a wide glyph at width 1) is
///   shown as ``placeholder`` on a row of its own.
/// - An empty source line gives one empty row, so paragraphs stay apart.
/// - A width of 0 or less gives no rows.
///
/// Each row records its source line and grapheme offset (``WrappedLine``), so the letter reader can
/// highlight matches and scroll to a line of the letter.
public enum TextWrap {
    /// Stands in for a glyph too wide for the row; it takes one column.
    public static let placeholder: Character = "?"

    /// Wraps each line to `width` columns; rows come in source order.
    public static func wrap(lines: [String], width: Int) -> [WrappedLine] {
        guard width > 0 else { return [] }
        return lines.enumerated().flatMap { index, line in
            wrap(line, width: width, sourceLine: index)
        }
    }

    /// Wraps one line to `width` columns, tagging the rows with `sourceLine`.
    public static func wrap(_ line: String, width: Int, sourceLine: Int = 0) -> [WrappedLine] {
        guard width > 0 else { return [] }
        if TextWidth.isPrintableASCII(line) {
            return wrapASCII(Array(line.utf8), width: width, sourceLine: sourceLine)
        }
        return wrapGraphemes(line, width: width, sourceLine: sourceLine, scalarsAreGraphemes: TextWidth.isSimple(line))
    }

    /// The rules grapheme by grapheme, for any text (and, in tests, to check the ASCII path).
    /// When each scalar is a one-column grapheme (``TextWidth/isSimple(_:)-(String)``), the
    /// graphemes are its scalars, found without grapheme breaking or property lookups.
    static func wrapGraphemes(_ line: String, width: Int, sourceLine: Int,
                              scalarsAreGraphemes: Bool = false) -> [WrappedLine] {
        let graphemes = scalarsAreGraphemes ? line.unicodeScalars.map(Character.init) : Array(line)
        let widths = scalarsAreGraphemes ? Array(repeating: 1, count: graphemes.count) : graphemes.map { TextWidth.of($0) }
        var rows: [WrappedLine] = []
        var start = 0
        repeat {
            let row = nextRow(graphemes, widths: widths, from: start, width: width)
            rows.append(WrappedLine(text: row.text, sourceLine: sourceLine, sourceOffset: start))
            start = row.resume
        } while start < graphemes.count
        return rows
    }

    /// The same rules for printable ASCII, where every byte is a grapheme one column wide and
    /// the only breaking space is the space: no grapheme breaking or property lookups.
    private static func wrapASCII(_ bytes: [UInt8], width: Int, sourceLine: Int) -> [WrappedLine] {
        let space = UInt8(ascii: " ")
        var rows: [WrappedLine] = []
        var start = 0
        repeat {
            let fitEnd = min(bytes.count, start + width)
            var end = fitEnd
            if fitEnd < bytes.count, let found = (start + 1...fitEnd).last(where: { bytes[$0] == space }) {
                var trimmed = found
                while trimmed > start, bytes[trimmed - 1] == space { trimmed -= 1 }
                if trimmed > start { end = trimmed }
            }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            rows.append(WrappedLine(text: text, sourceLine: sourceLine, sourceOffset: start))
            start = fitEnd == bytes.count ? fitEnd : (bytes[end...].firstIndex { $0 != space } ?? bytes.count)
        } while start < bytes.count
        return rows
    }

    // MARK: - Breaking

    /// The row starting at grapheme `start`, and the grapheme the following row starts at.
    private static func nextRow(
        _ graphemes: [Character], widths: [Int], from start: Int, width: Int
    ) -> (text: String, resume: Int) {
        let fitEnd = fittingEnd(widths, from: start, width: width)
        if fitEnd == graphemes.count {
            return (joined(graphemes[start...]), fitEnd)
        }
        if fitEnd == start {
            let end = endOfZeroWidthRun(widths, from: start + 1)
            return (String(placeholder) + joined(graphemes[(start + 1)..<end]), endOfSpaces(graphemes, from: end))
        }
        let end = softBreak(graphemes, from: start, fitEnd: fitEnd) ?? fitEnd
        return (joined(graphemes[start..<end]), endOfSpaces(graphemes, from: end))
    }

    /// The graphemes as one string, appended one by one (`String(slice)` goes through the
    /// unspecialised generic initialiser: ten times the work).
    private static func joined(_ graphemes: ArraySlice<Character>) -> String {
        var text = ""
        for grapheme in graphemes { text.append(grapheme) }
        return text
    }

    /// The end of the longest run of graphemes from `start` that fits in `width` columns.
    private static func fittingEnd(_ widths: [Int], from start: Int, width: Int) -> Int {
        var end = start
        var used = 0
        while end < widths.count, used + widths[end] <= width {
            used += widths[end]
            end += 1
        }
        return end
    }

    /// Where to end a row at a space, dropping the spaces there; nil if the row has no such space.
    private static func softBreak(_ graphemes: [Character], from start: Int, fitEnd: Int) -> Int? {
        guard let space = (start + 1...fitEnd).last(where: { isBreakingSpace(graphemes[$0]) }) else {
            return nil
        }
        var end = space
        while end > start, isBreakingSpace(graphemes[end - 1]) { end -= 1 }
        return end > start ? end : nil
    }

    private static func endOfSpaces(_ graphemes: [Character], from start: Int) -> Int {
        graphemes[start...].firstIndex { !isBreakingSpace($0) } ?? graphemes.count
    }

    private static func endOfZeroWidthRun(_ widths: [Int], from start: Int) -> Int {
        widths[start...].firstIndex { $0 > 0 } ?? widths.count
    }

    /// A space that allows a line break: a space separator other than the no-break spaces.
    private static func isBreakingSpace(_ grapheme: Character) -> Bool {
        guard grapheme.unicodeScalars.count == 1, let scalar = grapheme.unicodeScalars.first else {
            return false
        }
        return scalar.properties.generalCategory == .spaceSeparator && !noBreakSpaces.contains(scalar.value)
    }

    /// NO-BREAK SPACE, FIGURE SPACE and NARROW NO-BREAK SPACE (an array: three values need no
    /// hashing, and a set's first use costs the runtime a scan of every conformance in the binary).
    private static let noBreakSpaces: [UInt32] = [0x00A0, 0x2007, 0x202F]
}
