/// One occurrence of a search phrase in a council's events, letters, reports or the advisor's notes.
///
/// Built by ``Council/search(_:)``. Offsets count graphemes, so the interface can highlight
/// `text[column ..< column + length]`.
public struct SearchHit: Sendable, Hashable, Codable {
    /// What holds the hit.
    public enum Owner: String, Sendable, Codable, CaseIterable {
        case event, letter, report
        /// An advisor's note (``ReviewSnapshot/search(_:)``): `ownerID` is the note's number,
        /// `eventID` the event it is on, if any.
        case note
    }

    /// The field the hit is in.
    public enum Field: String, Sendable, Codable, CaseIterable {
        /// Of an event.
        case title, summary, person, source, judgement
        /// Of a letter.
        case subject, from, to, cc, body
        /// Of a report or a note: its text.
        case text
    }

    public var owner: Owner
    /// The event's, the letter's or the report's id.
    public var ownerID: String
    /// For a report, the event it belongs to.
    public var eventID: String?
    /// For a report, the page (1-based) the match starts on.
    public var page: Int?
    public var field: Field
    /// Which person, source, judgement or copy recipient (0-based); `nil` for single fields.
    public var index: Int?
    /// The line within the field (1-based); for a letter's body, the line of the body; for a
    /// report, the line of the page.
    public var line: Int
    /// For a letter's body or a report, the line in its file.
    public var fileLine: Int?
    /// Graphemes before the match in `text` (0-based).
    public var column: Int
    /// The match's length in graphemes; a report's match that runs on to later lines is cut at
    /// the end of its first.
    public var length: Int
    /// The whole line the match is on, for highlighting.
    public var text: String
    /// At most ``SearchHit/contextWidth`` graphemes of `text` around the match, with `…` where cut.
    public var context: String
    /// Graphemes before the match in `context`.
    public var contextColumn: Int

    /// The most graphemes of a line that `context` keeps, not counting the `…` marks.
    public static let contextWidth = 80

    /// Makes a hit, cutting `context` out of `text`.
    public init(owner: Owner, ownerID: String, field: Field, index: Int? = nil, line: Int, fileLine: Int? = nil,
                match: Range<Int>, text: String) {
        self.owner = owner
        self.ownerID = ownerID
        self.field = field
        self.index = index
        self.line = line
        self.fileLine = fileLine
        column = match.lowerBound
        length = match.count
        self.text = text
        (context, contextColumn) = SearchHit.context(of: text, around: match)
    }

    /// A window of `text` about the match: centred on it when the line is too long, starting at
    /// it when the match itself is too long. A cut end moves to the nearest word boundary inside
    /// the window, so the context never starts or ends in the middle of a word (unless one word
    /// fills the whole window, or the match itself begins or ends mid-word).
    ///
    /// A line of ASCII without a CR, where every byte is a grapheme, is cut byte by byte.
    static func context(of text: String, around match: Range<Int>) -> (text: String, column: Int) {
        // No more bytes than the width: no more graphemes either.
        guard text.utf8.count > contextWidth else { return (text, match.lowerBound) }
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else {
            return context(of: bytes, around: match, space: 0x20, isBlank: { $0 == 0x09 || $0 == 0x20 },
                           isWhitespace: { $0 == 0x20 || (0x09...0x0D).contains($0) },
                           string: { String(decoding: $0, as: UTF8.self) })
        }
        let scalars = Array(text.unicodeScalars)
        if scalars.allSatisfy(isGraphemeOfItsOwn) {
            guard scalars.count > contextWidth else { return (text, match.lowerBound) }
            // Where each scalar starts among the bytes, so that the context is cut from them.
            let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
            return context(of: scalars, around: match, space: " ",
                           isBlank: { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator },
                           isWhitespace: { $0.isASCII ? $0 == " " || (0x09...0x0D).contains($0.value) : $0.properties.isWhitespace },
                           string: { String(decoding: bytes[starts[$0.startIndex]..<starts[$0.endIndex]], as: UTF8.self) })
        }
        let graphemes = Array(text)
        guard graphemes.count > contextWidth else { return (text, match.lowerBound) }
        return context(of: graphemes, around: match, space: " ", isBlank: isBlank,
                       isWhitespace: \.isWhitespace, string: { String($0) })
    }

    /// Whether a scalar is a grapheme of its own beside any other such scalar, so that a line
    /// of them is cut scalar by scalar, without breaking graphemes: ASCII but CR, Latin letters
    /// with their accents precomposed (U+00A0-U+024F), and the punctuation of U+2010-U+2027 and
    /// U+2030-U+205E (dashes, curly quotes, the ellipsis). None of them extends or joins another.
    static func isGraphemeOfItsOwn(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0x7F, 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }

    /// ``context(of:around:)`` on the graphemes (or bytes) of a line longer than the width:
    /// blanks (tabs and space separators) are trimmed at either end, words end at whitespace,
    /// and `string` makes text.
    static func context<Unit: Equatable>(
        of graphemes: [Unit], around match: Range<Int>, space: Unit, isBlank: (Unit) -> Bool,
        isWhitespace: (Unit) -> Bool, string: (ArraySlice<Unit>) -> String
    ) -> (text: String, column: Int) {
        let slack = max(0, contextWidth - match.count)
        var start = max(0, min(match.lowerBound - slack / 2, graphemes.count - contextWidth))
        var end = min(graphemes.count, start + contextWidth)
        start = wordStart(in: graphemes, from: start, limit: min(match.lowerBound, end), isWhitespace: isWhitespace)
        end = wordEnd(in: graphemes, before: end, limit: max(match.upperBound, start), isWhitespace: isWhitespace)
        let lead = start > 0 ? "…" : ""
        let trail = end < graphemes.count ? "…" : ""
        var body = graphemes[start..<end]
        while let first = body.first, isBlank(first) { body.removeFirst() }
        while let last = body.last, isBlank(last) { body.removeLast() }
        let dropped = graphemes[start..<end].prefix { $0 == space }.count
        return (lead + string(body) + trail, match.lowerBound - start - dropped + (lead.isEmpty ? 0 : 1))
    }

    /// Whether a grapheme is a blank (a tab or a space separator), trimmed from a context's
    /// ends; by hand, as `trimmingCharacters(in: .whitespaces)` goes through NSString for every hit.
    static func isBlank(_ character: Character) -> Bool {
        character == "\t" || (character.unicodeScalars.count == 1
            && character.unicodeScalars.first!.properties.generalCategory == .spaceSeparator)
    }

    /// `start`, or the first word start after it (not past `limit`) when it falls inside a word.
    private static func wordStart<Unit>(in graphemes: [Unit], from start: Int, limit: Int,
                                        isWhitespace: (Unit) -> Bool) -> Int {
        guard start > 0, !isWhitespace(graphemes[start - 1]), !isWhitespace(graphemes[start]) else { return start }
        var index = start
        while index < limit, !isWhitespace(graphemes[index]) { index += 1 }
        guard index < limit else { return start }
        return index + 1
    }

    /// `end`, or the last word end before it (not before `limit`) when it falls inside a word.
    private static func wordEnd<Unit>(in graphemes: [Unit], before end: Int, limit: Int,
                                      isWhitespace: (Unit) -> Bool) -> Int {
        guard end < graphemes.count, !isWhitespace(graphemes[end]), !isWhitespace(graphemes[end - 1]) else { return end }
        var index = end
        while index > limit, !isWhitespace(graphemes[index - 1]) { index -= 1 }
        guard index > limit else { return end }
        return index - 1
    }
}
