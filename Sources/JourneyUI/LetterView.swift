import JourneyModel

/// The reader, for letters and reports: a letter's header block and wrapped text (its markup
/// drawn as underline and bold), or a report's pages with their markers, headings and tables;
/// search matches and quoted phrases highlighted, and the `/` or `?` line while one is typed.
enum LetterView {
    static func render(_ state: AppState, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        guard let reader = state.reader else { return nil }
        let layout = PageLayout(size: state.size, hasPrompt: reader.prompt != nil)
        buffer.put([StyledText("\(reader.source.kindLabel): ", .label), StyledText(Sanitizer.sanitize(reader.source.title), .title)],
                   in: layout.title, y: layout.title.y, theme: theme)
        let text = Rect(x: layout.body.x + 1, y: layout.body.y, width: LetterReader.textWidth(for: state.size),
                        height: layout.body.height)
        let rows = reader.document.rows.dropFirst(reader.scroll).prefix(text.height)
        for (offset, row) in rows.enumerated() {
            draw(row, reader: reader, area: text, y: text.y + offset, into: &buffer, theme: theme)
        }
        if let prompt = reader.prompt, let area = layout.prompt {
            return PromptLine.render(prompt, area: area, into: &buffer, theme: theme)
        }
        return focusCursor(reader, area: text) ?? (layout.body.x, layout.body.y)
    }

    /// Where the hardware cursor goes so that screen readers follow the reader: on the current
    /// match, else on the focused quote, when it is on screen.
    static func focusCursor(_ reader: LetterReader, area: Rect) -> (x: Int, y: Int)? {
        let match = reader.currentMatch.flatMap { reader.matches.indices.contains($0) ? reader.matches[$0] : nil }
        let quote = reader.quoteFocus.flatMap {
            reader.document.quotes.indices.contains($0) ? reader.document.quotes[$0].range : nil
        }
        guard let position = (match ?? quote)?.lowerBound else { return nil }
        let rowIndex = reader.document.row(of: position)
        guard (reader.scroll..<(reader.scroll + area.height)).contains(rowIndex),
              let start = reader.document.rows[rowIndex].position else { return nil }
        let row = reader.document.rows[rowIndex]
        let before = row.text.prefix(max(0, position - start))
        return (min(area.maxX - 1, area.x + row.indent + TextWidth.of(String(before))), area.y + rowIndex - reader.scroll)
    }

    private static func draw(_ row: LetterDocument.Row, reader: LetterReader, area: Rect, y: Int,
                             into buffer: inout Buffer, theme: Theme) {
        guard let start = row.position else {
            if row.kind == .pageMarker {
                buffer.put(row.text, x: area.x, y: y, width: area.width, style: theme[.pageMarker])
            } else {
                buffer.put([StyledText(DateText.padded(row.label, to: LetterDocument.labelWidth), .label),
                            StyledText(row.text)], in: area, y: y, theme: theme)
            }
            return
        }
        var x = area.x + row.indent
        for run in runs(of: row, from: start, reader: reader) {
            x = buffer.put(run.text, x: x, y: y, width: area.maxX - x, style: theme[run.role])
        }
    }

    /// The row's text cut into runs of one role: current match, match, focused quote, quote, or
    /// the row's own (heading, underlined, strong, dim furniture, plain).
    static func runs(of row: LetterDocument.Row, from start: Int, reader: LetterReader) -> [StyledText] {
        var runs: [StyledText] = []
        let base: StyleRole = row.kind == .heading ? .heading : (row.kind == .furniture ? .dim : .text)
        for (offset, character) in row.text.enumerated() {
            var role = self.role(at: start + offset, reader: reader)
            if role == .text { role = row.spans.last { $0.range.contains(offset) }.map(emphasisRole) ?? base }
            if let last = runs.last, last.role == role {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append(StyledText(String(character), role))
            }
        }
        return runs
    }

    /// Whether a position falls in one of `ranges`, which are sorted and do not overlap (as
    /// matches are): a binary search, since a long letter can hold thousands of matches.
    static func contains(_ ranges: [Range<Int>], _ position: Int) -> Bool {
        let first = ranges.partitionPoint { $0.upperBound > position }
        return first < ranges.count && ranges[first].contains(position)
    }

    private static func emphasisRole(_ span: InlineMarkup.Span) -> StyleRole {
        span.emphasis == .strong ? .strong : .underlined
    }

    private static func role(at position: Int, reader: LetterReader) -> StyleRole {
        if let current = reader.currentMatch, reader.matches.indices.contains(current),
           reader.matches[current].contains(position) { return .currentMatch }
        if contains(reader.matches, position) { return .match }
        let quotes = reader.document.quotes
        if let focus = reader.quoteFocus, quotes.indices.contains(focus), quotes[focus].range.contains(position) {
            return .focusedQuote
        }
        return quotes.contains { $0.range.contains(position) } ? .quote : .text
    }
}
