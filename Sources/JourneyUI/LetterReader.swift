import JourneyModel

/// The reader's state: the letter or report laid out, the scroll position, the search and the
/// focused quote.
public struct LetterReader: Equatable, Sendable {
    public var source: ReaderSource
    /// The source laid out for the current width (rebuilt when the width changes).
    public var document: LetterDocument
    /// The first row shown.
    public var scroll = 0
    /// The `/` or `?` line being typed, if any.
    public var prompt: TextPrompt?
    /// Whether the search runs backward (`?`): `n` then goes up and `N` down.
    public var searchesBackward = false
    /// The last search term, its matches, and the current one.
    public var term: String?
    public var matches: [Range<Int>] = []
    public var currentMatch: Int?
    /// The focused quoted phrase (an index into the document's quotes).
    public var quoteFocus: Int?

    /// Opens a letter or a report laid out for a text width.
    public init(_ source: ReaderSource, width: Int) {
        self.source = source
        document = LetterDocument(source, width: width)
    }

    /// Opens a letter laid out for a text width.
    public init(letter: Letter, width: Int) {
        self.init(.letter(letter), width: width)
    }

    /// The letter, when a letter is shown.
    public var letter: Letter? {
        if case .letter(let letter) = source { return letter }
        return nil
    }

    /// For a report, the page holding the top row shown.
    public var page: Int? {
        guard case .report = source else { return nil }
        let marker = document.rows.prefix(scroll + 1).last { $0.kind == .pageMarker }
        return marker.flatMap { Int($0.text.dropFirst(8).prefix { $0.isNumber }) } ?? 1
    }

    /// The text width the reader uses on a screen of `size`: one column of margin each side.
    public static func textWidth(for size: Size) -> Int { max(0, size.width - 2) }

    /// Rows of text visible on a screen of `size`.
    public func visibleRows(on size: Size) -> Int {
        PageLayout(size: size, hasPrompt: prompt != nil).body.height
    }

    /// The largest useful scroll position.
    public func maxScroll(on size: Size) -> Int {
        max(0, document.rows.count - visibleRows(on: size))
    }

    /// "line 12 of 40, 40%": the letter's own line at the top of the screen (as search hits and
    /// `journey read` number them, not rows of the wrapped screen), its lines in all, and how far
    /// the bottom of the screen has got.
    public func position(on size: Size) -> String {
        let rows = document.rows
        guard !rows.isEmpty else { return "empty" }
        let bottom = min(rows.count, scroll + visibleRows(on: size))
        let top = rows[min(scroll, rows.count - 1)...].lazy.compactMap(\.line).first ?? document.lines.count - 1
        return "line \(top + 1) of \(document.lines.count), \(bottom * 100 / rows.count)%"
    }

    /// The letter's own line (1-based) of a text position, for "match 1 of 3 at line 19".
    public func line(of position: Int) -> Int {
        (document.rows[document.row(of: position)].line ?? 0) + 1
    }
}
