/// One occurrence of a search phrase in a council's events or letters.
///
/// Built by ``Council/search(_:)``. Offsets count graphemes, so the interface can highlight
/// `text[column ..< column + length]`.
public struct SearchHit: Sendable, Hashable, Codable {
    /// What holds the hit.
    public enum Owner: String, Sendable, Codable {
        case event, letter
    }

    /// The field the hit is in.
    public enum Field: String, Sendable, Codable {
        /// Of an event.
        case title, summary, person, source, judgement
        /// Of a letter.
        case subject, from, to, cc, body
    }

    public var owner: Owner
    /// The event's or the letter's id.
    public var ownerID: String
    public var field: Field
    /// Which person, source, judgement or copy recipient (0-based); `nil` for single fields.
    public var index: Int?
    /// The line within the field (1-based); for a letter's body, the line of the body.
    public var line: Int
    /// For a letter's body, the line in the letter's file (``Letter/bodyLine`` + `line` − 1).
    public var fileLine: Int?
    /// Graphemes before the match in `text` (0-based).
    public var column: Int
    /// The match's length in graphemes.
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
    /// it when the match itself is too long.
    static func context(of text: String, around match: Range<Int>) -> (text: String, column: Int) {
        let graphemes = Array(text)
        guard graphemes.count > contextWidth else { return (text, match.lowerBound) }
        let slack = max(0, contextWidth - match.count)
        let start = max(0, min(match.lowerBound - slack / 2, graphemes.count - contextWidth))
        let end = min(graphemes.count, start + contextWidth)
        let lead = start > 0 ? "…" : ""
        let trail = end < graphemes.count ? "…" : ""
        return (lead + String(graphemes[start..<end]) + trail, match.lowerBound - start + (lead.isEmpty ? 0 : 1))
    }
}
