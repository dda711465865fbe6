/// A phrase a letter quotes, the event it cites, and where the phrase stands in the letter.
///
/// Built by ``Council/quoteLocations(in:)`` and ``Council/citations(of:)``.
public struct QuoteLocation: Sendable, Hashable, Codable {
    /// Where a phrase was found in a letter's body.
    public struct Position: Sendable, Hashable, Codable {
        /// The line's index in ``Letter/lines`` (0-based).
        public var lineIndex: Int
        /// The line in the letter's file (1-based): ``Letter/bodyLine`` + `lineIndex`.
        public var fileLine: Int
        /// Graphemes before the phrase on its line (0-based).
        public var column: Int
        /// The phrase's length in graphemes.
        public var length: Int
        /// Whether the phrase was found only by ignoring case.
        public var ignoringCase: Bool

        public init(lineIndex: Int, fileLine: Int, column: Int, length: Int, ignoringCase: Bool) {
            self.lineIndex = lineIndex
            self.fileLine = fileLine
            self.column = column
            self.length = length
            self.ignoringCase = ignoringCase
        }
    }

    public var letterID: String
    /// The event the phrase cites.
    public var eventID: String
    /// The phrase, as the letter's front matter gives it.
    public var text: String
    /// Where it stands; `nil` when it is on no single line of the body.
    public var position: Position?

    public init(letterID: String, eventID: String, text: String, position: Position?) {
        self.letterID = letterID
        self.eventID = eventID
        self.text = text
        self.position = position
    }
}
