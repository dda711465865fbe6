/// The letter reader: the header block and the wrapped text, with search matches and quoted
/// phrases highlighted, and the `/` or `?` line while one is typed.
enum LetterView {
    static func render(_ state: AppState, into buffer: inout Buffer, theme: Theme) -> (x: Int, y: Int)? {
        guard let reader = state.reader else { return nil }
        let layout = PageLayout(size: state.size, hasPrompt: reader.prompt != nil)
        buffer.put([StyledText("Letter: ", .label), StyledText(reader.letter.subject, .title)],
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
        let before = reader.document.rows[rowIndex].text.prefix(max(0, position - start))
        return (min(area.maxX - 1, area.x + TextWidth.of(String(before))), area.y + rowIndex - reader.scroll)
    }

    private static func draw(_ row: LetterDocument.Row, reader: LetterReader, area: Rect, y: Int,
                             into buffer: inout Buffer, theme: Theme) {
        guard let start = row.position else {
            buffer.put([StyledText(DateText.padded(row.label, to: LetterDocument.labelWidth), .label),
                        StyledText(row.text)], in: area, y: y, theme: theme)
            return
        }
        var x = area.x
        for run in runs(of: row.text, from: start, reader: reader) {
            x = buffer.put(run.text, x: x, y: y, width: area.maxX - x, style: theme[run.role])
        }
    }

    /// The row's text cut into runs of one role: current match, match, focused quote, quote or plain.
    static func runs(of text: String, from start: Int, reader: LetterReader) -> [StyledText] {
        var runs: [StyledText] = []
        for (offset, character) in text.enumerated() {
            let role = self.role(at: start + offset, reader: reader)
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
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= position {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < ranges.count && ranges[low].contains(position)
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
