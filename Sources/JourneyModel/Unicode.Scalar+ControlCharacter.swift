extension Unicode.Scalar {
    /// Whether the scalar is a control character, which a terminal may act on instead of
    /// drawing: a C0 control (U+0000–U+001F), DEL (U+007F) or a C1 control (U+0080–U+009F,
    /// among them the 8-bit CSI U+009B). These are exactly Unicode's general category Cc,
    /// tested here without a property lookup.
    ///
    /// The one rule for every place that keeps controls away from a terminal or a file: the
    /// sanitiser, the width of a scalar, the screen writer's cells, YAML and JSON escapes.
    /// Inlinable: it is asked for every cell written and every scalar measured.
    @inlinable
    public var isControlCharacter: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
