extension AppState {
    /// Takes a new terminal size: open letters are laid out again at the same place, and
    /// every selection and scroll position is kept inside its list and on screen.
    mutating func resize(to newSize: Size) {
        size = newSize
        readers = readers.map { $0.relaidOut(for: newSize) }
        // The header's rows are worked out only for the home screen: the picker's first frame
        // need not lay out the council behind it.
        let layout = screen == .home ? homeLayout : HomeLayout(size: newSize)
        timeline.clamp(count: rows.count, visible: layout.timelineRows)
        search.list.clamp(count: search.hits.count, visible: searchRows)
        picker.list.clamp(count: picker.entries.count, visible: pickerRows)
        // A scroll at the top stays there: the lines are laid out only to bring one back (the
        // picker's first frame need not lay out the detail pane behind it).
        if detailScroll > 0 {
            let detailLines = DetailView.lines(self, width: layout.detail.width).count
            detailScroll = min(detailScroll, max(0, detailLines - layout.detailRows))
        }
        if helpScroll > 0 {
            let body = PageLayout(size: newSize).body
            helpScroll = min(helpScroll, max(0, HelpView.lines(self).count - body.height))
        }
        if var page = eventPage, let document = eventDocument {
            page.scroll = min(page.scroll, max(0, document.lines.count - EventPage.visibleRows(on: newSize)))
            eventPage = page
        }
    }
}

extension LetterReader {
    /// The reader laid out again for a new size, keeping the top line shown.
    func relaidOut(for size: Size) -> LetterReader {
        var reader = self
        let width = LetterReader.textWidth(for: size)
        if width != reader.document.width {
            let top = reader.document.rows.prefix(reader.scroll + 1).compactMap(\.position).last
            reader.document = LetterDocument(reader.source, width: width)
            reader.scroll = top.map { reader.document.row(of: $0) } ?? reader.scroll
        }
        reader.scroll = min(reader.scroll, reader.maxScroll(on: size))
        return reader
    }
}
