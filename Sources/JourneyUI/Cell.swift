/// One screen cell: a grapheme (or nothing, for the columns a wide glyph covers) and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty for the trailing column(s) of a wide glyph.
    public var text: String
    /// Display width of `text` in columns: 1 or 2, or 0 for a continuation cell.
    public var width: Int
    public var style: Style

    public init(_ text: String = " ", width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell.
    public static let blank = Cell()

    /// The cell a wide glyph covers to its right.
    public static func continuation(style: Style) -> Cell { Cell("", width: 0, style: style) }

    /// Whether this cell is covered by the wide glyph to its left.
    public var isContinuation: Bool { width == 0 }
}
