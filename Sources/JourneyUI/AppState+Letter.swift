import JourneyModel

extension AppState {
    /// Opens a letter at its top, over the screen on top; q goes back to that screen.
    mutating func openLetter(_ letter: Letter) {
        readers.append(LetterReader(letter: letter, width: LetterReader.textWidth(for: size)))
        screens.append(.letter)
    }

    /// Focuses a quoted phrase of the open letter, by its text, and scrolls to it.
    mutating func focusQuote(_ text: String) {
        guard var reader, let index = reader.document.quotes.firstIndex(where: { $0.text == text }) else { return }
        reader.quoteFocus = index
        reveal(reader.document.quotes[index].range.lowerBound, in: &reader)
        self.reader = reader
    }

    mutating func applyLetter(_ command: Command) {
        guard var reader else { return }
        switch command {
        case .back: goBack(); return
        case .open: followQuote(); return
        case .searchForward, .searchBackward:
            reader.searchesBackward = command == .searchBackward
            reader.prompt = TextPrompt(label: command == .searchBackward ? "?" : "/")
        case .cancel: reader.prompt = nil
        case .deleteBackward: reader.prompt?.deleteBackward()
        case .submit: submitLetterSearch(&reader); self.reader = reader; return
        case .nextMatch, .previousMatch: stepMatch(&reader, forward: (command == .nextMatch) != reader.searchesBackward)
        case .nextQuote, .previousQuote: stepQuote(&reader, forward: command == .nextQuote)
        case .nextPage, .previousPage: turnPage(&reader, forward: command == .nextPage)
        default:
            if let moved = Scrolling.offset(reader.scroll, by: command, visible: reader.visibleRows(on: size),
                                            maxScroll: reader.maxScroll(on: size)) {
                reader.scroll = moved
            }
        }
        self.reader = reader
    }

    /// Runs a search from the whole-file search: highlights the term and makes current the
    /// first match at or after a body line (0-based), or just highlights when `line` is nil.
    mutating func findInLetter(_ term: String, fromLine line: Int?) {
        guard let reader else { return }
        find(term, fromRow: line.map { reader.document.row(ofLine: $0) })
    }

    /// Runs a search in an open report from a text position (a search hit's line).
    mutating func findInLetter(_ term: String, fromPosition position: Int) {
        guard let reader else { return }
        find(term, fromRow: reader.document.row(of: position))
    }

    private mutating func find(_ term: String, fromRow row: Int?) {
        guard var reader else { return }
        reader.term = term
        reader.searchesBackward = false
        reader.matches = reader.document.matches(of: term)
        if let row {
            reader.currentMatch = reader.matches.firstIndex { reader.document.row(of: $0.lowerBound) >= row }
            if let current = reader.currentMatch { reveal(reader.matches[current].lowerBound, in: &reader) }
        }
        self.reader = reader
    }

    /// Enter on the `/` or `?` line: searches from the current match, or from the screen when
    /// there is none (an empty line repeats the last term).
    private mutating func submitLetterSearch(_ reader: inout LetterReader) {
        let typed = reader.prompt?.text ?? ""
        reader.prompt = nil
        guard let term = typed.isEmpty ? reader.term : typed, !term.isEmpty else { return }
        if term != reader.term {
            reader.term = term
            reader.matches = reader.document.matches(of: term)
            reader.currentMatch = nil
        }
        guard !reader.matches.isEmpty else {
            message = "Not found: \(term)"
            return
        }
        stepMatch(&reader, forward: !reader.searchesBackward)
    }

    /// Moves to the next match below (or above) the current one or the screen, wrapping around.
    private mutating func stepMatch(_ reader: inout LetterReader, forward: Bool) {
        guard !reader.matches.isEmpty else {
            message = reader.term == nil ? "Press / to search the letter." : "Not found: \(reader.term ?? "")"
            return
        }
        let rows = reader.matches.map { reader.document.row(of: $0.lowerBound) }
        let candidate: Int?
        if let current = reader.currentMatch {
            candidate = forward ? current + 1 : current - 1
        } else if forward {
            candidate = rows.firstIndex { $0 >= reader.scroll }
        } else {
            candidate = rows.lastIndex { $0 < reader.scroll + reader.visibleRows(on: size) }
        }
        var index = candidate ?? (forward ? 0 : rows.count - 1)
        if !reader.matches.indices.contains(index) {
            index = forward ? 0 : reader.matches.count - 1
            message = forward ? "Search wrapped to the top." : "Search wrapped to the bottom."
        }
        reader.currentMatch = index
        reveal(reader.matches[index].lowerBound, in: &reader)
    }

    /// Scrolls a report to the top of the next (or previous) page.
    private mutating func turnPage(_ reader: inout LetterReader, forward: Bool) {
        guard let report = reader.source.report, let page = reader.page else { return }
        let wanted = forward ? page + 1 : page - 1
        guard (1...report.pageCount).contains(wanted), let row = reader.document.row(ofPage: wanted) else {
            message = forward ? "This is the last page." : "This is the first page."
            return
        }
        reader.scroll = min(row, reader.maxScroll(on: size))
    }

    /// Focuses the next (or previous) quoted phrase, wrapping around.
    private mutating func stepQuote(_ reader: inout LetterReader, forward: Bool) {
        let count = reader.document.quotes.count
        guard count > 0 else {
            message = reader.source.report == nil ? "This letter quotes no event." : "Reports have no quoted phrases; / searches."
            return
        }
        let next = reader.quoteFocus.map { forward ? $0 + 1 : $0 - 1 } ?? (forward ? 0 : count - 1)
        let index = (next % count + count) % count
        reader.quoteFocus = index
        reveal(reader.document.quotes[index].range.lowerBound, in: &reader)
    }

    /// Enter in the letter: opens the event the focused quote cites, over the letter, so that q
    /// comes back to the letter at the quote.
    private mutating func followQuote() {
        guard let reader, let focus = reader.quoteFocus, reader.document.quotes.indices.contains(focus) else {
            message = self.reader?.source.report == nil ? "Press Tab to select a quoted phrase, then Enter to go to its event."
                : "Press q to go back to the event."
            return
        }
        openEvent(reader.document.quotes[focus].eventID)
        if message == nil { message = "The event this quote cites. Press q to go back to the letter." }
    }

    /// Scrolls so that a text position is on screen, a third of the way down, if it is not already.
    private func reveal(_ position: Int, in reader: inout LetterReader) {
        let row = reader.document.row(of: position)
        let visible = reader.visibleRows(on: size)
        guard row < reader.scroll || row >= reader.scroll + visible else { return }
        reader.scroll = min(max(0, row - visible / 3), reader.maxScroll(on: size))
    }
}
