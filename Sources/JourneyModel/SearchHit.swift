/// One occurrence of a search phrase in a council's events, letters, reports or the advisor's notes.
///
/// Built by ``Council/search(_:)``. Offsets count graphemes, so the interface can highlight
/// `text[column ..< column + length]`.
public struct SearchHit: Sendable, Hashable, Codable {
    /// What holds the hit.
    public enum Owner: String, Sendable, Codable {
        case event, letter, report
        /// An advisor's note (``ReviewSnapshot/search(_:)``): `ownerID` is the note's number,
        /// `eventID` the event it is on, if any.
        case note
    }

    /// The field the hit is in.
    public enum Field: String, Sendable, Codable {
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
    static func context(of text: String, around match: Range<Int>) -> (text: String, column: Int) {
        let graphemes = Array(text)
        guard graphemes.count > contextWidth else { return (text, match.lowerBound) }
        let slack = max(0, contextWidth - match.count)
        var start = max(0, min(match.lowerBound - slack / 2, graphemes.count - contextWidth))
        var end = min(graphemes.count, start + contextWidth)
        start = wordStart(in: graphemes, from: start, limit: min(match.lowerBound, end))
        end = wordEnd(in: graphemes, before: end, limit: max(match.upperBound, start))
        let lead = start > 0 ? "…" : ""
        let trail = end < graphemes.count ? "…" : ""
        let body = trimmed(graphemes[start..<end])
        let dropped = graphemes[start..<end].prefix { $0 == " " }.count
        return (lead + body + trail, match.lowerBound - start - dropped + (lead.isEmpty ? 0 : 1))
    }

    /// The graphemes as a string without the blanks (spaces and tabs) at either end; by hand,
    /// as `trimmingCharacters(in: .whitespaces)` goes through NSString for every hit.
    private static func trimmed(_ graphemes: ArraySlice<Character>) -> String {
        let isBlank = { (character: Character) in
            character == "\t" || (character.unicodeScalars.count == 1
                && character.unicodeScalars.first!.properties.generalCategory == .spaceSeparator)
        }
        var slice = graphemes
        while let first = slice.first, isBlank(first) { slice.removeFirst() }
        while let last = slice.last, isBlank(last) { slice.removeLast() }
        var text = ""
        for grapheme in slice { text.append(grapheme) }
        return text
    }

    /// `start`, or the first word start after it (not past `limit`) when it falls inside a word.
    private static func wordStart(in graphemes: [Character], from start: Int, limit: Int) -> Int {
        guard start > 0, !graphemes[start - 1].isWhitespace, !graphemes[start].isWhitespace else { return start }
        var index = start
        while index < limit, !graphemes[index].isWhitespace { index += 1 }
        guard index < limit else { return start }
        return index + 1
    }

    /// `end`, or the last word end before it (not before `limit`) when it falls inside a word.
    private static func wordEnd(in graphemes: [Character], before end: Int, limit: Int) -> Int {
        guard end < graphemes.count, !graphemes[end].isWhitespace, !graphemes[end - 1].isWhitespace else { return end }
        var index = end
        while index > limit, !graphemes[index - 1].isWhitespace { index -= 1 }
        guard index > limit else { return end }
        return index - 1
    }
}
