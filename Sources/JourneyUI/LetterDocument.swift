import JourneyModel

/// A letter laid out for the reader at a width: its header block and its text, sanitised and
/// wrapped, with the quoted phrases located.
///
/// Positions in the text are grapheme indices into the body's sanitised lines joined by one
/// separator each, so a match or quote may run across a line break of the file.
public struct LetterDocument: Hashable, Sendable {
    /// One screen row.
    public struct Row: Hashable, Sendable {
        /// A header label such as `From:`, drawn before `text`; empty for text rows.
        public var label: String
        public var text: String
        /// Where the row's first grapheme is in the body, or nil for header rows.
        public var position: Int?
        /// The body line (0-based) the row shows part of, or nil for header rows.
        public var line: Int? = nil
    }

    /// A quoted phrase located in the text, and the event it cites.
    public struct QuoteSpan: Hashable, Sendable {
        public var range: Range<Int>
        public var eventID: String
        /// The phrase as the letter's front matter gives it.
        public var text: String
    }

    /// Columns of the header labels.
    static let labelWidth = 11

    public let width: Int
    public let rows: [Row]
    /// The body's sanitised lines, and where each starts in the joined text.
    public let lines: [String]
    private let lineStarts: [Int]
    /// The body's sanitised lines joined by line feeds: what positions index.
    private let text: String
    public let quotes: [QuoteSpan]

    /// Lays out a letter for `width` columns.
    public init(letter: Letter, width: Int) {
        self.width = max(0, width)
        lines = Sanitizer.lines(letter.body)
        var starts: [Int] = []
        var next = 0
        for line in lines {
            starts.append(next)
            next += line.count + 1
        }
        lineStarts = starts
        let bodyRows = TextWrap.wrap(lines: lines, width: self.width).map { wrapped in
            Row(label: "", text: wrapped.text, position: starts[wrapped.sourceLine] + wrapped.sourceOffset,
                line: wrapped.sourceLine)
        }
        rows = LetterDocument.headerRows(letter, width: self.width) + bodyRows
        let joined = lines.joined(separator: "\n")
        text = joined
        quotes = letter.quotes.compactMap { quote in
            TextFolding.loose.occurrences(of: Sanitizer.sanitize(quote.text), in: joined).first
                .map { QuoteSpan(range: $0, eventID: quote.eventID, text: quote.text) }
        }
    }

    /// Every occurrence of `term` in the text, ignoring case, accents and kinds of whitespace.
    public func matches(of term: String) -> [Range<Int>] {
        TextFolding.loose.occurrences(of: Sanitizer.sanitize(term), in: text)
    }

    /// The row on which a text position is shown.
    public func row(of position: Int) -> Int {
        rows.lastIndex { ($0.position ?? Int.max) <= position } ?? 0
    }

    /// The row where a source line (0-based, of the body) starts.
    public func row(ofLine line: Int) -> Int {
        guard lineStarts.indices.contains(line) else { return line < 0 ? 0 : max(0, rows.count - 1) }
        return row(of: lineStarts[line])
    }

    /// The header block: from, to, date, reference, subject, cc, then a blank row.
    private static func headerRows(_ letter: Letter, width: Int) -> [Row] {
        let fields: [(String, String?)] = [
            ("From:", letter.from), ("To:", letter.to), ("Date:", letter.date.text),
            ("Reference:", letter.reference), ("Subject:", letter.subject),
            ("Cc:", letter.cc.isEmpty ? nil : letter.cc.joined(separator: "; ")),
        ]
        let valueWidth = max(1, width - labelWidth)
        var rows: [Row] = []
        for case let (label, value?) in fields {
            let wrapped = TextWrap.wrap(lines: [Sanitizer.sanitize(value)], width: valueWidth)
            for (index, piece) in wrapped.enumerated() {
                rows.append(Row(label: index == 0 ? label : "", text: piece.text, position: nil))
            }
        }
        return rows + [Row(label: "", text: "", position: nil)]
    }
}
