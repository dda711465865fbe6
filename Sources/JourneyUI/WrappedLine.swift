/// One row of wrapped text, and where in the source it comes from.
///
/// A row is a run of the source line's graphemes, in order: the row's k-th grapheme is the source
/// line's grapheme `sourceOffset + k` (or the ``TextWrap/placeholder`` standing in for it), so a
/// search match or quoted phrase found in the source can be located in the wrapped rows.
public struct WrappedLine: Hashable, Sendable {
    /// The row's text, at most the wrap width in columns.
    public var text: String
    /// Index of the source line this row comes from.
    public var sourceLine: Int
    /// Offset, in graphemes (`Character`s), of the row's first grapheme within the source line.
    public var sourceOffset: Int

    public init(text: String, sourceLine: Int, sourceOffset: Int) {
        self.text = text
        self.sourceLine = sourceLine
        self.sourceOffset = sourceOffset
    }
}
