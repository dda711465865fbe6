extension Buffer {
    /// Writes text that may come from a data file: sanitised (see ``Sanitizer``), on one line,
    /// cut with an ellipsis to `width` columns.
    ///
    /// - Returns: the column after the last cell written.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) -> Int {
        guard width > 0 else { return x }
        if text.utf8.count <= width, TextWidth.isPrintableASCII(text) {
            // Safe as it is and fits: what the general way below does, without its three passes.
            guard y >= 0, y < height else { return x }
            return writeASCII(text.utf8, x: x, y: y, style: style, end: min(self.width, x + width))
        }
        if TextWidth.isSimple(text), text.unicodeScalars.count <= width {
            // The same for text of one-column graphemes: none is a control, so it is safe too.
            guard y >= 0, y < height else { return x }
            return writeScalars(text.unicodeScalars, x: x, y: y, style: style, end: min(self.width, x + width))
        }
        let safe = TextWidth.truncate(Sanitizer.sanitize(text), to: width)
        return write(safe, x: x, y: y, style: style, limit: width)
    }

    /// Writes a row of styled pieces left to right inside `area`'s row `y`, sanitising each.
    mutating func put(_ spans: [StyledText], in area: Rect, y: Int, theme: Theme) {
        var column = area.x
        for span in spans where column < area.maxX {
            column = put(span.text, x: column, y: y, width: area.maxX - column, style: theme[span.role])
        }
    }

    /// Fills a row of `area` with blanks of a style (a highlighted line, a bar).
    mutating func fillRow(_ y: Int, of area: Rect, style: Style) {
        fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
    }
}
