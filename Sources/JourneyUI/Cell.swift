/// One screen cell: a grapheme (or nothing, for the columns a wide glyph covers) and its style.
///
/// A cell is a plain value of a few bytes: a grapheme of one scalar (nearly every one) is held as
/// that scalar, a longer one as its index in the ``GraphemeTable``, so making, copying and
/// comparing the thousands of cells of a frame allocates and counts no references.
public struct Cell: Hashable, Sendable {
    /// The scalar of a one-scalar grapheme; ``emptyGlyph``; or ``tableTag`` and a table index.
    private var glyph: UInt32
    private var columns: UInt8
    public var style: Style

    /// What `glyph` holds for a continuation cell's empty text (above every scalar).
    private static let emptyGlyph: UInt32 = 0x11_0000
    /// The bit that marks `glyph` as an index into the ``GraphemeTable``.
    private static let tableTag: UInt32 = 0x8000_0000

    public init(_ text: String = " ", width: Int = 1, style: Style = .plain) {
        glyph = Self.glyph(of: text)
        columns = UInt8(clamping: width)
        self.style = style
    }

    /// A cell of one scalar, without making its text.
    init(_ scalar: Unicode.Scalar, width: Int, style: Style) {
        glyph = scalar.value
        columns = UInt8(clamping: width)
        self.style = style
    }

    /// The grapheme drawn here; empty for the trailing column(s) of a wide glyph.
    public var text: String {
        get {
            if let scalar { return String(Character(scalar)) }
            return glyph == Self.emptyGlyph ? "" : GraphemeTable.grapheme(at: glyph & ~Self.tableTag)
        }
        set { glyph = Self.glyph(of: newValue) }
    }

    /// The grapheme's scalar when it is a single one, as nearly every cell's is: what a backend
    /// draws without making the text.
    public var scalar: Unicode.Scalar? {
        glyph < Self.emptyGlyph ? Unicode.Scalar(glyph) : nil
    }

    /// Display width of `text` in columns: 1 or 2, or 0 for a continuation cell.
    public var width: Int {
        get { Int(columns) }
        set { columns = UInt8(clamping: newValue) }
    }

    /// A blank cell.
    public static let blank = Cell()

    /// The cell a wide glyph covers to its right.
    public static func continuation(style: Style) -> Cell { Cell("", width: 0, style: style) }

    /// Whether this cell is covered by the wide glyph to its left.
    public var isContinuation: Bool { columns == 0 }

    private static func glyph(of text: String) -> UInt32 {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return emptyGlyph }
        if scalars.next() == nil { return first.value }
        return tableTag | GraphemeTable.index(of: text)
    }
}
